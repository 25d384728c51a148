// Multinomial naive Bayes with additive smoothing, written as a linear model:
// bias = log prior, weight = log P(feature | label); feature values are counts.
// Used as the baseline the learned relation model must beat. Pure.

import type { LinearModel } from './linear-model.js';
import type { TrainingExample } from './train-logistic.js';

export interface NaiveBayesOptions {
  /** Additive (Laplace) smoothing. Default 1. */
  alpha?: number;
  labels?: readonly string[];
}

export function trainNaiveBayes(examples: readonly TrainingExample[], options: NaiveBayesOptions = {}): LinearModel {
  const alpha = options.alpha ?? 1;
  const labels = options.labels ? [...options.labels] : [...new Set(examples.map((e) => e.label))];
  const K = labels.length;
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const docs = new Array<number>(K).fill(0);
  const totals = new Array<number>(K).fill(0);
  const counts = new Map<string, number[]>();
  for (const e of examples) {
    const k = labelIndex.get(e.label);
    if (k === undefined) continue;
    docs[k] = (docs[k] ?? 0) + 1;
    for (const [name, value] of e.features) {
      let c = counts.get(name);
      if (c === undefined) {
        c = new Array<number>(K).fill(0);
        counts.set(name, c);
      }
      c[k] = (c[k] ?? 0) + value;
      totals[k] = (totals[k] ?? 0) + value;
    }
  }
  const V = counts.size;
  const n = docs.reduce((a, b) => a + b, 0);
  const bias = docs.map((d) => Math.log((d + alpha) / (n + K * alpha)));
  const weights = new Map<string, number[]>();
  for (const [name, c] of counts) {
    weights.set(
      name,
      c.map((x, k) => Math.log((x + alpha) / ((totals[k] ?? 0) + alpha * V))),
    );
  }
  return { kind: 'naive-bayes', labels, bias, weights };
}
