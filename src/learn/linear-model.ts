// A linear classifier over named sparse features: each label's score is its
// bias plus the sum of value × weight of the features present. Logistic
// regression and naive Bayes both produce this form, so one scorer and one
// explanation serve both. Pure.

/** Named feature values of one item ("b:condemn" → 1). */
export type Features = ReadonlyMap<string, number>;

export interface LinearModel {
  kind: 'logistic' | 'naive-bayes';
  /** Class labels, in the order of every weight vector. */
  labels: readonly string[];
  /** Per-label bias (log prior for naive Bayes). */
  bias: readonly number[];
  /** Feature name → one weight per label. Absent features weigh nothing. */
  weights: ReadonlyMap<string, readonly number[]>;
}

export interface Contribution {
  feature: string;
  /** value × weight for the label explained. */
  weight: number;
}

export interface Prediction {
  label: string;
  /** Softmax probability of `label` (0 … 1). */
  probability: number;
  /** Probability of every label, in model order. */
  probabilities: number[];
}

/** Raw scores of every label, in model order. */
export function linearScores(model: LinearModel, features: Features): number[] {
  const scores = [...model.bias];
  for (const [name, value] of features) {
    const w = model.weights.get(name);
    if (w === undefined) continue;
    for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] ?? 0) + value * (w[k] ?? 0);
  }
  return scores;
}

/** Numerically stable softmax. */
export function softmax(scores: readonly number[]): number[] {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/** The most probable label (first on ties), optionally among `allowed` labels only. */
export function predictLinear(model: LinearModel, features: Features, allowed?: ReadonlySet<string>): Prediction {
  const probabilities = softmax(linearScores(model, features));
  let best = -1;
  model.labels.forEach((label, k) => {
    if (allowed !== undefined && !allowed.has(label)) return;
    if (best < 0 || (probabilities[k] ?? 0) > (probabilities[best] ?? 0)) best = k;
  });
  if (best < 0) best = 0;
  return { label: model.labels[best] ?? '', probability: probabilities[best] ?? 0, probabilities };
}

/**
 * The features that pushed `label` up the most against the average of the
 * other labels (value × (w_label − mean w_others)), strongest first.
 */
export function topFeatures(model: LinearModel, features: Features, label: string, n: number): Contribution[] {
  const k = model.labels.indexOf(label);
  if (k < 0) return [];
  const others = model.labels.length - 1;
  const out: Contribution[] = [];
  for (const [name, value] of features) {
    const w = model.weights.get(name);
    if (w === undefined) continue;
    const own = w[k] ?? 0;
    let rest = 0;
    for (let j = 0; j < w.length; j++) if (j !== k) rest += w[j] ?? 0;
    const margin = value * (own - (others > 0 ? rest / others : 0));
    if (margin > 0) out.push({ feature: name, weight: Math.round(margin * 1000) / 1000 });
  }
  return out.sort((a, b) => b.weight - a.weight || a.feature.localeCompare(b.feature)).slice(0, n);
}
