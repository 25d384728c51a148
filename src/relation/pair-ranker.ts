// The pair ranker: a small linear model over pair features (pair-features.ts)
// that scores how likely a candidate pair is the pair a sentence reports an
// event between, trained listwise (the candidates of a sentence compete). Trained on sentences whose pair is known (PLV marks it, GSR
// names its actors) against the other candidates of the same sentence;
// a sentence none of whose candidates is its pair teaches nothing and is
// left out. Pure.

import { spansOverlap } from '../eval/spans-overlap.js';
import { predictLinear, type Features, type LinearModel } from '../learn/linear-model.js';
import { trainListwise } from '../learn/train-listwise.js';
import type { TrainingExample } from '../learn/train-logistic.js';
import type { RelationPair } from './analyse-relation.js';

export const PAIR_LABELS = ['pair', 'other'] as const;

/** Version of the pair features: a ranker trained on other features must be retrained. */
export const PAIR_FEATURES = 'pair-v2';

/** Fixed options (not tuned on test folds): a firmer L2 than the relation model's, as the features are few and dense. */
export const PAIR_TRAINING_OPTIONS = { l2: 0.01, iterations: 200, rate: 0.1, prune: 0.001 } as const;

/** True when a candidate pair is the known pair: each side overlaps the known side (an empty known side accepts any). */
export function isKnownPair(known: RelationPair, candidate: RelationPair): boolean {
  const side = (k: RelationPair['source'], c: RelationPair['source']): boolean => k.length === 0 || spansOverlap(k, c);
  return side(known.source, candidate.source) && side(known.target, candidate.target);
}

/** Training examples of one sentence: each candidate labelled "pair" or "other"; none when no candidate is a known pair. */
export function pairExamples(candidates: ReadonlyArray<{ pair: RelationPair; rankFeatures?: Features }>, known: readonly RelationPair[]): TrainingExample[] {
  const labelled = candidates.map((c) => ({ features: c.rankFeatures ?? new Map<string, number>(), label: known.some((k) => isKnownPair(k, c.pair)) ? 'pair' : 'other' }));
  return labelled.some((e) => e.label === 'pair') ? labelled : [];
}

/**
 * Trains the ranker on the examples of each sentence, listwise: the candidates
 * of a sentence compete for it (train-listwise.ts), which is how the ranker
 * is used. (A pointwise logistic model over the same features chose the
 * right pair less often: PLV CV extraction F1 0.666 against 0.685.)
 */
export function trainPairRanker(sentences: ReadonlyArray<readonly TrainingExample[]>): LinearModel {
  return trainListwise(
    sentences.map((examples) => ({ candidates: examples.map((e) => e.features), right: examples.map((e) => e.label === 'pair') })),
    { ...PAIR_TRAINING_OPTIONS, labels: PAIR_LABELS },
  );
}

/** Probability that the candidate is the sentence's pair. */
export function pairScore(model: LinearModel, features: Features): number {
  const p = predictLinear(model, features);
  const k = model.labels.indexOf('pair');
  return k < 0 ? 0 : (p.probabilities[k] ?? 0);
}

/**
 * One ranker per cross-validation fold, each trained on the sentences outside
 * it (`foldOf` gives a sentence's fold; a sentence no fold holds is trained on by every ranker).
 */
export function trainFoldRankers(sentences: ReadonlyArray<{ group: string; examples: readonly TrainingExample[] }>, foldOf: (group: string) => number | undefined, k: number): LinearModel[] {
  const rankers: LinearModel[] = [];
  for (let fold = 0; fold < k; fold++) rankers.push(trainPairRanker(sentences.filter((s) => foldOf(s.group) !== fold).map((s) => s.examples)));
  return rankers;
}
