// From DyadDay rows to the daily series the escalation detectors read.
import type { DailyPoint, DyadDay, PlaceDay } from './types.js';

/** "IRN-IRQ": the undirected key of a dyad (actor keys sorted, joined by "-"). */
export function dyadKey(a: string, b: string): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/**
 * Daily series of every undirected dyad in `rows` (key: dyadKey). conflict =
 * quads 3+4 in both directions; coverage = all events that day involving
 * either side's country/IGO, minus the dyad's own events.
 */
export function dyadSeriesMap(rows: readonly DyadDay[]): Map<string, DailyPoint[]> {
  void rows;
  throw new Error('dyadSeriesMap: not implemented yet');
}

/**
 * Daily series of every country/IGO (key: base key, "IRQ"): its events with
 * anyone, both directions, internal pairs ("IRQ/GOV"→"IRQ/REB") included;
 * coverage = all events of the day minus the country's own.
 */
export function countrySeriesMap(rows: readonly DyadDay[]): Map<string, DailyPoint[]> {
  void rows;
  throw new Error('countrySeriesMap: not implemented yet');
}

/** Daily series of one dyad (see dyadSeriesMap); `a`, `b` as in dyadTension. */
export function dyadSeries(rows: readonly DyadDay[], a: string, b: string): DailyPoint[] {
  void rows; void a; void b;
  throw new Error('dyadSeries: not implemented yet');
}

/** Daily series of one country (see countrySeriesMap). */
export function countrySeries(rows: readonly DyadDay[], country: string): DailyPoint[] {
  void rows; void country;
  throw new Error('countrySeries: not implemented yet');
}

/** Daily series of every place; coverage = all place events that day in the same country, minus the place's own. */
export function placeSeriesMap(rows: readonly PlaceDay[]): Map<string, DailyPoint[]> {
  void rows;
  throw new Error('placeSeriesMap: not implemented yet');
}
