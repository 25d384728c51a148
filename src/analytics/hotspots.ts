// Ranked hotspots: countries, dyads and places by escalation. Each entry is
// the detector's verdict on that series as of a date, with its reason and
// its top events.
import { addDays } from './calendar-day.js';
import { baseOfKey } from './actor-key.js';
import { countrySeriesMap, dyadKey, dyadSeriesMap, placeSeriesMap } from './daily-series.js';
import { ESCALATION_DEFAULTS, makeFaultlineDetector } from './detect-escalation.js';
import type { DailyPoint, Detector, DyadDay, Hotspot, PlaceDay } from './types.js';

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
}

/**
 * Runs the detector on every country, dyad and place series with conflict in
 * the window and ranks the results: flagged first, then by score (the
 * detector's statistic over its threshold), then by kind and key. Series
 * without conflict in the window cannot be escalating and are not listed.
 * Dyad keys are sorted actor keys ("IRN-IRQ"); place keys as in place-key.ts.
 * Rows dated after asOf are never read.
 */
export function rankHotspots(
  input: { dyadDays: readonly DyadDay[]; placeDays?: readonly PlaceDay[] },
  options: HotspotOptions,
): Hotspot[] {
  const asOf = options.asOf.slice(0, 10);
  const windowDays = options.windowDays ?? ESCALATION_DEFAULTS.spanDays;
  const detector = options.detector ?? makeFaultlineDetector({ spanDays: windowDays });
  const history = options.historyDays ?? ESCALATION_DEFAULTS.baselineDays;
  const spanFrom = addDays(asOf, -windowDays + 1);
  const range = { from: addDays(spanFrom, -history), to: asOf };
  const topEvents = options.topEvents ?? 10;

  const dyads = new Set<string>();
  const countries = new Set<string>();
  for (const r of input.dyadDays) {
    if (r.date < spanFrom || r.date > asOf || r.counts[2] + r.counts[3] === 0) continue;
    dyads.add(dyadKey(r.source, r.target));
    countries.add(baseOfKey(r.source));
    countries.add(baseOfKey(r.target));
  }
  const places = new Set<string>();
  for (const r of input.placeDays ?? []) {
    if (r.date >= spanFrom && r.date <= asOf && r.counts[2] + r.counts[3] > 0) places.add(r.place);
  }

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
  if (countries.size > 0) judge('country', countrySeriesMap(input.dyadDays, { ...range, only: countries }));
  if (dyads.size > 0) judge('dyad', dyadSeriesMap(input.dyadDays, { ...range, only: dyads }));
  if (places.size > 0 && input.placeDays !== undefined) judge('place', placeSeriesMap(input.placeDays, { ...range, only: places }));

  const kindOrder = { country: 0, dyad: 1, place: 2 } as const;
  out.sort(
    (a, b) =>
      Number(b.flagged) - Number(a.flagged) ||
      b.score - a.score ||
      kindOrder[a.kind] - kindOrder[b.kind] ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return options.limit !== undefined ? out.slice(0, options.limit) : out;
}
