// Training and cross-validating the relation (or penta) model on relation
// items. The training items may differ from the scored items of the same
// sentences (GSR trains on its named actors but is scored on the pair the
// coder finds): both lists are matched by item index and share folds. Pure.

import { assignFolds } from '../learn/assign-folds.js';
import { blendNaiveBayes } from '../learn/blend-naive-bayes.js';
import type { LinearModel } from '../learn/linear-model.js';
import { trainLogistic, type LogisticOptions, type TrainingExample } from '../learn/train-logistic.js';
import { trainNaiveBayes } from '../learn/train-naive-bayes.js';
import type { RelationItem } from './relation-items.js';

export interface RelationTrainingOptions extends LogisticOptions {
  /** Weight of a naive Bayes model (alpha 1) blended into the logistic one; 0 for none. */
  naiveBayes?: number;
}

/**
 * Options the shipped models are trained with (fixed values, not tuned on
 * test folds): half-way class balancing and a light naive Bayes blend.
 */
export const TRAINING_OPTIONS = { l2: 0.002, iterations: 150, rate: 0.1, prune: 0.001, classBalance: 0.5, naiveBayes: 0.1 } as const satisfies RelationTrainingOptions;

export function trainingExamples(items: readonly RelationItem[]): TrainingExample[] {
  return items.map((i) => ({ features: i.analysis.features, label: i.label }));
}

export function trainRelationModel(examples: readonly TrainingExample[], labels: readonly string[], options: RelationTrainingOptions = {}): LinearModel {
  const { naiveBayes, ...logistic } = { ...TRAINING_OPTIONS, ...options, labels };
  const model = trainLogistic(examples, logistic);
  return naiveBayes > 0 ? blendNaiveBayes(model, trainNaiveBayes(examples, { labels }), naiveBayes, logistic.prune) : model;
}

export interface FoldModels {
  /** Fold of each scored item (same order as the scored items). */
  folds: number[];
  /** Model of each fold, trained without it. */
  models: LinearModel[];
}

/**
 * Trains one model per fold on the training items outside it plus `extra`
 * (items of other files; any of them whose sentence is in the fold is left
 * out too). Folds are assigned over the scored items' sentences.
 */
export function trainFoldModels(
  trainItems: readonly RelationItem[],
  scoredItems: readonly RelationItem[],
  k: number,
  extra: readonly RelationItem[],
  labels: readonly string[],
  options: RelationTrainingOptions = {},
  train: (examples: readonly TrainingExample[], labels: readonly string[], options: RelationTrainingOptions) => LinearModel = trainRelationModel,
): FoldModels {
  const folds = assignFolds(
    scoredItems.map((i) => i.group),
    k,
  );
  const foldOfIndex = new Map(scoredItems.map((item, i) => [item.index, folds[i] ?? 0]));
  const foldOfGroup = new Map(scoredItems.map((item, i) => [item.group, folds[i] ?? 0]));
  const models: LinearModel[] = [];
  for (let fold = 0; fold < k; fold++) {
    const own = trainItems.filter((item) => (foldOfIndex.get(item.index) ?? foldOfGroup.get(item.group)) !== fold);
    const others = extra.filter((item) => foldOfGroup.get(item.group) !== fold);
    models.push(train(trainingExamples([...own, ...others]), labels, options));
  }
  return { folds, models };
}
