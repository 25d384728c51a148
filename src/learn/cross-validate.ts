// k-fold cross-validation of a trainer: each fold's model is trained on the
// other folds (plus any extra examples from other files) and only ever
// predicts the fold it did not see. Pure.

import { assignFolds } from './assign-folds.js';
import { predictLinear, type Features, type LinearModel, type Prediction } from './linear-model.js';
import type { TrainingExample } from './train-logistic.js';

export interface GroupedExample extends TrainingExample {
  /** Items sharing a group (a sentence) are kept in one fold. */
  group: string;
}

export interface CrossValidation {
  /** Fold of each example. */
  folds: number[];
  /** The model that predicted each fold. */
  models: LinearModel[];
  /** Out-of-fold prediction of each example. */
  predictions: Prediction[];
  /** Accuracy of each fold. */
  foldAccuracy: number[];
}

export function crossValidate(
  examples: readonly GroupedExample[],
  k: number,
  train: (examples: readonly TrainingExample[]) => LinearModel,
  extra: readonly TrainingExample[] = [],
  featuresOf: (e: GroupedExample) => Features = (e) => e.features,
): CrossValidation {
  const folds = assignFolds(
    examples.map((e) => e.group),
    k,
  );
  const models: LinearModel[] = [];
  const predictions: Prediction[] = new Array<Prediction>(examples.length);
  const foldAccuracy: number[] = [];
  for (let fold = 0; fold < k; fold++) {
    const training = [...examples.filter((_, i) => folds[i] !== fold), ...extra];
    const model = train(training);
    models.push(model);
    let n = 0;
    let right = 0;
    examples.forEach((e, i) => {
      if (folds[i] !== fold) return;
      const p = predictLinear(model, featuresOf(e));
      predictions[i] = p;
      n++;
      if (p.label === e.label) right++;
    });
    foldAccuracy.push(n === 0 ? 0 : right / n);
  }
  return { folds, models, predictions, foldAccuracy };
}
