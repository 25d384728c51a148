// Adds a naive Bayes model to a logistic one as a product of experts: the
// blended score of a label is the logistic score plus `weight` × the naive
// Bayes log-probability. Both are linear in the features, so the result is
// one linear model of the same form. Naive Bayes weights are centred per
// feature (a shift shared by all labels changes no decision) and weights
// below `prune` are dropped. Pure.

import type { LinearModel } from './linear-model.js';

export function blendNaiveBayes(logistic: LinearModel, naiveBayes: LinearModel, weight: number, prune = 1e-3): LinearModel {
  const labels = logistic.labels;
  const nbIndex = labels.map((l) => naiveBayes.labels.indexOf(l));
  const pick = (w: readonly number[], k: number): number => {
    const j = nbIndex[k] ?? -1;
    return j < 0 ? 0 : (w[j] ?? 0);
  };
  const weights = new Map<string, readonly number[]>(logistic.weights);
  for (const [name, w] of naiveBayes.weights) {
    const own = labels.map((_, k) => pick(w, k));
    const mean = own.reduce((a, b) => a + b, 0) / Math.max(1, own.length);
    const base = weights.get(name);
    const blended = own.map((x, k) => (base?.[k] ?? 0) + weight * (x - mean));
    if (blended.some((x) => Math.abs(x) >= prune)) weights.set(name, blended);
  }
  const bias = labels.map((_, k) => (logistic.bias[k] ?? 0) + weight * pick(naiveBayes.bias, k));
  return { kind: 'logistic', labels, bias, weights };
}
