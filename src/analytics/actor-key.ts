// Actor keys and daily dyad aggregates.
//
// An actor key names a country (ISO3) or an IGO, optionally with a PLOVER
// sector: "IRQ", "IRQ/GOV", "UNO". Events become DyadDay rows: one per date
// and ordered (source key, target key) pair, over the cross product of the
// event's source and target actors. Compound actors are normal: "Iraq and
// Iran condemned Israel" gives IRQ→ISR and IRN→ISR. Each key counts once per
// event and side, so "Iraqi troops and police attacked Iranian militias"
// gives one IRQ→IRN row at country level (and IRQ/MIL→IRN/REB and
// IRQ/COP→IRN/REB at sector level).
//
// Pairs within one country: at sector level they are ordinary pairs
// ("IRQ/GOV"→"IRQ/REB"); at country level they become the domestic row
// "IRQ"→"IRQ", once per event however many sectors of Iraq it names, so
// that a country's own conflicts count for it without being counted twice.
// Identical keys on both sides at sector level ("IRQ/GOV"→"IRQ/GOV") give
// no row: such an event counts only through its country-level domestic row.

import type { Actor, Event } from '../records.js';
import type { DyadDay } from './types.js';

/** How many event ids a DyadDay keeps (for explanations). */
export const EVENT_ID_CAP = 50;

/**
 * The key of an actor: its country, else its IGO, optionally followed by
 * "/SECTOR" when `withSector` and the sector is known. Null when the actor
 * has neither a country nor an IGO (it cannot be placed in a dyad).
 */
export function actorKey(actor: Actor, withSector: boolean): string | null {
  const base = actor.country ?? actor.igo;
  if (base === null || base === '') return null;
  return withSector && actor.sector !== null ? `${base}/${actor.sector}` : base;
}

/** The country or IGO part of an actor key ("IRQ/GOV" → "IRQ"). */
export function baseOfKey(key: string): string {
  const slash = key.indexOf('/');
  return slash === -1 ? key : key.slice(0, slash);
}

function distinctKeys(actors: readonly Actor[], withSector: boolean): string[] {
  const keys = new Set<string>();
  for (const a of actors) {
    const k = actorKey(a, withSector);
    if (k !== null) keys.add(k);
  }
  return [...keys];
}

/** Quads 3 and 4 (conflict) rank first, material before verbal, when ids are capped. */
function idPriority(quad: number): number {
  return quad === 4 ? 0 : quad === 3 ? 1 : quad === 2 ? 2 : 3;
}

interface Building {
  row: DyadDay;
  docs: Set<string>;
  ids: Array<{ id: string; quad: number }>;
}

/**
 * Daily aggregates of events per ordered pair of actor keys. Events without a
 * date or without a target actor are skipped. With sectors, self-pairs (same
 * key on both sides) are skipped; without, a pair within one country is the
 * domestic row ("IRQ"→"IRQ"), one per event. Per row: event counts per quad, Goldstein sum, distinct
 * documents (an event with no docId counts as a document of its own, keyed by
 * its id) and up to EVENT_ID_CAP event ids, conflict events first. Rows come
 * out sorted by date, source, target.
 */
export function aggregateEvents(events: readonly Event[], opts: { withSector: boolean }): DyadDay[] {
  const rows = new Map<string, Building>();
  for (const ev of events) {
    if (ev.date === null || ev.target.length === 0) continue;
    const date = ev.date.slice(0, 10);
    const sources = distinctKeys(ev.source, opts.withSector);
    const targets = distinctKeys(ev.target, opts.withSector);
    const doc = ev.docId ?? `event:${ev.id}`;
    for (const s of sources) {
      for (const t of targets) {
        if (s === t && opts.withSector) continue;
        const k = `${date}\u0000${s}\u0000${t}`;
        let b = rows.get(k);
        if (b === undefined) {
          b = {
            row: { date, source: s, target: t, counts: [0, 0, 0, 0], goldsteinSum: 0, documents: 0, eventIds: [] },
            docs: new Set(),
            ids: [],
          };
          rows.set(k, b);
        }
        b.row.counts[ev.quad - 1] = (b.row.counts[ev.quad - 1] ?? 0) + 1;
        b.row.goldsteinSum += ev.goldstein;
        b.docs.add(doc);
        b.ids.push({ id: ev.id, quad: ev.quad });
      }
    }
  }
  const out: DyadDay[] = [];
  for (const b of rows.values()) {
    b.row.documents = b.docs.size;
    b.row.eventIds = capIds(b.ids);
    out.push(b.row);
  }
  return out.sort(compareRows);
}

function capIds(ids: Array<{ id: string; quad: number }>): string[] {
  const seen = new Set<string>();
  const uniq = ids.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
  // Stable sort keeps arrival order within a priority class.
  uniq.sort((a, b) => idPriority(a.quad) - idPriority(b.quad));
  return uniq.slice(0, EVENT_ID_CAP).map((x) => x.id);
}

function compareRows(a: DyadDay, b: DyadDay): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0;
}

/**
 * Adds the rows of `b` to those of `a` (same date, source and target add up;
 * others are kept), for incremental updates: `a` is what the store holds,
 * `b` the aggregates of one newly stored document. Documents add up, which is
 * exact when `b` comes from documents not already counted in `a` (a document
 * is stored once: its id is the hash of its text). Event ids are concatenated
 * (without duplicates), conflict events of both first, and capped at
 * EVENT_ID_CAP.
 * Returns new rows sorted like aggregateEvents; inputs are not modified.
 */
export function mergeDyadDays(a: readonly DyadDay[], b: readonly DyadDay[]): DyadDay[] {
  const rows = new Map<string, DyadDay>();
  for (const list of [a, b]) {
    for (const r of list) {
      const k = `${r.date}\u0000${r.source}\u0000${r.target}`;
      const have = rows.get(k);
      if (have === undefined) {
        rows.set(k, { ...r, counts: [...r.counts], eventIds: r.eventIds.slice(0, EVENT_ID_CAP) });
        continue;
      }
      const haveConflict = have.counts[2] + have.counts[3];
      const rConflict = r.counts[2] + r.counts[3];
      have.counts = [
        have.counts[0] + r.counts[0],
        have.counts[1] + r.counts[1],
        have.counts[2] + r.counts[2],
        have.counts[3] + r.counts[3],
      ];
      have.goldsteinSum += r.goldsteinSum;
      have.documents += r.documents;
      // Keep conflict ids first: each side's first (conflict count) ids are its conflict events.
      const ordered = [
        ...have.eventIds.slice(0, haveConflict),
        ...r.eventIds.slice(0, rConflict),
        ...have.eventIds.slice(haveConflict),
        ...r.eventIds.slice(rConflict),
      ];
      have.eventIds = [...new Set(ordered)].slice(0, EVENT_ID_CAP);
    }
  }
  return [...rows.values()].sort(compareRows);
}
