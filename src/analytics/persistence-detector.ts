// Baseline: persistence ("no change"). Today's state is taken as tomorrow's:
// a series counts as escalating when its last week is already in conflict.
import { addDays, dayFromNumber } from './calendar-day.js';
import { denseWindow } from './dense-series.js';
import type { DailyPoint, Detection, Detector } from './types.js';

export interface PersistenceOptions {
  /** Days of the current state (default 7). */
  days?: number;
  /** Conflict share of the window at which it counts as in conflict (default 0.5). */
  share?: number;
  /** Fewest conflict events in the window (default 3). */
  minEvents?: number;
}

/**
 * Flags a series whose last `days` days hold at least `minEvents` conflict
 * events making up at least `share` of its events. It has no notion of the
 * series' own baseline: a pair always in conflict is always flagged.
 */
export function detectPersistence(series: readonly DailyPoint[], asOf: string, options: PersistenceOptions = {}): Detection {
  const days = options.days ?? 7;
  const share = options.share ?? 0.5;
  const minEvents = options.minEvents ?? 3;
  const w = denseWindow(series, addDays(asOf, -days + 1), asOf);
  let conflict = 0;
  let total = 0;
  let first = -1;
  const events: string[] = [];
  for (let i = 0; i < w.days; i++) {
    const y = w.conflict[i] ?? 0;
    conflict += y;
    total += w.total[i] ?? 0;
    if (y > 0 && first < 0) first = i;
    if (y > 0) events.push(...(w.ids[i] ?? []));
  }
  const ratio = total > 0 ? conflict / total : 0;
  const flagged = conflict >= minEvents && ratio >= share;
  return {
    detector: 'persistence',
    flagged,
    onset: flagged && first >= 0 ? dayFromNumber(w.fromDay + first) : null,
    magnitude: null,
    confidence: null,
    score: conflict >= minEvents ? ratio / share : 0,
    support: conflict,
    sparse: conflict < 10,
    reason: `${conflict} conflict of ${total} events in the last ${days} days (share ${ratio.toFixed(2)}; in conflict at ≥ ${share} with ≥ ${minEvents} events)`,
    drivers: [],
    events: events.slice(0, 50),
  };
}

export function makePersistenceDetector(options: PersistenceOptions = {}): Detector {
  return { name: 'persistence', detect: (series, asOf) => detectPersistence(series, asOf, options) };
}

export const persistenceDetector: Detector = makePersistenceDetector();
