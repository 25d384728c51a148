// Baseline: an ACLED Trendfinder-style rule, this week against the previous four.
import { addDays, dayFromNumber } from './calendar-day.js';
import { denseWindow } from './dense-series.js';
import type { DailyPoint, Detection, Detector } from './types.js';

export interface TrendfinderOptions {
  /** Rise over the previous four weeks' mean that flags (default 0.25 = +25%). */
  rise?: number;
  /** Sparse-count guard: fewest conflict events in the current week (default 5). */
  minEvents?: number;
}

/**
 * Flags when the conflict events of the last 7 days reach (1 + rise) × the
 * mean weekly count of the four weeks before, and number at least
 * `minEvents` (so that 1 → 2 events is not a +100% surge).
 */
export function detectTrendfinder(series: readonly DailyPoint[], asOf: string, options: TrendfinderOptions = {}): Detection {
  const rise = options.rise ?? 0.25;
  const minEvents = options.minEvents ?? 5;
  const w = denseWindow(series, addDays(asOf, -34), asOf);
  let week = 0;
  let prev = 0;
  let first = -1;
  const events: string[] = [];
  for (let i = 0; i < w.days; i++) {
    const y = w.conflict[i] ?? 0;
    if (i >= 28) {
      week += y;
      if (y > 0 && first < 0) first = i;
      if (y > 0) events.push(...(w.ids[i] ?? []));
    } else prev += y;
  }
  const mean = prev / 4;
  const bar = Math.max(minEvents, (1 + rise) * mean);
  const flagged = week >= bar;
  return {
    detector: 'trendfinder',
    flagged,
    onset: flagged && first >= 0 ? dayFromNumber(w.fromDay + first) : null,
    magnitude: mean > 0 ? week / mean : null,
    confidence: null,
    score: week / bar,
    support: week,
    sparse: week < 10,
    reason: `${week} conflict events this week against a mean of ${mean.toFixed(1)} over the previous four (flags at ≥ ${bar.toFixed(1)})`,
    drivers: [],
    events: events.slice(0, 50),
  };
}

export function makeTrendfinderDetector(options: TrendfinderOptions = {}): Detector {
  return { name: 'trendfinder', detect: (series, asOf) => detectTrendfinder(series, asOf, options) };
}

export const trendfinderDetector: Detector = makeTrendfinderDetector();
