// The first day of a flagged episode: what names an escalation alert, so
// that the same episode is never alerted twice while its onset moves (the
// detector's onset is where its CUSUM last left zero, which shifts from day
// to day as the statistic dips and climbs again).
import { addDays } from './calendar-day.js';
import type { DailyPoint, Detector } from './types.js';

export interface EpisodeOptions {
  /** Days back from the as-of date the replay may go (default 120). */
  lookbackDays?: number;
  /**
   * Unflagged days in a row that end an episode (default 7, the backtest's
   * refractory period: a flag raised after a shorter pause is the same
   * episode, as it is the same firing in the backtest).
   */
  gapDays?: number;
}

export const EPISODE_DEFAULTS: Required<EpisodeOptions> = { lookbackDays: 120, gapDays: 7 };

/**
 * The first flagged day of the episode `series` is in as of `asOf`:
 * replays the detector on each day back from asOf (each day sees only the
 * points dated up to it, so a day's verdict never changes once data up to
 * it are in) until `gapDays` unflagged days in a row, and returns the
 * earliest flagged day found. Null when asOf itself is not flagged, or when
 * the episode reaches past the lookback (it started more than lookbackDays
 * ago: the caller names it "ongoing").
 */
export function flaggedSince(detector: Detector, series: readonly DailyPoint[], asOf: string, options: EpisodeOptions = {}): string | null {
  const o = { ...EPISODE_DEFAULTS, ...options };
  const day = asOf.slice(0, 10);
  if (!detector.detect(series, day).flagged) return null;
  let first = day;
  let gap = 0;
  for (let k = 1; k <= o.lookbackDays; k++) {
    const d = addDays(day, -k);
    if (detector.detect(series, d).flagged) {
      first = d;
      gap = 0;
    } else if (++gap >= o.gapDays) {
      return first;
    }
  }
  return null;
}
