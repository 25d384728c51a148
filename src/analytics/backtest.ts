// Replays series day by day (no look-ahead) and scores detectors against
// known onset dates: delay of the first firing after (or before) each onset,
// and false alarms per quiet dyad-year.
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

/** Scores each detector on each case by replaying every day from `from` to `to`. */
export function backtest(cases: readonly BacktestCase[], detectors: readonly Detector[], options: BacktestOptions = {}): BacktestReport {
  void cases; void detectors; void options;
  throw new Error('backtest: not implemented yet');
}
