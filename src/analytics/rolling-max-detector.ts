// Baseline: the rolling-maximum rule (30-day sum reaching its 1-year maximum).
import { addDays, dayFromNumber } from './calendar-day.js';
import { denseWindow } from './dense-series.js';
import type { DailyPoint, Detection, Detector } from './types.js';

export interface RollingMaxOptions {
  /** Length of the rolling sum (default 30). */
  days?: number;
  /** How far back the maximum is taken (default 365). */
  lookbackDays?: number;
  /** Fewest conflict events in the current sum (default 3). */
  minEvents?: number;
}

/**
 * Flags when the conflict events of the last `days` days reach the largest
 * `days`-day sum ending on any of the `lookbackDays` days before, and number
 * at least `minEvents`.
 */
export function detectRollingMax(series: readonly DailyPoint[], asOf: string, options: RollingMaxOptions = {}): Detection {
  const days = options.days ?? 30;
  const lookback = options.lookbackDays ?? 365;
  const minEvents = options.minEvents ?? 3;
  const w = denseWindow(series, addDays(asOf, -(lookback + days) + 1), asOf);
  const prefix = new Float64Array(w.days + 1);
  for (let i = 0; i < w.days; i++) prefix[i + 1] = (prefix[i] ?? 0) + (w.conflict[i] ?? 0);
  const sumEnding = (end: number): number => (prefix[end + 1] ?? 0) - (prefix[Math.max(0, end - days + 1)] ?? 0);
  const last = w.days - 1;
  const current = sumEnding(last);
  let max = 0;
  for (let end = Math.max(0, last - lookback); end < last; end++) max = Math.max(max, sumEnding(end));
  const flagged = current >= minEvents && current >= max;
  let first = -1;
  for (let i = Math.max(0, last - days + 1); i <= last; i++) {
    if ((w.conflict[i] ?? 0) > 0) {
      first = i;
      break;
    }
  }
  return {
    detector: 'rolling-max',
    flagged,
    onset: flagged && first >= 0 ? dayFromNumber(w.fromDay + first) : null,
    magnitude: max > 0 ? current / max : null,
    confidence: null,
    score: current >= minEvents ? current / Math.max(max, 1) : 0,
    support: current,
    sparse: current < 10,
    reason: `${current} conflict events in the last ${days} days; the ${lookback}-day maximum before was ${max}`,
    drivers: [],
    events: [],
  };
}

export function makeRollingMaxDetector(options: RollingMaxOptions = {}): Detector {
  return { name: 'rolling-max', detect: (series, asOf) => detectRollingMax(series, asOf, options) };
}

export const rollingMaxDetector: Detector = makeRollingMaxDetector();
