// A daily series laid out on a dense day grid, for the detectors.
import { dayNumber } from './calendar-day.js';
import type { DailyPoint } from './types.js';

/** Days [from, asOf] of a series as arrays indexed by day offset from `from`. */
export interface DenseWindow {
  /** Day number (see dayNumber) of index 0. */
  fromDay: number;
  days: number;
  conflict: Float64Array;
  total: Float64Array;
  /** NaN where the series says nothing about coverage that day. */
  coverage: Float64Array;
  /** True when at least one day in the window carries coverage. */
  hasCoverage: boolean;
  /** Event ids per day (undefined when none). */
  ids: Array<string[] | undefined>;
}

/**
 * Lays out the points dated in [from, asOf] on a dense grid; missing days are
 * zero events with unknown coverage, points dated after asOf are ignored,
 * several points on one day add up.
 */
export function denseWindow(series: readonly DailyPoint[], from: string, asOf: string): DenseWindow {
  const fromDay = dayNumber(from);
  const days = Math.max(0, dayNumber(asOf) - fromDay + 1);
  const conflict = new Float64Array(days);
  const total = new Float64Array(days);
  const coverage = new Float64Array(days).fill(Number.NaN);
  const ids: Array<string[] | undefined> = new Array<string[] | undefined>(days);
  let hasCoverage = false;
  const lo = from.slice(0, 10);
  const hi = asOf.slice(0, 10);
  for (const p of series) {
    const d = p.date.slice(0, 10);
    // ISO days compare as strings: skip out-of-range points before parsing.
    if (d < lo || d > hi) continue;
    const i = dayNumber(d) - fromDay;
    const before = conflict[i] ?? 0;
    conflict[i] = before + p.conflict;
    total[i] = (total[i] ?? 0) + p.total;
    if (p.coverage !== undefined && Number.isFinite(p.coverage)) {
      const c = coverage[i] ?? Number.NaN;
      coverage[i] = Number.isNaN(c) ? p.coverage : c + p.coverage;
      hasCoverage = true;
    }
    if (p.eventIds.length > 0) {
      const have = ids[i];
      // Keep each day's conflict ids first (see DailyPoint.eventIds).
      ids[i] =
        have === undefined
          ? [...p.eventIds]
          : [...have.slice(0, before), ...p.eventIds.slice(0, p.conflict), ...have.slice(before), ...p.eventIds.slice(p.conflict)];
    }
  }
  return { fromDay, days, conflict, total, coverage, hasCoverage, ids };
}

/** Sum of a[from, to) (indices clipped to the array). */
export function sumRange(a: Float64Array, from: number, to: number): number {
  let s = 0;
  for (let i = Math.max(0, from); i < Math.min(a.length, to); i++) s += a[i] ?? 0;
  return s;
}
