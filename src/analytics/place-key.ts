// Place keys and daily place aggregates, for place hotspots.
//
// A place is keyed by its first-level division when the event's place names
// one ("IRQ/Basra"), else by the 1° latitude/longitude cell that holds it
// ("cell:30,47" = floor(lat), floor(lon); about 110 km across at the equator).
// Places known only to the country level have no key: the country hotspot
// covers them.
import type { Event, Place } from '../records.js';
import type { PlaceDay } from './types.js';

const ID_CAP = 50;

/** The key of a place, or null when it is known only to the country. */
export function placeKey(place: Place): string | null {
  if (place.precision === 'country') return null;
  if (place.admin1 !== null && place.admin1 !== '') return `${place.country ?? '???'}/${place.admin1}`;
  if (place.lat !== null && place.lon !== null && Number.isFinite(place.lat) && Number.isFinite(place.lon)) {
    return `cell:${Math.floor(place.lat)},${Math.floor(place.lon)}`;
  }
  return null;
}

/**
 * Daily aggregates per place key (events without a date or a keyed place
 * are skipped), sorted by date and place. Documents and ids as in
 * aggregateEvents.
 */
export function aggregatePlaces(events: readonly Event[]): PlaceDay[] {
  const rows = new Map<string, { row: PlaceDay; docs: Set<string>; conflict: string[]; other: string[] }>();
  for (const ev of events) {
    if (ev.date === null || ev.location === null) continue;
    const place = placeKey(ev.location);
    if (place === null) continue;
    const date = ev.date.slice(0, 10);
    const k = `${date}\u0000${place}`;
    let b = rows.get(k);
    if (b === undefined) {
      b = {
        row: { date, place, country: ev.location.country, counts: [0, 0, 0, 0], goldsteinSum: 0, documents: 0, eventIds: [] },
        docs: new Set(),
        conflict: [],
        other: [],
      };
      rows.set(k, b);
    }
    b.row.counts[ev.quad - 1] = (b.row.counts[ev.quad - 1] ?? 0) + 1;
    b.row.goldsteinSum += ev.goldstein;
    b.docs.add(ev.docId ?? `event:${ev.id}`);
    (ev.quad >= 3 ? b.conflict : b.other).push(ev.id);
  }
  const out: PlaceDay[] = [];
  for (const b of rows.values()) {
    b.row.documents = b.docs.size;
    b.row.eventIds = [...new Set([...b.conflict, ...b.other])].slice(0, ID_CAP);
    out.push(b.row);
  }
  return out.sort(compare);
}

function compare(a: PlaceDay, b: PlaceDay): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.place < b.place ? -1 : a.place > b.place ? 1 : 0;
}

/** Adds `b` to `a` as mergeDyadDays does (incremental updates; documents add up). */
export function mergePlaceDays(a: readonly PlaceDay[], b: readonly PlaceDay[]): PlaceDay[] {
  const rows = new Map<string, PlaceDay>();
  for (const list of [a, b]) {
    for (const r of list) {
      const k = `${r.date}\u0000${r.place}`;
      const have = rows.get(k);
      if (have === undefined) {
        rows.set(k, { ...r, counts: [...r.counts], eventIds: r.eventIds.slice(0, ID_CAP) });
        continue;
      }
      const hc = have.counts[2] + have.counts[3];
      const rc = r.counts[2] + r.counts[3];
      have.counts = [have.counts[0] + r.counts[0], have.counts[1] + r.counts[1], have.counts[2] + r.counts[2], have.counts[3] + r.counts[3]];
      have.goldsteinSum += r.goldsteinSum;
      have.documents += r.documents;
      have.country ??= r.country;
      const ordered = [...have.eventIds.slice(0, hc), ...r.eventIds.slice(0, rc), ...have.eventIds.slice(hc), ...r.eventIds.slice(rc)];
      have.eventIds = [...new Set(ordered)].slice(0, ID_CAP);
    }
  }
  return [...rows.values()].sort(compare);
}
