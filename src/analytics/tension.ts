// Tension per dyad and per country over a window, normalised by how much is
// reported about them. The formula (also in TENSION.md):
//
//   N = events in the window, C = conflict events (quads 3 + 4),
//   G = Goldstein sum, α = prior strength (10 pseudo-events),
//   p0 = conflict share and g0 = Goldstein mean of all rows in the window.
//
//   share    s = (C + α·p0) / (N + α)
//   goldstein ḡ = (G + α·g0) / (N + α)
//   tension  T = 100 · (½·s + ½·(10 − ḡ) / 20)
//
// Both terms are ratios, not counts: a pair covered ten times more with the
// same mix of events has the same tension. The prior pulls thinly reported
// pairs towards the overall mix, so three events do not make a 100.
import { addDays } from './calendar-day.js';
import { baseOfKey } from './actor-key.js';
import { dyadKey } from './daily-series.js';
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

const DEFAULT_ALPHA = 10;
const ID_CAP = 50;

/** True when an actor key matches what was asked: "IRQ" matches "IRQ" and "IRQ/GOV"; "IRQ/GOV" only itself. */
export function keyMatches(key: string, wanted: string): boolean {
  return wanted.includes('/') ? key === wanted : baseOfKey(key) === wanted;
}

interface Tally {
  events: number;
  conflict: number;
  material: number;
  goldstein: number;
  documents: number;
  conflictIds: string[];
  otherIds: string[];
}

function emptyTally(): Tally {
  return { events: 0, conflict: 0, material: 0, goldstein: 0, documents: 0, conflictIds: [], otherIds: [] };
}

function add(t: Tally, r: DyadDay): void {
  const [q1, q2, q3, q4] = r.counts;
  t.events += q1 + q2 + q3 + q4;
  t.conflict += q3 + q4;
  t.material += q4;
  t.goldstein += r.goldsteinSum;
  t.documents += r.documents;
  // The row's first q3 + q4 ids are its conflict events (see DyadDay.eventIds).
  if (t.conflictIds.length < ID_CAP) t.conflictIds.push(...r.eventIds.slice(0, Math.min(q3 + q4, ID_CAP - t.conflictIds.length)));
  if (t.otherIds.length < ID_CAP) t.otherIds.push(...r.eventIds.slice(q3 + q4, q3 + q4 + ID_CAP - t.otherIds.length));
}

function windowRows(rows: readonly DyadDay[], o: TensionOptions): DyadDay[] {
  const from = addDays(o.asOf, -o.windowDays + 1);
  const to = o.asOf.slice(0, 10);
  return rows.filter((r) => r.date >= from && r.date <= to);
}

interface Prior {
  alpha: number;
  share: number;
  goldstein: number;
}

function priorOf(rows: readonly DyadDay[], o: TensionOptions): Prior {
  const all = emptyTally();
  if (o.priorShare === undefined || o.priorGoldstein === undefined) for (const r of rows) add(all, r);
  return {
    alpha: o.alpha ?? DEFAULT_ALPHA,
    share: o.priorShare ?? (all.events > 0 ? all.conflict / all.events : 0.25),
    goldstein: o.priorGoldstein ?? (all.events > 0 ? all.goldstein / all.events : 0),
  };
}

function toTension(scope: Tension['scope'], key: string, t: Tally, p: Prior, o: TensionOptions): Tension {
  const share = (t.conflict + p.alpha * p.share) / (t.events + p.alpha);
  const gold = (t.goldstein + p.alpha * p.goldstein) / (t.events + p.alpha);
  const tension = 100 * (0.5 * share + (0.5 * (10 - gold)) / 20);
  const seen = new Set<string>();
  const ids = [...t.conflictIds, ...t.otherIds].filter((id) => (seen.has(id) ? false : (seen.add(id), true)));
  return {
    scope,
    key,
    asOf: o.asOf.slice(0, 10),
    windowDays: o.windowDays,
    from: addDays(o.asOf, -o.windowDays + 1),
    tension: round(tension, 2),
    conflictShare: round(share, 4),
    goldsteinMean: round(gold, 3),
    events: t.events,
    conflict: t.conflict,
    materialConflict: t.material,
    documents: t.documents,
    eventIds: ids.slice(0, ID_CAP),
  };
}

/**
 * Tension between actors `a` and `b` (actor keys; a key without a sector
 * matches every sector of that country or IGO), both directions unless
 * `directed` (then only a → b). Documents are summed over rows (a document
 * reporting both directions counts once per direction).
 */
export function dyadTension(
  rows: readonly DyadDay[],
  a: string,
  b: string,
  options: TensionOptions & { directed?: boolean },
): Tension {
  const inWindow = windowRows(rows, options);
  const t = emptyTally();
  for (const r of inWindow) {
    const ab = keyMatches(r.source, a) && keyMatches(r.target, b);
    const ba = options.directed !== true && keyMatches(r.source, b) && keyMatches(r.target, a);
    if (ab || ba) add(t, r);
  }
  const key = options.directed === true ? `${a}>${b}` : dyadKey(a, b);
  return toTension('dyad', key, t, priorOf(inWindow, options), options);
}

/** Tension of a country (or IGO) over all its dyads, both directions, internal pairs counted once. */
export function countryTension(rows: readonly DyadDay[], country: string, options: TensionOptions): Tension {
  const inWindow = windowRows(rows, options);
  const t = emptyTally();
  for (const r of inWindow) if (baseOfKey(r.source) === country || baseOfKey(r.target) === country) add(t, r);
  return toTension('country', country, t, priorOf(inWindow, options), options);
}

/** Tension of every undirected dyad (of the rows' actor keys) with events in the window, highest first. */
export function rankDyadTension(rows: readonly DyadDay[], options: TensionOptions): Tension[] {
  const inWindow = windowRows(rows, options);
  const prior = priorOf(inWindow, options);
  const tallies = new Map<string, Tally>();
  for (const r of inWindow) {
    const k = dyadKey(r.source, r.target);
    let t = tallies.get(k);
    if (t === undefined) tallies.set(k, (t = emptyTally()));
    add(t, r);
  }
  return rank([...tallies].map(([k, t]) => toTension('dyad', k, t, prior, options)));
}

/** Tension of every country (or IGO) with events in the window, highest first. */
export function rankCountryTension(rows: readonly DyadDay[], options: TensionOptions): Tension[] {
  const inWindow = windowRows(rows, options);
  const prior = priorOf(inWindow, options);
  const tallies = new Map<string, Tally>();
  for (const r of inWindow) {
    for (const c of new Set([baseOfKey(r.source), baseOfKey(r.target)])) {
      let t = tallies.get(c);
      if (t === undefined) tallies.set(c, (t = emptyTally()));
      add(t, r);
    }
  }
  return rank([...tallies].map(([k, t]) => toTension('country', k, t, prior, options)));
}

function rank(list: Tension[]): Tension[] {
  return list.sort((x, y) => y.tension - x.tension || y.events - x.events || (x.key < y.key ? -1 : 1));
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
