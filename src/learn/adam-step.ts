// One Adam step (Kingma & Ba) over a weight vector, in place: the update
// both trainers (train-logistic.ts, train-listwise.ts) take. Pure but for
// the arrays it is given.

export interface AdamState {
  /** First and second moment estimates, as long as the weights. */
  m: Float64Array;
  v: Float64Array;
}

const BETA1 = 0.9;
const BETA2 = 0.999;

export function adamState(size: number): AdamState {
  return { m: new Float64Array(size), v: new Float64Array(size) };
}

/** Moves `weights` against `gradient` by one step of size `rate`; `step` counts from 1. */
export function adamStep(weights: Float64Array, gradient: Float64Array, state: AdamState, step: number, rate: number): void {
  const c1 = 1 - BETA1 ** step;
  const c2 = 1 - BETA2 ** step;
  for (let i = 0; i < weights.length; i++) {
    const g = gradient[i] ?? 0;
    const m = BETA1 * (state.m[i] ?? 0) + (1 - BETA1) * g;
    const v = BETA2 * (state.v[i] ?? 0) + (1 - BETA2) * g * g;
    state.m[i] = m;
    state.v[i] = v;
    weights[i] = (weights[i] ?? 0) - (rate * (m / c1)) / (Math.sqrt(v / c2) + 1e-8);
  }
}
