// The time series the dashboard draws for a country or a dyad: events per
// day (conflict and cooperation) over the shown days, each day marked with
// what the escalation detector said as of that day (no look-ahead: the
// verdict on day d reads nothing after d), and the detection as of the last
// day with the events that drive it. Pure.

import { addDays } from '../analytics/calendar-day.js';
import { dyadKey, seriesOfKey } from '../analytics/daily-series.js';
import { ESCALATION_DEFAULTS, detectEscalation } from '../analytics/detect-escalation.js';
import type { Detection, DyadLevels } from '../analytics/types.js';

export interface SeriesDay {
  date: string;
  /** Conflict events (quads 3 and 4). */
  conflict: number;
  /** Cooperation events (quads 1 and 2). */
  cooperation: number;
  /** The detector flagged escalation as of this day. */
  flagged: boolean;
  /** The detector's statistic over its threshold as of this day (≥ 1 means flagged). */
  score: number;
  /** Onset of the flagged escalation as of this day, or null. */
  onset: string | null;
}

export interface EscalationSeries {
  scope: 'country' | 'dyad';
  /** "IRQ", or "IRN-IRQ" for a dyad (sorted). */
  key: string;
  asOf: string;
  /** First day shown. */
  from: string;
  /** Span the detector scans, in days. */
  windowDays: number;
  /** Every day from `from` to `asOf`, oldest first. */
  days: SeriesDay[];
  /** What the detector says as of `asOf`. */
  detection: Detection;
}

export type SeriesSubject = { country: string } | { dyad: [string, string] };

/** The hotspot key of a subject: "IRQ", or the sorted dyad "IRN-IRQ". */
export function subjectKey(subject: SeriesSubject): string {
  return 'country' in subject ? subject.country : dyadKey(subject.dyad[0], subject.dyad[1]);
}

/** Days of aggregates before the first shown day that the day-by-day verdicts read. */
export function seriesHistoryDays(windowDays: number): number {
  return windowDays + ESCALATION_DEFAULTS.baselineDays;
}

/**
 * The series of `subject` over the `days` days up to `asOf`, built as the
 * hotspot ranking builds it (seriesOfKey): countries and pairs of bare keys
 * from the country-level rows, pairs naming a sector from `levels.sector`.
 * The rows cover at least seriesHistoryDays(windowDays) before the first
 * shown day, for every pair (a day's coverage counts all its events).
 */
export function escalationSeries(
  levels: DyadLevels,
  subject: SeriesSubject,
  o: { asOf: string; days: number; windowDays?: number },
): EscalationSeries {
  const windowDays = o.windowDays ?? ESCALATION_DEFAULTS.spanDays;
  const from = addDays(o.asOf, -(o.days - 1));
  const range = { from: addDays(from, -seriesHistoryDays(windowDays)), to: o.asOf };
  const points = seriesOfKey(levels, subjectKey(subject), range);
  const byDate = new Map(points.map((p) => [p.date, p]));
  const options = { spanDays: windowDays };
  const days: SeriesDay[] = [];
  let last: Detection | null = null;
  for (let day = from; day <= o.asOf; day = addDays(day, 1)) {
    const p = byDate.get(day);
    last = detectEscalation(points, day, options);
    days.push({
      date: day,
      conflict: p?.conflict ?? 0,
      cooperation: (p?.total ?? 0) - (p?.conflict ?? 0),
      flagged: last.flagged,
      score: last.score,
      onset: last.flagged ? last.onset : null,
    });
  }
  return {
    scope: 'country' in subject ? 'country' : 'dyad',
    key: subjectKey(subject),
    asOf: o.asOf,
    from,
    windowDays,
    days,
    detection: last ?? detectEscalation(points, o.asOf, options),
  };
}
