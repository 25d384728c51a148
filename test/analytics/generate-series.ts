// Seeded generators of daily series for the detector tests: a PRNG of our
// own (mulberry32), Poisson and gamma samplers, and the scenarios the issue
// names (steady cooperation, sudden onset, slow build, noisy high-coverage
// pair, silent pair).
import { rng } from '../../bench/bench-stats.js';
import { addDays, weekday } from '../../src/analytics/calendar-day.js';
import type { DailyPoint } from '../../src/analytics/types.js';

export type Rng = () => number;

/** mulberry32: a small 32-bit seeded PRNG, uniform on [0, 1); the one the benchmarks use. */
export const mulberry32: (seed: number) => Rng = rng;

/** Standard normal (Box–Muller). */
export function normal(rng: Rng): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Poisson(λ): Knuth's product method on chunks of at most 30. */
export function poisson(rng: Rng, lambda: number): number {
  let n = 0;
  let rest = lambda;
  while (rest > 0) {
    const l = Math.min(rest, 30);
    rest -= l;
    const limit = Math.exp(-l);
    let p = rng();
    while (p > limit) {
      n++;
      p *= rng();
    }
  }
  return n;
}

/** Gamma(shape, scale 1): Marsaglia–Tsang (with the shape < 1 boost). */
export function gamma(rng: Rng, shape: number): number {
  if (shape < 1) return gamma(rng, shape + 1) * Math.pow(1 - rng(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Negative binomial with mean μ and dispersion φ (variance μ + φμ²); Poisson when φ = 0. */
export function negBinomial(rng: Rng, mu: number, phi: number): number {
  if (mu <= 0) return 0;
  if (phi <= 0) return poisson(rng, mu);
  const k = 1 / phi;
  return poisson(rng, (gamma(rng, k) / k) * mu);
}

export interface ScenarioOptions {
  seed: number;
  /** First day of the series. */
  start?: string;
  days: number;
  /** Conflict events per day before any change (at mean coverage, weekday average). */
  conflictRate: number;
  /** Cooperation events per day. */
  cooperationRate: number;
  /** Day-level overdispersion of the counts (NB φ); default 0. */
  dispersion?: number;
  /** Weekend volume factor (default 1: no weekday effect). */
  weekendFactor?: number;
  /** Mean coverage (events about the two countries besides the pair); 0 = series without coverage. */
  coverage?: number;
  /** Media surges: per-day chance a surge starts, its length and coverage factor. */
  surges?: { chance: number; days: number; factor: number };
  /** A change of conflict rate: at day index `day`, multiplied by `factor`, reached over `rampDays` (0 = sudden), lasting `lastsDays`. */
  change?: { day: number; factor: number; rampDays: number; lastsDays: number; coverageFactor?: number };
}

export interface Scenario {
  series: DailyPoint[];
  onsets: string[];
  from: string;
  to: string;
}

/**
 * A generated pair: each day, coverage = mean × weekday × surge (× a bump
 * during the change), and the pair's counts scale with it (more reporting,
 * more reported events), with NB day noise.
 */
export function generateScenario(o: ScenarioOptions): Scenario {
  const rng = mulberry32(o.seed);
  const start = o.start ?? '2020-01-01';
  const series: DailyPoint[] = [];
  let surgeLeft = 0;
  const phi = o.dispersion ?? 0;
  for (let i = 0; i < o.days; i++) {
    const date = addDays(start, i);
    const dow = weekday(date);
    const wk = dow >= 5 ? (o.weekendFactor ?? 1) : 1;
    if (surgeLeft > 0) surgeLeft--;
    else if (o.surges !== undefined && rng() < o.surges.chance) surgeLeft = o.surges.days;
    const surge = surgeLeft > 0 && o.surges !== undefined ? o.surges.factor : 1;
    let change = 1;
    let covBump = 1;
    const c = o.change;
    if (c !== undefined && i >= c.day && i < c.day + c.lastsDays) {
      const progress = c.rampDays <= 0 ? 1 : Math.min(1, (i - c.day + 1) / c.rampDays);
      change = 1 + (c.factor - 1) * progress;
      covBump = 1 + ((c.coverageFactor ?? 1) - 1) * progress;
    }
    // Weekday factor normalised so that the weekly mean is 1.
    const wkNorm = (5 + 2 * (o.weekendFactor ?? 1)) / 7;
    const exposure = (wk / wkNorm) * surge * covBump;
    const conflict = negBinomial(rng, o.conflictRate * change * exposure, phi);
    const coop = negBinomial(rng, o.cooperationRate * exposure, phi);
    const point: DailyPoint = { date, conflict, total: conflict + coop, eventIds: [] };
    for (let j = 0; j < Math.min(conflict, 5); j++) point.eventIds.push(`${date}#c${j}`);
    if ((o.coverage ?? 0) > 0) point.coverage = negBinomial(rng, (o.coverage ?? 0) * exposure, 0.01);
    if (point.total > 0 || point.coverage !== undefined) series.push(point);
  }
  const onsets = o.change !== undefined ? [addDays(start, o.change.day)] : [];
  return { series, onsets, from: start, to: addDays(start, o.days - 1) };
}

/** Appends a spike of conflict dated after `after` (for no-look-ahead checks). */
export function withFutureSpike(series: readonly DailyPoint[], after: string, days = 10, perDay = 200): DailyPoint[] {
  const out = [...series];
  for (let i = 1; i <= days; i++) {
    out.push({ date: addDays(after, i), conflict: perDay, total: perDay, coverage: 1, eventIds: [`future-${i}`] });
  }
  return out;
}
