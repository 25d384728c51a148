// Baseline: EMA z-score of the daily conflict count.
import { addDays } from './calendar-day.js';
import { denseWindow } from './dense-series.js';
import type { DailyPoint, Detection, Detector } from './types.js';

export interface EmaZOptions {
  /** Half-life of the exponential weights, in days (default 14). */
  halfLifeDays?: number;
  /** z at which it flags (default 3). */
  z?: number;
  /** Days of history replayed to warm the averages up (default 120). */
  historyDays?: number;
  /** Floor of the standard deviation, so a silent series does not divide by 0 (default 0.5). */
  minSd?: number;
}

/**
 * Exponentially weighted mean m and variance v of the daily conflict count
 * up to the day before asOf; z = (y_asOf − m) / max(√v, minSd); flags at z ≥ `z`.
 */
export function detectEmaZ(series: readonly DailyPoint[], asOf: string, options: EmaZOptions = {}): Detection {
  const halfLife = options.halfLifeDays ?? 14;
  const zBar = options.z ?? 3;
  const history = options.historyDays ?? 120;
  const minSd = options.minSd ?? 0.5;
  const alpha = 1 - Math.pow(2, -1 / halfLife);
  const w = denseWindow(series, addDays(asOf, -history), asOf);
  let m = 0;
  let v = 0;
  for (let i = 0; i < w.days - 1; i++) {
    const y = w.conflict[i] ?? 0;
    const d = y - m;
    m += alpha * d;
    v = (1 - alpha) * (v + alpha * d * d);
  }
  const y = w.conflict[w.days - 1] ?? 0;
  const z = (y - m) / Math.max(Math.sqrt(v), minSd);
  const flagged = z >= zBar;
  return {
    detector: 'ema-z',
    flagged,
    onset: flagged ? asOf.slice(0, 10) : null,
    magnitude: m > 0 ? y / m : null,
    confidence: null,
    score: Math.max(0, z / zBar),
    support: y,
    sparse: y < 10,
    reason: `${y} conflict events today against an EMA of ${m.toFixed(2)} (z = ${z.toFixed(2)}, flags at ${zBar})`,
    drivers: [],
    events: flagged ? (w.ids[w.days - 1] ?? []).slice(0, 50) : [],
  };
}

export function makeEmaZDetector(options: EmaZOptions = {}): Detector {
  return { name: 'ema-z', detect: (series, asOf) => detectEmaZ(series, asOf, options) };
}

export const emaZDetector: Detector = makeEmaZDetector();
