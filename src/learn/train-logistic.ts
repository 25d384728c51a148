// Multinomial logistic regression (softmax) with an L2 penalty, fitted by
// full-batch gradient descent with Adam steps. Deterministic: no random
// initialisation, the data order does not matter. Pure.

import { adamState, adamStep } from './adam-step.js';
import type { Features, LinearModel } from './linear-model.js';

export interface TrainingExample {
  features: Features;
  label: string;
}

export interface LogisticOptions {
  /** L2 penalty per example (weights only, not biases). Default 0.002. */
  l2?: number;
  /** Gradient steps. Default 250. */
  iterations?: number;
  /** Adam step size. Default 0.1. */
  rate?: number;
  /** Features seen in fewer examples are dropped. Default 1 (keep all). */
  minCount?: number;
  /** Labels in this order (default: first appearance in the examples). */
  labels?: readonly string[];
  /** Weights below this magnitude are dropped from the model (default 1e-3). */
  prune?: number;
  /**
   * Class balance: each example weighs (n / (K · n_label))^classBalance, so
   * 0 (the default) weighs all alike and 1 gives every label the same total
   * weight. Weights are scaled to average 1.
   */
  classBalance?: number;
}

export function trainLogistic(examples: readonly TrainingExample[], options: LogisticOptions = {}): LinearModel {
  const l2 = options.l2 ?? 0.002;
  const iterations = options.iterations ?? 250;
  const rate = options.rate ?? 0.1;
  const minCount = options.minCount ?? 1;
  const prune = options.prune ?? 1e-3;
  const labels = options.labels ? [...options.labels] : [...new Set(examples.map((e) => e.label))];
  const K = labels.length;
  const labelIndex = new Map(labels.map((l, i) => [l, i]));

  // Index the features kept.
  const counts = new Map<string, number>();
  for (const e of examples) for (const name of e.features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts.keys()].filter((n) => (counts.get(n) ?? 0) >= minCount).sort();
  const featureIndex = new Map(names.map((n, i) => [n, i]));
  const rows = examples.flatMap((e) => {
    const y = labelIndex.get(e.label);
    if (y === undefined) return [];
    const idx: number[] = [];
    const val: number[] = [];
    for (const [name, value] of e.features) {
      const f = featureIndex.get(name);
      if (f !== undefined && value !== 0) {
        idx.push(f);
        val.push(value);
      }
    }
    return [{ y, idx, val }];
  });
  const N = Math.max(1, rows.length);
  const balance = options.classBalance ?? 0;
  const perLabel = new Array<number>(K).fill(0);
  for (const r of rows) perLabel[r.y] = (perLabel[r.y] ?? 0) + 1;
  const raw = perLabel.map((c) => (c === 0 ? 0 : (N / (K * c)) ** balance));
  const mean = rows.reduce((a, r) => a + (raw[r.y] ?? 0), 0) / N;
  const labelWeight = raw.map((w) => w / (mean || 1));
  const P = names.length + 1; // last row: bias
  const W = new Float64Array(P * K);
  const G = new Float64Array(P * K);
  const adam = adamState(P * K);
  const scores = new Float64Array(K);
  const biasRow = (P - 1) * K;

  for (let it = 1; it <= iterations; it++) {
    G.fill(0);
    for (const r of rows) {
      for (let k = 0; k < K; k++) scores[k] = W[biasRow + k] ?? 0;
      for (let j = 0; j < r.idx.length; j++) {
        const base = (r.idx[j] ?? 0) * K;
        const v = r.val[j] ?? 0;
        for (let k = 0; k < K; k++) scores[k] = (scores[k] ?? 0) + v * (W[base + k] ?? 0);
      }
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, scores[k] ?? 0);
      let sum = 0;
      for (let k = 0; k < K; k++) {
        const e = Math.exp((scores[k] ?? 0) - max);
        scores[k] = e;
        sum += e;
      }
      // scores now hold probabilities; gradient of the mean negative log-likelihood
      const weight = (labelWeight[r.y] ?? 1) / N;
      for (let k = 0; k < K; k++) scores[k] = ((scores[k] ?? 0) / sum - (k === r.y ? 1 : 0)) * weight;
      for (let j = 0; j < r.idx.length; j++) {
        const base = (r.idx[j] ?? 0) * K;
        const v = r.val[j] ?? 0;
        for (let k = 0; k < K; k++) G[base + k] = (G[base + k] ?? 0) + v * (scores[k] ?? 0);
      }
      for (let k = 0; k < K; k++) G[biasRow + k] = (G[biasRow + k] ?? 0) + (scores[k] ?? 0);
    }
    for (let i = 0; i < biasRow; i++) G[i] = (G[i] ?? 0) + l2 * (W[i] ?? 0);
    adamStep(W, G, adam, it, rate);
  }

  const weights = new Map<string, number[]>();
  names.forEach((name, f) => {
    const w = Array.from(W.subarray(f * K, f * K + K));
    if (w.some((x) => Math.abs(x) >= prune)) weights.set(name, w);
  });
  return { kind: 'logistic', labels, bias: Array.from(W.subarray(biasRow, biasRow + K)), weights };
}
