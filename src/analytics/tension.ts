// Tension per dyad and per country over a window. Formula: see TENSION.md.
import type { DyadDay } from './types.js';

export interface TensionOptions {
  /** Last day of the window (YYYY-MM-DD), inclusive. */
  asOf: string;
  /** Window length in days (7, 30, 90 …); the window is [asOf − windowDays + 1, asOf]. */
  windowDays: number;
  /** Prior strength in pseudo-events (default 10). */
  alpha?: number;
  /** Prior conflict share; default: the share over all rows in the window (0.25 when none). */
  priorShare?: number;
  /** Prior Goldstein mean; default: the mean over all rows in the window (0 when none). */
  priorGoldstein?: number;
}

export interface Tension {
  scope: 'dyad' | 'country';
  /** "IRN-IRQ" (sorted) for an undirected dyad, "IRQ>IRN" for a directed one, "IRQ" for a country. */
  key: string;
  asOf: string;
  windowDays: number;
  /** First day of the window. */
  from: string;
  /** 0 … 100: the blend of smoothed conflict share and smoothed Goldstein mean. */
  tension: number;
  /** (conflict + α·prior) / (events + α) */
  conflictShare: number;
  /** (goldsteinSum + α·priorGoldstein) / (events + α) */
  goldsteinMean: number;
  /** Events in the window (all quads). */
  events: number;
  /** Conflict events (quads 3 and 4). */
  conflict: number;
  /** Material conflict events (quad 4). */
  materialConflict: number;
  documents: number;
  /** Event ids behind it (conflict first, capped at 50). */
  eventIds: string[];
}

/**
 * Tension between actors `a` and `b` (actor keys; a key without a sector
 * matches every sector of that country or IGO), both directions unless
 * `directed` (then only a → b).
 */
export function dyadTension(
  rows: readonly DyadDay[],
  a: string,
  b: string,
  options: TensionOptions & { directed?: boolean },
): Tension {
  void rows; void a; void b; void options;
  throw new Error('dyadTension: not implemented yet');
}

/** Tension of a country (or IGO) over all its dyads, both directions, internal pairs counted once. */
export function countryTension(rows: readonly DyadDay[], country: string, options: TensionOptions): Tension {
  void rows; void country; void options;
  throw new Error('countryTension: not implemented yet');
}

/** Tension of every undirected dyad with events in the window, highest first. */
export function rankDyadTension(rows: readonly DyadDay[], options: TensionOptions): Tension[] {
  void rows; void options;
  throw new Error('rankDyadTension: not implemented yet');
}

/** Tension of every country with events in the window, highest first. */
export function rankCountryTension(rows: readonly DyadDay[], options: TensionOptions): Tension[] {
  void rows; void options;
  throw new Error('rankCountryTension: not implemented yet');
}
