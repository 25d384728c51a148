// The time-varying expectation of a series' conflict count, learnt from its
// own trailing baseline:
//
//   μ_t = r · ρ_t · w_dow(t)
//
//   ρ_t  surge ratio: ((coverage_t + κ) / (usual coverage of that weekday
//        + κ))^β, clipped to [1/4, 4]; 1 on days (or series) without
//        coverage. β is the least-squares slope of the series' own log
//        totals on the log ratio over the baseline, in [0, 1], shrunk towards
//        0.5 (see estimateElasticity). Coverage is a noisy proxy of how much
//        gets reported: a full offset (β = 1) would pass its noise on.
//   w_d  weekday factor: the series' own totals per weekday over the
//        baseline (divided by ρ), shrunk with 30 pseudo-events towards the
//        weekday pattern of coverage (towards 1 without coverage).
//   r    baseline rate per unit of exposure: Gamma–Poisson posterior mean
//        (a0 + Σ conflict) / (b0 + Σ exposure), prior a0 = 0.5 events over
//        b0 = 1 day (close to Jeffreys), so a silent pair has a small but
//        very uncertain rate, and a busy one is not pulled down.
//   φ    day-level overdispersion (NB: Var = μ + φμ²) by moments over the
//        baseline, shrunk towards a prior φ0 = 0.2 with the weight of 30 days
//        (event counts are overdispersed; shrinking towards 0, i.e. Poisson,
//        would make short baselines overconfident).
import { weekdayOfDayNumber } from './calendar-day.js';
import type { DenseWindow } from './dense-series.js';

export interface Expectation {
  /** Expected conflict per day of the window (all days, baseline and span). */
  mu: Float64Array;
  /** Exposure per day: ρ_t · w_dow(t). */
  exposure: Float64Array;
  /** Posterior shape a and rate b of the baseline rate r (r = a / b). */
  shape: number;
  rateScale: number;
  rate: number;
  /** Day-level NB overdispersion φ. */
  dispersion: number;
  /** Elasticity β used for the surge ratio (0 without coverage). */
  coverageElasticity: number;
  /** Conflict events and days in the baseline. */
  baselineConflict: number;
  baselineDays: number;
}

const PRIOR_EVENTS = 0.5;
const PRIOR_DAYS = 1;
const WEEKDAY_PSEUDO_EVENTS = 30;
const COVERAGE_ELASTICITY = 0.5;
const ELASTICITY_PRIOR_EVENTS = 300;
const DISPERSION_PRIOR = 0.2;
const DISPERSION_PRIOR_DAYS = 30;

/**
 * Fits the expectation on days [baseFrom, baseTo) of the window and applies
 * it to every day of the window.
 */
export function expectConflict(
  w: DenseWindow,
  baseFrom: number,
  baseTo: number,
  coverageElasticity: number | 'estimate' = 'estimate',
): Expectation {
  const n = w.days;
  const b0 = Math.max(0, baseFrom);
  const b1 = Math.min(n, baseTo);
  const baseDays = Math.max(0, b1 - b0);

  const dow = new Int8Array(n);
  for (let i = 0; i < n; i++) dow[i] = weekdayOfDayNumber(w.fromDay + i);

  // Coverage: its mean per weekday over the baseline, and the weekday
  // pattern it implies (q_d, mean 1).
  const covSum = new Float64Array(7);
  const covDays = new Float64Array(7);
  if (w.hasCoverage) {
    for (let i = b0; i < b1; i++) {
      const c = w.coverage[i] ?? Number.NaN;
      if (Number.isNaN(c)) continue;
      const d = dow[i] ?? 0;
      covSum[d] = (covSum[d] ?? 0) + c;
      covDays[d] = (covDays[d] ?? 0) + 1;
    }
  }
  const allCovDays = covDays.reduce((a, b) => a + b, 0);
  const covMean = allCovDays > 0 ? covSum.reduce((a, b) => a + b, 0) / allCovDays : 0;
  const covByDay = new Float64Array(7).fill(covMean);
  const q = new Float64Array(7).fill(1);
  if (covMean > 0) {
    for (let d = 0; d < 7; d++) {
      const days = covDays[d] ?? 0;
      // A weekday never seen in the baseline keeps the overall mean.
      if (days > 0) covByDay[d] = (covSum[d] ?? 0) / days;
      q[d] = (covByDay[d] ?? covMean) / covMean;
    }
  }

  // Surge ratio ρ_t: the day's coverage against its weekday's usual coverage,
  // damped by the elasticity β (coverage is a noisy proxy of exposure).
  const rho = new Float64Array(n).fill(1);
  let beta = 0;
  if (covMean > 0) {
    const kappa = Math.max(1, 0.05 * covMean);
    const logRatio = new Float64Array(n).fill(Number.NaN);
    for (let i = 0; i < n; i++) {
      const c = w.coverage[i] ?? Number.NaN;
      if (!Number.isNaN(c)) logRatio[i] = Math.log((c + kappa) / ((covByDay[dow[i] ?? 0] ?? covMean) + kappa));
    }
    beta = coverageElasticity === 'estimate' ? estimateElasticity(w, logRatio, dow, b0, b1) : coverageElasticity;
    for (let i = 0; i < n; i++) {
      const l = logRatio[i] ?? Number.NaN;
      if (!Number.isNaN(l)) rho[i] = clip(Math.exp(beta * l), 0.25, 4);
    }
  }

  // Weekday factors: the series' own totals by weekday (net of surges),
  // shrunk towards the coverage's weekday pattern (towards 1 without coverage).
  const obs = new Float64Array(7);
  const cnt = new Float64Array(7);
  let allObs = 0;
  for (let i = b0; i < b1; i++) {
    const d = dow[i] ?? 0;
    const v = (w.total[i] ?? 0) / (rho[i] ?? 1);
    obs[d] = (obs[d] ?? 0) + v;
    cnt[d] = (cnt[d] ?? 0) + 1;
    allObs += v;
  }
  const perDay = baseDays > 0 ? allObs / baseDays : 0;
  const wk = Float64Array.from(q);
  if (perDay > 0) {
    for (let d = 0; d < 7; d++) {
      const expected = (cnt[d] ?? 0) * perDay;
      wk[d] = ((obs[d] ?? 0) + WEEKDAY_PSEUDO_EVENTS * (q[d] ?? 1)) / (expected + WEEKDAY_PSEUDO_EVENTS);
    }
  }
  // Renormalise so that the baseline's mean weekday factor is 1.
  let wm = 0;
  for (let d = 0; d < 7; d++) wm += (wk[d] ?? 1) * (cnt[d] ?? 0);
  wm = baseDays > 0 ? wm / baseDays : 1;
  if (wm > 0) for (let d = 0; d < 7; d++) wk[d] = (wk[d] ?? 1) / wm;

  const exposure = new Float64Array(n);
  for (let i = 0; i < n; i++) exposure[i] = (rho[i] ?? 1) * (wk[dow[i] ?? 0] ?? 1);

  // Baseline rate: Gamma–Poisson posterior.
  let sumY = 0;
  let sumE = 0;
  for (let i = b0; i < b1; i++) {
    sumY += w.conflict[i] ?? 0;
    sumE += exposure[i] ?? 0;
  }
  const shape = PRIOR_EVENTS + sumY;
  const rateScale = PRIOR_DAYS + sumE;
  const rate = shape / rateScale;

  const mu = new Float64Array(n);
  for (let i = 0; i < n; i++) mu[i] = rate * (exposure[i] ?? 0);

  // Overdispersion by moments: Σ((y − μ)² − y) / Σ μ².
  let num = 0;
  let den = 0;
  for (let i = b0; i < b1; i++) {
    const y = w.conflict[i] ?? 0;
    const m = mu[i] ?? 0;
    num += (y - m) * (y - m) - y;
    den += m * m;
  }
  const raw = den > 0 ? Math.max(0, num / den) : 0;
  const dispersion = (raw * baseDays + DISPERSION_PRIOR * DISPERSION_PRIOR_DAYS) / (baseDays + DISPERSION_PRIOR_DAYS);

  return { mu, exposure, shape, rateScale, rate, dispersion, coverageElasticity: beta, baselineConflict: sumY, baselineDays: baseDays };
}

/**
 * β by least squares of the series' log totals (per weekday, centred) on the
 * log surge ratio over the baseline, clipped to [0, 1] and shrunk towards
 * 0.5 with the weight of 300 events. Regressing on the noisy proxy damps β
 * exactly as much as the proxy's noise warrants for prediction.
 */
function estimateElasticity(w: DenseWindow, logRatio: Float64Array, dow: Int8Array, b0: number, b1: number): number {
  const sum = new Float64Array(7);
  const cnt = new Float64Array(7);
  let events = 0;
  for (let i = b0; i < b1; i++) {
    if (Number.isNaN(logRatio[i] ?? Number.NaN)) continue;
    const d = dow[i] ?? 0;
    const t = w.total[i] ?? 0;
    events += t;
    sum[d] = (sum[d] ?? 0) + Math.log(t + 0.5);
    cnt[d] = (cnt[d] ?? 0) + 1;
  }
  let sxy = 0;
  let sxx = 0;
  let sx = 0;
  let m = 0;
  for (let i = b0; i < b1; i++) {
    const x = logRatio[i] ?? Number.NaN;
    if (Number.isNaN(x)) continue;
    const d = dow[i] ?? 0;
    const y = Math.log((w.total[i] ?? 0) + 0.5) - (sum[d] ?? 0) / Math.max(1, cnt[d] ?? 0);
    sxy += x * y;
    sxx += x * x;
    sx += x;
    m++;
  }
  if (m < 2) return COVERAGE_ELASTICITY;
  const vx = sxx - (sx * sx) / m;
  const raw = vx > 1e-9 ? clip(sxy / vx, 0, 1) : COVERAGE_ELASTICITY;
  const weight = events / (events + ELASTICITY_PRIOR_EVENTS);
  return weight * raw + (1 - weight) * COVERAGE_ELASTICITY;
}

function clip(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
