// From DyadDay (and PlaceDay) rows to the daily series the escalation
// detectors read: conflict and total counts of the series itself, and its
// coverage — how much was reported that day around it, not counting itself.
//
// Series are emitted on every day of the range on which the series or its
// coverage has events, so that a detector sees quiet days with known
// coverage as real zeros.
import { addDays } from './calendar-day.js';
import { baseOfKey } from './actor-key.js';
import type { DailyPoint, DyadDay, DyadLevels, PlaceDay } from './types.js';

/** "IRN-IRQ": the undirected key of a dyad (actor keys sorted, joined by "-"). */
export function dyadKey(a: string, b: string): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/** Days to build series for (inclusive); defaults to the rows' first and last dates. */
export interface SeriesRange {
  from?: string;
  to?: string;
  /** Map functions only: build the series of these keys only (coverage still counts every row). */
  only?: ReadonlySet<string>;
  /**
   * Dyad functions only: the rows coverage is counted from (default: the
   * rows themselves). Pass the country-level rows when the series come from
   * sector-level or mixed rows, so that an event naming two sectors of one
   * country counts once in its country's coverage.
   */
  coverageRows?: readonly DyadDay[];
}

interface Own {
  conflict: number;
  total: number;
  conflictIds: string[];
  otherIds: string[];
}

type Counted = Pick<DyadDay, 'date' | 'counts' | 'eventIds'>;

function totalOf(r: Counted): number {
  return r.counts[0] + r.counts[1] + r.counts[2] + r.counts[3];
}

function addOwn(byDay: Map<string, Own>, r: Counted): void {
  let o = byDay.get(r.date);
  if (o === undefined) byDay.set(r.date, (o = { conflict: 0, total: 0, conflictIds: [], otherIds: [] }));
  const c = r.counts[2] + r.counts[3];
  o.conflict += c;
  o.total += totalOf(r);
  // The row's first c ids are its conflict events (see DyadDay.eventIds).
  o.conflictIds.push(...r.eventIds.slice(0, c));
  o.otherIds.push(...r.eventIds.slice(c));
}

/** The range to build series over, with its days spelled once (every series of a map walks them). */
interface DayRange {
  from: string;
  to: string;
  days: string[];
}

function rangeOf(rows: ReadonlyArray<{ date: string }>, range: SeriesRange): DayRange | null {
  let from = range.from?.slice(0, 10);
  let to = range.to?.slice(0, 10);
  if (from === undefined || to === undefined) {
    let lo: string | undefined;
    let hi: string | undefined;
    for (const r of rows) {
      if (lo === undefined || r.date < lo) lo = r.date;
      if (hi === undefined || r.date > hi) hi = r.date;
    }
    from ??= lo;
    to ??= hi;
  }
  if (from === undefined || to === undefined || from > to) return null;
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return { from, to, days };
}

function inRange(rows: readonly DyadDay[], r: { from: string; to: string }): DyadDay[] {
  return rows.filter((x) => x.date >= r.from && x.date <= r.to);
}

/**
 * Points of one series: every day of the range on which it has events or
 * `coverageOf(day, own)` is positive.
 */
function emit(
  own: Map<string, Own>,
  range: DayRange,
  coverageOf: (day: string, own: Own | undefined) => number,
): DailyPoint[] {
  const out: DailyPoint[] = [];
  for (const day of range.days) {
    const o = own.get(day);
    const coverage = Math.max(0, coverageOf(day, o));
    if (o === undefined && coverage === 0) continue;
    const ids = o === undefined ? [] : [...new Set([...o.conflictIds, ...o.otherIds])].slice(0, 50);
    out.push({ date: day, conflict: o?.conflict ?? 0, total: o?.total ?? 0, coverage, eventIds: ids });
  }
  return out;
}

/** Events per day per country/IGO (a row between two sectors of one country counts once), and per day overall. */
interface DayIndex {
  byBase: Map<string, Map<string, number>>;
  all: Map<string, number>;
}

function indexDays(rows: readonly DyadDay[]): DayIndex {
  const byBase = new Map<string, Map<string, number>>();
  const all = new Map<string, number>();
  for (const r of rows) {
    const n = totalOf(r);
    all.set(r.date, (all.get(r.date) ?? 0) + n);
    for (const b of new Set([baseOfKey(r.source), baseOfKey(r.target)])) {
      let m = byBase.get(r.date);
      if (m === undefined) byBase.set(r.date, (m = new Map()));
      m.set(b, (m.get(b) ?? 0) + n);
    }
  }
  return { byBase, all };
}

function dyadCoverage(index: DayIndex, a: string, b: string): (day: string, own: Own | undefined) => number {
  const ba = baseOfKey(a);
  const bb = baseOfKey(b);
  return (day, own) => {
    const m = index.byBase.get(day);
    const t = own?.total ?? 0;
    if (m === undefined) return 0;
    return ba === bb ? (m.get(ba) ?? 0) - t : (m.get(ba) ?? 0) + (m.get(bb) ?? 0) - 2 * t;
  };
}

/**
 * Daily series of every undirected dyad of actor keys in `rows` (key:
 * dyadKey) that has events in the range. conflict = quads 3+4 in both
 * directions; coverage = all events that day involving either side's
 * country/IGO (in `range.coverageRows` when given), minus the dyad's own
 * events. The rankings pass countryDyadDays rows (country-dyad-days.ts).
 */
export function dyadSeriesMap(rows: readonly DyadDay[], range: SeriesRange = {}): Map<string, DailyPoint[]> {
  const r = rangeOf(rows, range);
  const out = new Map<string, DailyPoint[]>();
  if (r === null) return out;
  const within = inRange(rows, r);
  const index = indexDays(range.coverageRows === undefined ? within : inRange(range.coverageRows, r));
  const own = new Map<string, { a: string; b: string; days: Map<string, Own> }>();
  for (const row of within) {
    const k = dyadKey(row.source, row.target);
    if (range.only !== undefined && !range.only.has(k)) continue;
    let o = own.get(k);
    if (o === undefined) own.set(k, (o = { a: row.source, b: row.target, days: new Map() }));
    addOwn(o.days, row);
  }
  for (const [k, o] of own) if (range.only?.has(k) ?? true) out.set(k, emit(o.days, r, dyadCoverage(index, o.a, o.b)));
  return out;
}

/**
 * Daily series of every country/IGO (key: "IRQ") with events in the range:
 * its events with anyone, both directions, internal pairs ("IRQ/GOV" →
 * "IRQ/REB") included once; coverage = all events of the day minus its own.
 */
export function countrySeriesMap(rows: readonly DyadDay[], range: SeriesRange = {}): Map<string, DailyPoint[]> {
  const r = rangeOf(rows, range);
  const out = new Map<string, DailyPoint[]>();
  if (r === null) return out;
  const within = inRange(rows, r);
  const index = indexDays(within);
  const own = new Map<string, Map<string, Own>>();
  for (const row of within) {
    for (const b of new Set([baseOfKey(row.source), baseOfKey(row.target)])) {
      if (range.only !== undefined && !range.only.has(b)) continue;
      let days = own.get(b);
      if (days === undefined) own.set(b, (days = new Map()));
      addOwn(days, row);
    }
  }
  for (const [k, days] of own) {
    if (range.only?.has(k) ?? true) out.set(k, emit(days, r, (day, o) => (index.all.get(day) ?? 0) - (o?.total ?? 0)));
  }
  return out;
}

/**
 * Daily series of one dyad, both directions. `a` and `b` are actor keys; a
 * key without a sector matches every sector of that country or IGO (on
 * sector-level rows, an event naming two sectors of one side then counts
 * twice: read country-level rows for bare keys, as seriesOfKey does).
 */
export function dyadSeries(rows: readonly DyadDay[], a: string, b: string, range: SeriesRange = {}): DailyPoint[] {
  const r = rangeOf(rows, range);
  if (r === null) return [];
  const within = inRange(rows, r);
  const index = indexDays(range.coverageRows === undefined ? within : inRange(range.coverageRows, r));
  const days = new Map<string, Own>();
  const m = (key: string, wanted: string): boolean => (wanted.includes('/') ? key === wanted : baseOfKey(key) === wanted);
  for (const row of within) {
    if ((m(row.source, a) && m(row.target, b)) || (m(row.source, b) && m(row.target, a))) addOwn(days, row);
  }
  return emit(days, r, dyadCoverage(index, a, b));
}

/** Daily series of one country or IGO (see countrySeriesMap). */
export function countrySeries(rows: readonly DyadDay[], country: string, range: SeriesRange = {}): DailyPoint[] {
  const r = rangeOf(rows, range);
  if (r === null) return [];
  const within = inRange(rows, r);
  const index = indexDays(within);
  const days = new Map<string, Own>();
  for (const row of within) if (baseOfKey(row.source) === country || baseOfKey(row.target) === country) addOwn(days, row);
  return emit(days, r, (day, o) => (index.all.get(day) ?? 0) - (o?.total ?? 0));
}

/**
 * Daily series of every place with events in the range; coverage = all
 * place events that day in the same country (all places when the country is
 * unknown), minus the place's own.
 */
export function placeSeriesMap(rows: readonly PlaceDay[], range: SeriesRange = {}): Map<string, DailyPoint[]> {
  const r = rangeOf(rows, range);
  const out = new Map<string, DailyPoint[]>();
  if (r === null) return out;
  const within = rows.filter((x) => x.date >= r.from && x.date <= r.to);
  // Events per day of each country's places (country → day → events), and of all places.
  const byCountry = new Map<string, Map<string, number>>();
  const all = new Map<string, number>();
  const own = new Map<string, { country: string | null; days: Map<string, Own> }>();
  for (const row of within) {
    const n = totalOf(row);
    all.set(row.date, (all.get(row.date) ?? 0) + n);
    if (row.country !== null) {
      let m = byCountry.get(row.country);
      if (m === undefined) byCountry.set(row.country, (m = new Map()));
      m.set(row.date, (m.get(row.date) ?? 0) + n);
    }
    if (range.only !== undefined && !range.only.has(row.place)) continue;
    let o = own.get(row.place);
    if (o === undefined) own.set(row.place, (o = { country: row.country, days: new Map() }));
    addOwn(o.days, row);
  }
  for (const [k, o] of own) {
    if (!(range.only?.has(k) ?? true)) continue;
    const around = o.country === null ? all : (byCountry.get(o.country) ?? new Map<string, number>());
    out.set(k, emit(o.days, r, (day, d) => (around.get(day) ?? 0) - (d?.total ?? 0)));
  }
  return out;
}

/**
 * The daily series of a country or dyad key as the hotspot ranking builds it
 * (for the backtest and the API's series): a country ("IRQ") and a pair of
 * bare keys ("IRN-IRQ", the domestic "SDN-SDN") from the country level; a
 * pair naming a sector ("SDN/GOV-SDN/REB", "IRQ/GOV-IRN") from the sector
 * level, with coverage counted on the country level.
 */
export function seriesOfKey(levels: DyadLevels, key: string, range: SeriesRange = {}): DailyPoint[] {
  const [a = '', b] = key.split('-');
  if (b === undefined) return countrySeries(levels.country, a, range);
  if (!a.includes('/') && !b.includes('/')) return dyadSeries(levels.country, a, b, range);
  return dyadSeries(levels.sector ?? [], a, b, { ...range, coverageRows: levels.country });
}
