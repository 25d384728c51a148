// Ranked hotspots: countries, dyads and places by escalation. Each entry is
// the detector's verdict on that series as of a date, with its reason and
// its top events.
import { addDays } from './calendar-day.js';
import { baseOfKey } from './actor-key.js';
import { countryDyadDays } from './country-dyad-days.js';
import { countrySeriesMap, dyadKey, dyadSeriesMap, placeSeriesMap, type SeriesRange } from './daily-series.js';
import { ESCALATION_DEFAULTS, makeFaultlineDetector } from './detect-escalation.js';
import { EPISODE_DEFAULTS, flaggedSince, type EpisodeOptions } from './flagged-since.js';
import type { DailyPoint, Detector, DyadDay, Hotspot, PlaceDay } from './types.js';

export interface HotspotInput {
  /** Country-level dyad days ("IRQ"→"IRN", domestic "SDN"→"SDN"): countries and pairs of countries. */
  dyadDays: readonly DyadDay[];
  /**
   * Sector-level dyad days: only their pairs within one country are read,
   * and listed as "SDN/GOV-SDN/REB". Without them, such pairs are listed
   * as the domestic dyad "SDN-SDN".
   */
  sectorDays?: readonly DyadDay[];
  placeDays?: readonly PlaceDay[];
}

export interface HotspotOptions {
  asOf: string;
  /** Recent span examined, in days (default 28). */
  windowDays?: number;
  /** Detector to rank with (default: Faultline's, with spanDays = windowDays). */
  detector?: Detector;
  /** Days of rows before the window the detector may read (default 240, Faultline's baseline). */
  historyDays?: number;
  /** Keep only flagged entries (default false: every entry with score > 0). */
  flaggedOnly?: boolean;
  /** At most this many entries (default: all). */
  limit?: number;
  /** Top event ids per entry (default 10). */
  topEvents?: number;
  /**
   * Give every flagged entry its `flaggedSince`, the first day of its
   * episode (flagged-since.ts): the rows must then reach lookbackDays
   * further back. Costs up to lookbackDays detector runs per flagged entry.
   */
  episodes?: EpisodeOptions;
}

/**
 * Runs the detector on every country, dyad and place series with conflict in
 * the window and ranks the results: flagged first, then by score (the
 * detector's statistic over its threshold), then by kind and key. Series
 * without conflict in the window cannot be escalating and are not listed.
 * Keys: countries "IRQ"; dyads "IRN-IRQ" (sorted country keys; pairs within
 * one country as sorted sector keys, "SDN/GOV-SDN/REB", see
 * countryDyadDays); places as in place-key.ts. Coverage of every dyad is
 * counted on the country level. Rows dated after asOf are never read.
 */
export function rankHotspots(input: HotspotInput, options: HotspotOptions): Hotspot[] {
  const asOf = options.asOf.slice(0, 10);
  const windowDays = options.windowDays ?? ESCALATION_DEFAULTS.spanDays;
  const detector = options.detector ?? makeFaultlineDetector({ spanDays: windowDays });
  const history = options.historyDays ?? ESCALATION_DEFAULTS.baselineDays;
  const spanFrom = addDays(asOf, -windowDays + 1);
  const range = { from: addDays(spanFrom, -history), to: asOf };
  const topEvents = options.topEvents ?? 10;

  const dyadRows = countryDyadDays(input.dyadDays, input.sectorDays);
  const conflictInSpan = (r: DyadDay): boolean => r.date >= spanFrom && r.date <= asOf && r.counts[2] + r.counts[3] > 0;
  const dyads = new Set<string>();
  const countries = new Set<string>();
  for (const r of input.dyadDays) {
    if (!conflictInSpan(r)) continue;
    countries.add(baseOfKey(r.source));
    countries.add(baseOfKey(r.target));
  }
  for (const r of dyadRows) if (conflictInSpan(r)) dyads.add(dyadKey(r.source, r.target));
  const places = new Set<string>();
  for (const r of input.placeDays ?? []) {
    if (r.date >= spanFrom && r.date <= asOf && r.counts[2] + r.counts[3] > 0) places.add(r.place);
  }

  const seriesOf = (kind: Hotspot['kind'], r: SeriesRange): Map<string, DailyPoint[]> =>
    kind === 'country'
      ? countrySeriesMap(input.dyadDays, r)
      : kind === 'dyad'
        ? dyadSeriesMap(dyadRows, { ...r, coverageRows: input.dyadDays })
        : placeSeriesMap(input.placeDays ?? [], r);

  const out: Hotspot[] = [];
  const judge = (kind: Hotspot['kind'], series: Map<string, DailyPoint[]>): void => {
    for (const [key, points] of series) {
      const d = detector.detect(points, asOf);
      if (d.score <= 0 || (options.flaggedOnly === true && !d.flagged)) continue;
      out.push({
        kind,
        key,
        score: d.score,
        onset: d.onset,
        reason: d.reason,
        events: d.events.slice(0, topEvents),
        flagged: d.flagged,
        magnitude: d.magnitude,
        confidence: d.confidence,
        sparse: d.sparse,
      });
    }
  };
  if (countries.size > 0) judge('country', seriesOf('country', { ...range, only: countries }));
  if (dyads.size > 0) judge('dyad', seriesOf('dyad', { ...range, only: dyads }));
  if (places.size > 0) judge('place', seriesOf('place', { ...range, only: places }));

  const kindOrder = { country: 0, dyad: 1, place: 2 } as const;
  out.sort(
    (a, b) =>
      Number(b.flagged) - Number(a.flagged) ||
      b.score - a.score ||
      kindOrder[a.kind] - kindOrder[b.kind] ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const ranked = options.limit !== undefined ? out.slice(0, options.limit) : out;
  if (options.episodes !== undefined) {
    // The replay reaches lookbackDays further back: rebuild the flagged series over the longer range.
    const lookback = { ...range, from: addDays(range.from, -(options.episodes.lookbackDays ?? EPISODE_DEFAULTS.lookbackDays)) };
    for (const kind of ['country', 'dyad', 'place'] as const) {
      const flagged = ranked.filter((h) => h.kind === kind && h.flagged);
      if (flagged.length === 0) continue;
      const series = seriesOf(kind, { ...lookback, only: new Set(flagged.map((h) => h.key)) });
      for (const h of flagged) h.flaggedSince = flaggedSince(detector, series.get(h.key) ?? [], asOf, options.episodes);
    }
  }

  return ranked;
}
