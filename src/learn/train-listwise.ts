// A listwise ranker: one weight per feature, trained so that within each
// group (the candidates of one sentence) the softmax of the candidates'
// scores puts its mass on the right ones (loss: −log of the right ones'
// share, averaged over groups, plus an L2 penalty), by full-batch gradient
// descent with Adam steps. Deterministic. The result is a two-label linear
// model ("yes" carries the weights, "no" none), so the usual scorer and
// explanation apply and a higher "yes" probability is a higher rank. Pure.

import { adamState, adamStep } from './adam-step.js';
import type { Features, LinearModel } from './linear-model.js';

export interface RankingGroup {
  /** Each candidate's features. */
  candidates: readonly Features[];
  /** Which candidates are right (at least one, or the group teaches nothing and is skipped). */
  right: readonly boolean[];
}

export interface ListwiseOptions {
  /** Labels of the model: [yes, no]. */
  labels: readonly [string, string];
  /** L2 penalty per group. Default 0.01. */
  l2?: number;
  /** Gradient steps. Default 200. */
  iterations?: number;
  /** Adam step size. Default 0.1. */
  rate?: number;
  /** Weights below this magnitude are dropped (default 1e-3). */
  prune?: number;
}

export function trainListwise(groups: readonly RankingGroup[], options: ListwiseOptions): LinearModel {
  const l2 = options.l2 ?? 0.01;
  const iterations = options.iterations ?? 200;
  const rate = options.rate ?? 0.1;
  const prune = options.prune ?? 1e-3;
  const names = [...new Set(groups.flatMap((g) => g.candidates.flatMap((c) => [...c.keys()])))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const used = groups
    .filter((g) => g.right.some(Boolean) && g.candidates.length > 1)
    .map((g) => ({
      right: g.right,
      rows: g.candidates.map((c) => {
        const idx: number[] = [];
        const val: number[] = [];
        for (const [name, v] of c) {
          const i = index.get(name);
          if (i !== undefined && v !== 0) {
            idx.push(i);
            val.push(v);
          }
        }
        return { idx, val };
      }),
    }));
  const N = Math.max(1, used.length);
  const W = new Float64Array(names.length);
  const G = new Float64Array(names.length);
  const adam = adamState(names.length);
  for (let it = 1; it <= iterations; it++) {
    G.fill(0);
    for (const g of used) {
      const s = g.rows.map((r) => r.idx.reduce((a, i, j) => a + (r.val[j] ?? 0) * (W[i] ?? 0), 0));
      const max = Math.max(...s);
      const e = s.map((x) => Math.exp(x - max));
      const all = e.reduce((a, b) => a + b, 0);
      const good = e.reduce((a, b, i) => a + (g.right[i] ? b : 0), 0);
      // d(−log good/all)/ds_i = p_i − q_i, with q the share among the right ones.
      g.rows.forEach((r, i) => {
        const d = ((e[i] ?? 0) / all - (g.right[i] ? (e[i] ?? 0) / good : 0)) / N;
        r.idx.forEach((f, j) => (G[f] = (G[f] ?? 0) + d * (r.val[j] ?? 0)));
      });
    }
    for (let i = 0; i < W.length; i++) G[i] = (G[i] ?? 0) + l2 * (W[i] ?? 0);
    adamStep(W, G, adam, it, rate);
  }
  const weights = new Map<string, number[]>();
  names.forEach((name, i) => {
    const w = W[i] ?? 0;
    if (Math.abs(w) >= prune) weights.set(name, [w, 0]);
  });
  return { kind: 'logistic', labels: [...options.labels], bias: [0, 0], weights };
}
