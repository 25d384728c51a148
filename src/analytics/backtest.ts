// Replays series day by day (no look-ahead) and scores detectors against
// known onset dates: delay of the first firing after (or before) each onset,
// and false alarms per quiet dyad-year.
import { dayNumber, dayFromNumber } from './calendar-day.js';
import type { DailyPoint, Detector } from './types.js';

export interface BacktestCase {
  /** Series key ("IRN-IRQ"). */
  key: string;
  series: readonly DailyPoint[];
  /** Known onset dates (YYYY-MM-DD); empty for a quiet series. */
  onsets: readonly string[];
  /** First and last replayed days (inclusive). */
  from: string;
  to: string;
  /**
   * Periods (inclusive) that are neither quiet nor onset windows, e.g. the
   * rest of a known escalation after its onset window: firings there are not
   * false alarms and the days are not quiet days.
   */
  exclude?: ReadonlyArray<{ from: string; to: string }>;
}

export interface BacktestOptions {
  /** A firing up to this many days before an onset counts as early warning of it (default 14). */
  earlyDays?: number;
  /** A firing up to this many days after an onset counts as detecting it (default 30). */
  lateDays?: number;
  /** A flag fires when raised after at least this many unflagged days (default 7). */
  refractoryDays?: number;
}

export interface OnsetResult {
  key: string;
  onset: string;
  /** Days from onset to the first firing within [onset − earlyDays, onset + lateDays]: negative = before onset; null = missed. */
  delay: number | null;
}

export interface DetectorScore {
  detector: string;
  onsets: number;
  detected: number;
  results: OnsetResult[];
  /** Mean and median delay over detected onsets (null when none detected). */
  meanDelay: number | null;
  medianDelay: number | null;
  /** Mean delay over all onsets, a missed onset counting as lateDays + 1. */
  penalisedMeanDelay: number | null;
  /** Firings outside every onset's window. */
  falseAlarms: number;
  /** Replayed days outside every onset's window. */
  quietDays: number;
  /** falseAlarms / (quietDays / 365). */
  falseAlarmsPerDyadYear: number;
  /** Every firing: key and date. */
  firings: Array<{ key: string; date: string }>;
}

export interface BacktestReport {
  detectors: DetectorScore[];
}

/**
 * Scores each detector on each case by replaying every day from `from` to
 * `to`: on day d the detector sees only the points dated ≤ d (the replay
 * slices the series; detectors must also ignore later points themselves).
 * A flag *fires* on day d when it is raised and was not raised on any of the
 * `refractoryDays` days before. A firing within [onset − earlyDays, onset +
 * lateDays] detects that onset (the first such firing gives the delay); any
 * other firing is a false alarm, except in the case's excluded periods.
 * Quiet days are replayed days outside every onset window and excluded
 * period.
 */
export function backtest(cases: readonly BacktestCase[], detectors: readonly Detector[], options: BacktestOptions = {}): BacktestReport {
  const early = options.earlyDays ?? 14;
  const late = options.lateDays ?? 30;
  const refractory = options.refractoryDays ?? 7;
  const scores: DetectorScore[] = [];
  for (const detector of detectors) {
    const results: OnsetResult[] = [];
    const firings: Array<{ key: string; date: string }> = [];
    let falseAlarms = 0;
    let quietDays = 0;
    for (const c of cases) {
      const sorted = [...c.series].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      const first = dayNumber(c.from);
      const last = dayNumber(c.to);
      const windows = c.onsets.map((o) => ({ onset: o, lo: dayNumber(o) - early, hi: dayNumber(o) + late }));
      const excluded = (c.exclude ?? []).map((e) => ({ lo: dayNumber(e.from), hi: dayNumber(e.to) }));
      const inWindow = (d: number): boolean => windows.some((w) => d >= w.lo && d <= w.hi);
      const isExcluded = (d: number): boolean => !inWindow(d) && excluded.some((e) => d >= e.lo && d <= e.hi);
      const delays = new Map<string, number>();
      let hi = 0;
      let lastFlagged = Number.NEGATIVE_INFINITY;
      for (let d = first; d <= last; d++) {
        const day = dayFromNumber(d);
        while (hi < sorted.length && (sorted[hi]?.date.slice(0, 10) ?? '') <= day) hi++;
        const seen = sorted.slice(0, hi);
        const flagged = detector.detect(seen, day).flagged;
        const quiet = !inWindow(d) && !isExcluded(d);
        if (quiet) quietDays++;
        if (!flagged) continue;
        const fires = d - lastFlagged > refractory;
        lastFlagged = d;
        if (!fires) continue;
        firings.push({ key: c.key, date: day });
        if (isExcluded(d)) continue;
        if (quiet) {
          falseAlarms++;
          continue;
        }
        for (const w of windows) {
          if (d >= w.lo && d <= w.hi && !delays.has(w.onset)) delays.set(w.onset, d - dayNumber(w.onset));
        }
      }
      for (const w of windows) results.push({ key: c.key, onset: w.onset, delay: delays.get(w.onset) ?? null });
    }
    const found = results.map((r) => r.delay).filter((x): x is number => x !== null);
    const penalised = results.map((r) => r.delay ?? late + 1);
    scores.push({
      detector: detector.name,
      onsets: results.length,
      detected: found.length,
      results,
      meanDelay: found.length > 0 ? mean(found) : null,
      medianDelay: found.length > 0 ? median(found) : null,
      penalisedMeanDelay: penalised.length > 0 ? mean(penalised) : null,
      falseAlarms,
      quietDays,
      falseAlarmsPerDyadYear: quietDays > 0 ? falseAlarms / (quietDays / 365) : 0,
      firings,
    });
  }
  return { detectors: scores };
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** Days of a case's replay, for reporting (inclusive). */
export function replayDays(c: Pick<BacktestCase, 'from' | 'to'>): number {
  return dayNumber(c.to) - dayNumber(c.from) + 1;
}


