// One GDELT 2.0 event row ↔ one Faultline Event (plus the mention that keeps
// its GDELT id, source URL and the columns an Event cannot hold). Pure.
//
// Reading: the columns an Event has room for become the Event (CAMEO code as
// text, FIPS geography as ISO, the actor codes in Actor.entry as
// "gdelt:<code>"); GLOBALEVENTID, SOURCEURL and DATEADDED go to the mention;
// every other column whose value differs from what writing the Event back
// would give is kept in mention.fields. Writing: the columns are derived from
// the Event and its mentions, then mention.fields override them. So
// write(read(row)) === row for every row read, and a file written by Faultline
// reads back into events that write the same file.
//
// What an Event cannot express: GDELT has one actor per side (compound actors
// are written as their first member) and separate actor geography (written
// empty unless kept in fields).

import type { CameoTable } from '../codes/cameo-table.js';
import type { Actor, Event, Place } from '../records.js';
import type { EventMention } from '../store/store.js';
import { cameoTypeOfSector, sectorOfCameoType } from './cameo-sector.js';
import type { FipsTable } from './fips-table.js';
import { GDELT_COLUMNS, GDELT_INDEX, type GdeltColumn } from './gdelt-columns.js';

export interface GdeltContext {
  cameo: CameoTable;
  fips: FipsTable;
}

export type GdeltRowResult = { ok: true; event: Event; mention: EventMention } | { ok: false; reason: string };

/** Prefix of the ids of events read from GDELT, and of their evidence rule. */
export const GDELT_ORIGIN = 'gdelt';

/** Confidence given to GDELT events, which carry none (machine-coded, unchecked). */
export const GDELT_CONFIDENCE = 0.5;

/** Reads one row (already split on TAB). */
export function parseGdeltRow(cells: readonly string[], ctx: GdeltContext): GdeltRowResult {
  if (cells.length !== GDELT_COLUMNS.length) {
    return { ok: false, reason: `expected ${GDELT_COLUMNS.length} tab-separated columns, found ${cells.length}` };
  }
  const get = (c: GdeltColumn): string => cells[GDELT_INDEX[c]] ?? '';
  const id = get('GLOBALEVENTID');
  if (!/^\d+$/.test(id)) return { ok: false, reason: `GLOBALEVENTID is not a number: ${JSON.stringify(id)}` };
  const date = dateOfSqlDate(get('SQLDATE'));
  if (date === null) return { ok: false, reason: `SQLDATE is not a date (YYYYMMDD): ${JSON.stringify(get('SQLDATE'))}` };
  const cameo = get('EventCode');
  if (!/^\d{2,4}$/.test(cameo)) return { ok: false, reason: `EventCode is not a CAMEO code: ${JSON.stringify(cameo)}` };
  const code = ctx.cameo.get(cameo) ?? ctx.cameo.get(cameo.slice(0, 3)) ?? ctx.cameo.get(cameo.slice(0, 2));
  if (code === undefined) return { ok: false, reason: `unknown CAMEO event code ${cameo}` };
  const quad = Number(get('QuadClass'));
  if (quad !== 1 && quad !== 2 && quad !== 3 && quad !== 4) return { ok: false, reason: `QuadClass is not 1-4: ${JSON.stringify(get('QuadClass'))}` };
  const goldstein = parseNumber(get('GoldsteinScale'));
  if (goldstein === null || goldstein < -10 || goldstein > 10) {
    return { ok: false, reason: `GoldsteinScale is not a number in -10…10: ${JSON.stringify(get('GoldsteinScale'))}` };
  }

  const source = actorOf(get('Actor1Code'), get('Actor1Name'), get('Actor1CountryCode'), get('Actor1KnownGroupCode'), get('Actor1Type1Code'), ctx);
  const target = actorOf(get('Actor2Code'), get('Actor2Name'), get('Actor2CountryCode'), get('Actor2KnownGroupCode'), get('Actor2Type1Code'), ctx);
  const event: Event = {
    id: `${GDELT_ORIGIN}-${id}`,
    docId: null,
    sentence: 0,
    date,
    source: source === null ? [] : [source],
    target: target === null ? [] : [target],
    cameo,
    plover: code.plover,
    mode: code.mode,
    context: code.context,
    quad,
    goldstein,
    speaker: null,
    location: placeOf('ActionGeo', get, ctx),
    evidence: {
      text: '',
      spans: { source: [], verb: { start: 0, end: 0 }, target: [], location: null },
      rule: `${GDELT_ORIGIN}:${id}`,
    },
    confidence: GDELT_CONFIDENCE,
  };
  const url = get('SOURCEURL');
  const mention: EventMention = {
    eventId: event.id,
    origin: GDELT_ORIGIN,
    docId: null,
    externalId: id,
    source: hostOf(url),
    url: url === '' ? null : url,
    publishedAt: isoOfDateAdded(get('DATEADDED')),
    fields: null,
  };
  // Whatever writing the event back would not reproduce is kept as is.
  const derived = gdeltCells(event, [mention], ctx);
  const fields: Record<string, string> = {};
  GDELT_COLUMNS.forEach((c, i) => {
    const raw = cells[i] ?? '';
    if (derived[i] !== raw) fields[c] = raw;
  });
  return { ok: true, event, mention: { ...mention, fields: Object.keys(fields).length > 0 ? fields : null } };
}

/**
 * The 61 cells of an event. `mentions` are the event's reports (its GDELT
 * mention, when it was read from GDELT, gives the id, URL and kept columns).
 */
export function gdeltCells(event: Event, mentions: readonly EventMention[], ctx: GdeltContext): string[] {
  const gdelt = mentions.find((m) => m.origin === GDELT_ORIGIN);
  const cells = new Array<string>(GDELT_COLUMNS.length).fill('');
  const set = (c: GdeltColumn, v: string): void => {
    cells[GDELT_INDEX[c]] = v;
  };
  set('GLOBALEVENTID', gdeltId(event.id, mentions));
  let sqlDate = '';
  if (event.date !== null) {
    const [y = '', m = '', d = ''] = event.date.split('-');
    sqlDate = `${y}${m}${d}`;
    set('SQLDATE', sqlDate);
    set('MonthYear', `${y}${m}`);
    set('Year', y);
    // GDELT's own formula: year + ((month − 1) × 30 + day) / 365, four decimals.
    set('FractionDate', (Number(y) + ((Number(m) - 1) * 30 + Number(d)) / 365).toFixed(4));
  }
  writeActor(set, 'Actor1', event.source[0]);
  writeActor(set, 'Actor2', event.target[0]);
  set('IsRootEvent', event.sentence === 0 ? '1' : '0');
  set('EventCode', event.cameo);
  set('EventBaseCode', event.cameo.slice(0, 3));
  set('EventRootCode', event.cameo.slice(0, 2));
  set('QuadClass', String(event.quad));
  set('GoldsteinScale', Number.isInteger(event.goldstein) ? event.goldstein.toFixed(1) : String(event.goldstein));
  const reports = String(Math.max(1, mentions.length));
  const sources = new Set(mentions.map((m) => m.source ?? m.url ?? m.docId ?? '')).size;
  set('NumMentions', reports);
  set('NumSources', String(Math.max(1, sources)));
  set('NumArticles', reports);
  set('AvgTone', '0');
  set('Actor1Geo_Type', '0');
  set('Actor2Geo_Type', '0');
  writePlace(set, event.location, ctx);
  const first = mentions.find((m) => m.url !== null);
  const added = mentions.find((m) => m.publishedAt !== null)?.publishedAt ?? null;
  set('DATEADDED', added !== null ? dateAddedOfIso(added) : event.date !== null ? `${sqlDate}000000` : '');
  set('SOURCEURL', first?.url ?? '');
  if (gdelt?.fields != null) {
    for (const [column, value] of Object.entries(gdelt.fields)) {
      const i = (GDELT_INDEX as Readonly<Record<string, number>>)[column];
      if (i !== undefined) cells[i] = value;
    }
  }
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i] ?? '';
    if (/[\t\r\n]/.test(v)) cells[i] = v.replace(/[\t\r\n]+/g, ' ');
  }
  return cells;
}

/** One line of a GDELT export file (without its newline). */
export function formatGdeltLine(cells: readonly string[]): string {
  return cells.join('\t');
}

function actorOf(code: string, name: string, country: string, group: string, type: string, ctx: GdeltContext): Actor | null {
  if (code === '' && name === '') return null;
  return {
    text: name,
    name: name !== '' ? name : code,
    country: ctx.fips.isoCodes.has(country) ? country : null,
    igo: group !== '' ? group : null,
    sector: sectorOfCameoType(type),
    entry: `${GDELT_ORIGIN}:${code}`,
  };
}

type SetCell = (c: GdeltColumn, v: string) => void;

function writeActor(set: SetCell, side: 'Actor1' | 'Actor2', actor: Actor | undefined): void {
  if (actor === undefined) return;
  const type = cameoTypeOfSector(actor.sector);
  const fromGdelt = actor.entry.startsWith(`${GDELT_ORIGIN}:`);
  set(`${side}Code`, fromGdelt ? actor.entry.slice(GDELT_ORIGIN.length + 1) : `${actor.country ?? actor.igo ?? ''}${type}`);
  set(`${side}Name`, actor.name.toUpperCase());
  set(`${side}CountryCode`, actor.country ?? '');
  set(`${side}KnownGroupCode`, actor.igo ?? '');
  set(`${side}Type1Code`, type);
}

/** GDELT geography types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state. */
function placeOf(prefix: 'ActionGeo', get: (c: GdeltColumn) => string, ctx: GdeltContext): Place | null {
  const type = get(`${prefix}_Type`);
  if (type === '' || type === '0') return null;
  const fullName = get(`${prefix}_FullName`);
  const parts = fullName.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const name = parts[0] ?? fullName;
  if (name === '') return null;
  const lat = parseNumber(get(`${prefix}_Lat`));
  const lon = parseNumber(get(`${prefix}_Long`));
  const division = type === '2' || type === '5';
  return {
    name,
    country: ctx.fips.toIso(get(`${prefix}_CountryCode`)),
    admin1: type === '1' ? null : division ? name : (parts[1] ?? null),
    lat: lat !== null && Math.abs(lat) <= 90 ? lat : null,
    lon: lon !== null && Math.abs(lon) <= 180 ? lon : null,
    geonamesId: null,
    precision: type === '1' ? 'country' : division ? 'division' : 'exact',
  };
}

function writePlace(set: SetCell, place: Place | null, ctx: GdeltContext): void {
  if (place === null) {
    set('ActionGeo_Type', '0');
    return;
  }
  const us = place.country === 'USA';
  set('ActionGeo_Type', place.precision === 'country' ? '1' : place.precision === 'division' ? (us ? '2' : '5') : us ? '3' : '4');
  set('ActionGeo_FullName', place.precision === 'exact' && place.admin1 !== null ? `${place.name}, ${place.admin1}` : place.name);
  set('ActionGeo_CountryCode', place.country === null ? '' : (ctx.fips.toFips(place.country) ?? ''));
  set('ActionGeo_Lat', place.lat === null ? '' : String(place.lat));
  set('ActionGeo_Long', place.lon === null ? '' : String(place.lon));
  set('ActionGeo_FeatureID', place.geonamesId === null ? '' : String(place.geonamesId));
}

function parseNumber(s: string): number | null {
  if (s.trim() === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function dateOfSqlDate(s: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m === null) return null;
  const [, y = '', mo = '', d = ''] = m;
  const iso = `${y}-${mo}-${d}`;
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== iso ? null : iso;
}

/** DATEADDED (YYYYMMDDHHMMSS, UTC) as an ISO date-time, or null. */
function isoOfDateAdded(s: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(s);
  if (m === null) return null;
  const [, y, mo, d, h, mi, se] = m;
  return `${y}-${mo}-${d}T${h}:${mi}:${se}Z`;
}

function dateAddedOfIso(iso: string): string {
  const digits = iso.replace(/[^0-9]/g, '');
  return digits.length >= 14 ? digits.slice(0, 14) : digits.padEnd(14, '0');
}

function hostOf(url: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url);
  return m?.[1]?.toLowerCase().replace(/^www\./, '') ?? null;
}

/** The GLOBALEVENTID an event is written with: its GDELT id when it came from GDELT, else numericId. */
export function gdeltId(eventId: string, mentions: readonly EventMention[]): string {
  return mentions.find((m) => m.origin === GDELT_ORIGIN)?.externalId ?? numericId(eventId);
}

/** A stable GDELT-style numeric id for an event Faultline coded itself (52 bits of FNV-1a hashes). */
export function numericId(id: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return String(h1 * 2 ** 20 + (h2 >>> 12));
}
