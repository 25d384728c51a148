// Faultline's escalation detector: a negative-binomial CUSUM with a
// time-varying expectation, run over the recent span of a series against its
// own trailing baseline. See detectEscalation and TENSION.md ("Escalation").
import { addDays, dayFromNumber } from './calendar-day.js';
import { denseWindow } from './dense-series.js';
import { expectConflict } from './expected-conflict.js';
import { negBinomialUpperTail } from './negative-binomial.js';
import type { DailyPoint, Detection, Detector, DriverDay } from './types.js';

export interface EscalationOptions {
  /** Days of the recent span the CUSUM scans back from asOf (default 28). */
  spanDays?: number;
  /** Days of trailing baseline before the span (default 240). */
  baselineDays?: number;
  /** Alarm threshold on the CUSUM statistic, in nats (default 6). */
  threshold?: number;
  /** Relative shift the CUSUM is tuned to detect (default 2 = doubling). */
  shift?: number;
  /** Shift in baseline standard deviations per day (√(μ0 + φ'μ0²)); the largest of the three shifts is used (default 1.5). */
  sdShift?: number;
  /** Absolute extra rate per day (at mean exposure) added to the shifted mean, for near-silent series (default 0.3). */
  minShift?: number;
  /** Fewest conflict events a flag may rest on (default 3). */
  minSupport?: number;
  /** Elasticity β of expected conflict to the day's coverage surge (1 = full offset, 0 = ignore coverage); default 'estimate' (see expected-conflict.ts). */
  coverageElasticity?: number | 'estimate';
  /** Below this support, or this many baseline conflict events, a detection is marked sparse (default 10). */
  sparseSupport?: number;
}

export const ESCALATION_DEFAULTS: Required<EscalationOptions> = {
  spanDays: 28,
  baselineDays: 240,
  threshold: 6,
  shift: 2,
  sdShift: 1.5,
  minShift: 0.3,
  minSupport: 3,
  sparseSupport: 10,
  coverageElasticity: 'estimate',
};

const MAX_EVENTS = 50;

/**
 * Escalation of one series as of `asOf`; points dated after asOf are never read.
 *
 * 1. Expectation (expected-conflict.ts): over the `baselineDays` before the
 *    span, fit μ_t = r · ρ_t · w_dow(t) — a Gamma–Poisson baseline rate r,
 *    a coverage offset ρ_t and a weekday factor w — and the day-level
 *    overdispersion φ. The rate's own uncertainty (Gamma shape a) widens the
 *    day noise: φ' = φ + 1/a, so a usually-silent pair is not certain of its
 *    silence.
 * 2. CUSUM over the span: for each day, the log-likelihood ratio of
 *    NB(μ1, k) against NB(μ0, k), k = 1/φ', μ0 = μ_t, and μ1 = μ0 plus the
 *    largest of (shift − 1)·μ0, sdShift·√(μ0 + φ'μ0²) and minShift·exposure_t
 *    (a doubling for busy pairs, a clear step for sparse ones):
 *      LLR_t = y·ln(μ1(k+μ0) / (μ0(k+μ1))) + k·ln((k+μ0) / (k+μ1))
 *    (Poisson limit y·ln(μ1/μ0) − (μ1 − μ0) as k → ∞), S_t = max(0, S_{t−1}
 *    + LLR_t). S at asOf is the evidence that the rate rose from some day
 *    on; that day (where S last left 0) is the onset.
 * 3. Flag when S ≥ threshold and the driving days hold ≥ minSupport conflict
 *    events. Magnitude = observed / expected over the driving days;
 *    confidence = 1 − min(1, spanDays · P(Y ≥ observed)), Y the driving days'
 *    sum under an NB with the same mean and variance as the baseline model
 *    (Bonferroni over the span's possible onsets). Sparse when the support
 *    or the baseline's conflict count is below sparseSupport; the reason
 *    then says how few events it rests on.
 */
export function detectEscalation(series: readonly DailyPoint[], asOf: string, options: EscalationOptions = {}): Detection {
  const o = { ...ESCALATION_DEFAULTS, ...definedOnly(options) };
  const from = addDays(asOf, -(o.spanDays + o.baselineDays) + 1);
  const w = denseWindow(series, from, asOf);
  const spanStart = o.baselineDays;
  const ex = expectConflict(w, 0, spanStart, o.coverageElasticity);
  const phi = ex.dispersion + 1 / ex.shape;
  const k = 1 / phi;

  let s = 0;
  let start = spanStart;
  for (let i = spanStart; i < w.days; i++) {
    const y = w.conflict[i] ?? 0;
    const mu0 = Math.max(ex.mu[i] ?? 0, 1e-9);
    const mu1 = mu0 + Math.max((o.shift - 1) * mu0, o.sdShift * Math.sqrt(mu0 + phi * mu0 * mu0), o.minShift * (ex.exposure[i] ?? 1));
    const llr = y * Math.log((mu1 * (k + mu0)) / (mu0 * (k + mu1))) + k * Math.log((k + mu0) / (k + mu1));
    if (s + llr <= 0) {
      s = 0;
      start = i + 1;
    } else {
      s += llr;
    }
  }

  const drivers: DriverDay[] = [];
  let observed = 0;
  let expected = 0;
  let sumMu2 = 0;
  for (let i = start; i < w.days && s > 0; i++) {
    const y = w.conflict[i] ?? 0;
    const mu = ex.mu[i] ?? 0;
    observed += y;
    expected += mu;
    sumMu2 += mu * mu;
    if (y > 0) drivers.push({ date: dayFromNumber(w.fromDay + i), observed: y, expected: round(mu, 3) });
  }
  const support = observed;
  const baselineNote = `baseline: ${fmt(ex.baselineConflict)} conflict events in ${ex.baselineDays} days`;
  const sparse = s > 0 && (support < o.sparseSupport || ex.baselineConflict < o.sparseSupport);
  const flagged = s >= o.threshold && support >= o.minSupport;
  const onset = s > 0 ? dayFromNumber(w.fromDay + start) : null;

  let confidence: number | null = null;
  let magnitude: number | null = null;
  if (s > 0) {
    magnitude = expected > 0 ? round(observed / expected, 2) : null;
    const variance = expected + ex.dispersion * sumMu2 + (expected * expected) / ex.shape;
    const size = variance > expected ? (expected * expected) / (variance - expected) : Number.POSITIVE_INFINITY;
    const p = negBinomialUpperTail(observed, expected, size);
    confidence = round(1 - Math.min(1, o.spanDays * p), 4);
  }

  const days = w.days - start;
  let reason: string;
  if (s <= 0) {
    const recent = sumSpan(w.conflict, spanStart, w.days);
    const recentExpected = sumSpan(ex.mu, spanStart, w.days);
    reason = `no rise: ${fmt(recent)} conflict events in the last ${o.spanDays} days against ${fmt(recentExpected)} expected (${baselineNote})`;
  } else {
    const rise = `${fmt(observed)} conflict events in ${days} day${days === 1 ? '' : 's'} since ${onset ?? '?'} against ${fmt(expected)} expected${magnitude !== null ? ` (×${magnitude})` : ''}`;
    if (flagged) reason = `escalation: ${rise}; confidence ${confidence ?? 0}`;
    else if (s >= o.threshold) reason = `not flagged: ${rise}, but it rests on fewer than ${o.minSupport} events`;
    else reason = `below threshold (score ${round(s / o.threshold, 2)}): ${rise}`;
    if (sparse) reason += `; sparse: rests on ${fmt(support)} conflict event${support === 1 ? '' : 's'} (${baselineNote})`;
  }

  return {
    detector: 'faultline',
    flagged,
    onset,
    magnitude,
    confidence,
    score: round(s / o.threshold, 4),
    support,
    sparse,
    reason,
    drivers,
    events: driverEvents(w.ids, ex.mu, w.conflict, start, w.days, s > 0),
  };
}

/** Conflict event ids of the driving days (each day's first `conflict` ids), the days with the largest excess first. */
function driverEvents(
  ids: ReadonlyArray<string[] | undefined>,
  mu: Float64Array,
  y: Float64Array,
  from: number,
  to: number,
  any: boolean,
): string[] {
  if (!any) return [];
  const days: Array<{ excess: number; ids: string[] }> = [];
  for (let i = from; i < to; i++) {
    const list = ids[i];
    const n = y[i] ?? 0;
    if (list !== undefined && n > 0) days.push({ excess: n - (mu[i] ?? 0), ids: list.slice(0, n) });
  }
  days.sort((a, b) => b.excess - a.excess);
  const out = new Set<string>();
  for (const d of days) {
    for (const id of d.ids) {
      if (out.size >= MAX_EVENTS) return [...out];
      out.add(id);
    }
  }
  return [...out];
}

function sumSpan(a: Float64Array, from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += a[i] ?? 0;
  return s;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}

/** A Detector running detectEscalation with the given options. */
export function makeFaultlineDetector(options: EscalationOptions = {}): Detector {
  return { name: 'faultline', detect: (series, asOf) => detectEscalation(series, asOf, options) };
}

/** Faultline's detector with default options. */
export const faultlineDetector: Detector = makeFaultlineDetector();
