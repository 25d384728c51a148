// One ACLED row (current or 2016 column layout, read by column name) → one
// Faultline Event and the mention that keeps its ACLED id and source. The
// event and sub-event types map to CAMEO through data/formats/acled-types.tsv,
// and from CAMEO to PLOVER, Goldstein and quad through data/cameo. Pure.

import type { CameoTable } from '../codes/cameo-table.js';
import type { Actor, Event, Place, Sector } from '../records.js';
import type { EventMention } from '../store/store.js';
import { tsvRows } from './tsv-rows.js';

export const ACLED_ORIGIN = 'acled';
/** ACLED is coded by people from reports: high, not full, confidence. */
export const ACLED_CONFIDENCE = 0.9;

/** (event type, sub-event type) → CAMEO code, or null for types Faultline does not code. */
export interface AcledTypeTable {
  cameoOf(eventType: string, subEventType: string): string | null | undefined;
}

export interface AcledContext {
  cameo: CameoTable;
  types: AcledTypeTable;
  /** Country name (lower case) → ISO alpha-3. */
  countryOf(name: string): string | null;
}

export type AcledRowResult = { ok: true; event: Event; mention: EventMention } | { ok: false; reason: string };

export function parseAcledTypes(text: string, file = 'formats/acled-types.tsv'): AcledTypeTable {
  const table = new Map<string, string | null>();
  const problems: string[] = [];
  for (const { line, cells } of tsvRows(text)) {
    const [type = '', sub = '', cameo = ''] = cells;
    if (type === '' || (cameo !== '-' && !/^\d{2,4}$/.test(cameo))) {
      problems.push(`${file}:${line}: expected "event_type<TAB>sub_event_type<TAB>CAMEO code or -"`);
      continue;
    }
    table.set(typeKey(type, sub), cameo === '-' ? null : cameo);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return { cameoOf: (type, sub) => table.get(typeKey(type, sub)) };
}

function typeKey(type: string, sub: string): string {
  return `${type.trim().toLowerCase()}|${sub.trim().toLowerCase()}`;
}

/** Reads one row, given as column name → cell. */
export function parseAcledRow(row: Readonly<Record<string, string>>, ctx: AcledContext): AcledRowResult {
  const get = (c: string): string => (row[c] ?? '').trim();
  const id = get('event_id_cnty') || get('data_id') || get('event_id');
  if (id === '') return { ok: false, reason: 'no event id (event_id_cnty or data_id)' };
  const date = acledDate(get('event_date'));
  if (date === null) return { ok: false, reason: `event_date is not a date: ${JSON.stringify(get('event_date'))}` };
  const eventType = get('event_type');
  const subType = get('sub_event_type');
  const inter1 = get('inter1');
  let cameo = ctx.types.cameoOf(eventType, subType);
  if (cameo === undefined && subType !== '') cameo = ctx.types.cameoOf(eventType, '');
  if (cameo === undefined) return { ok: false, reason: `unknown ACLED event type ${JSON.stringify(subType === '' ? eventType : `${eventType} / ${subType}`)}` };
  if (cameo === null) return { ok: false, reason: `ACLED ${JSON.stringify(subType === '' ? eventType : subType)} is not an event between actors (see data/formats/README.md)` };
  // The 2016 layout joins riots and protests in one type: rioters (inter1 = 5) riot.
  if (subType === '' && cameo === '141' && interCode(inter1) === 5) cameo = '145';
  const code = ctx.cameo.get(cameo);
  if (code === undefined) return { ok: false, reason: `data/formats/acled-types.tsv names CAMEO ${cameo}, which data/cameo does not have` };

  const country = ctx.countryOf(get('country'));
  const source = actorsOf([get('actor1'), ...split(get('assoc_actor_1') || get('ally_actor_1'))], interCode(inter1), country, ctx);
  const target = actorsOf([get('actor2'), ...split(get('assoc_actor_2') || get('ally_actor_2'))], interCode(get('inter2')), country, ctx);
  const event: Event = {
    id: `${ACLED_ORIGIN}-${id}`,
    docId: null,
    sentence: 0,
    date,
    source,
    target,
    cameo,
    plover: code.plover,
    mode: code.mode,
    context: code.context,
    quad: code.quad,
    goldstein: code.goldstein,
    speaker: null,
    location: placeOf(get, country),
    evidence: {
      text: get('notes'),
      spans: { source: [], verb: { start: 0, end: 0 }, target: [], location: null },
      rule: `${ACLED_ORIGIN}:${id}`,
    },
    confidence: ACLED_CONFIDENCE,
  };
  const fields: Record<string, string> = {};
  for (const c of ['event_type', 'sub_event_type', 'fatalities', 'interaction', 'disorder_type', 'civilian_targeting']) {
    if (get(c) !== '') fields[c] = get(c);
  }
  const mention: EventMention = {
    eventId: event.id,
    origin: ACLED_ORIGIN,
    docId: null,
    externalId: id,
    source: get('source') || null,
    url: null,
    publishedAt: null,
    fields,
  };
  return { ok: true, event, mention };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** ACLED dates: 2016-07-02, 02 July 2016, 02/07/2016 (day first). */
export function acledDate(s: string): string | null {
  let y: number, m: number, d: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s)) !== null) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(s)) !== null) {
    const month = MONTHS.findIndex((name) => name.startsWith((match?.[2] ?? '').toLowerCase()) && (match?.[2] ?? '').length >= 3);
    [y, m, d] = [Number(match[3]), month + 1, Number(match[1])];
  } else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s)) !== null) [y, m, d] = [Number(match[3]), Number(match[2]), Number(match[1])];
  else return null;
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== iso ? null : iso;
}

function interCode(s: string): number | null {
  const n = Number(s);
  return Number.isInteger(n) && s !== '' ? n : null;
}

function split(s: string): string[] {
  return s.split(';').map((x) => x.trim()).filter((x) => x !== '');
}

function actorsOf(names: readonly string[], inter: number | null, eventCountry: string | null, ctx: AcledContext): Actor[] {
  const seen = new Set<string>();
  const actors: Actor[] = [];
  names.forEach((raw, i) => {
    const name = raw.trim();
    if (name === '' || seen.has(name)) return;
    seen.add(name);
    // The interaction code describes the main actor; associates get their sector from their name only.
    const sector = sectorOf(name, i === 0 ? inter : null);
    const igo = sector === 'IGO' ? igoOf(name) : null;
    actors.push({
      text: name,
      name,
      country: igo !== null ? null : (countryNamed(name, ctx) ?? eventCountry),
      igo,
      sector,
      entry: `${ACLED_ORIGIN}:actor`,
    });
  });
  return actors;
}

/** "Protesters (Zambia)", "Military Forces of Somalia (2012-)". */
function countryNamed(name: string, ctx: AcledContext): string | null {
  for (const m of name.matchAll(/\(([^()]+)\)/g)) {
    const c = ctx.countryOf(m[1] ?? '');
    if (c !== null) return c;
  }
  const of = /\bof (?:the )?([A-Z][\p{L}' .-]+?)(?:\s*\(|\s*$|\s+[A-Z][a-z]+ (?:Guard|Forces|Unit))/u.exec(name);
  return of?.[1] !== undefined ? ctx.countryOf(of[1]) : null;
}

const IGO_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/\bUnited Nations\b|\bUN\b|MONUSCO|MINUSMA|MINUSCA|UNMISS|UNAMID/, 'UNO'],
  [/\bAMISOM\b|\bATMIS\b|African Union/, 'AU'],
  [/\bECOWAS\b|\bECOMIG\b/, 'ECOWAS'],
  [/\bEUFOR\b|European Union/, 'EU'],
  [/\bNATO\b/, 'NATO'],
];

function igoOf(name: string): string | null {
  return IGO_NAMES.find(([re]) => re.test(name))?.[1] ?? null;
}

/** ACLED interaction codes: 1 state forces … 8 external forces; names refine them. */
function sectorOf(name: string, inter: number | null): Sector | null {
  if (/\bPolice\b/i.test(name)) return 'COP';
  if (igoOf(name) !== null) return 'IGO';
  if (/^Government of\b/i.test(name)) return 'GOV';
  if (/\bMilitary Forces\b|\bArmy\b/i.test(name)) return 'MIL';
  if (/\bProtesters\b|\bRioters\b|\bCivilians\b|\bStudents\b|\bLabou?r Group\b/i.test(name)) return /\bLabou?r\b/i.test(name) ? 'LAB' : 'CVL';
  if (/\bJournalists\b/i.test(name)) return 'JRN';
  switch (inter) {
    case 1:
      return 'MIL';
    case 2:
      return 'REB';
    case 3:
    case 4:
      return 'UAF';
    case 5:
    case 6:
    case 7:
      return 'CVL';
    case 8:
      return 'MIL';
    default:
      return null;
  }
}

/** ACLED geo_precision: 1 the place itself, 2 near it, 3 its province. */
function placeOf(get: (c: string) => string, country: string | null): Place | null {
  const name = get('location');
  const lat = Number(get('latitude'));
  const lon = Number(get('longitude'));
  const hasPoint = get('latitude') !== '' && get('longitude') !== '' && Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  if (name === '' && !hasPoint) return null;
  return {
    name: name !== '' ? name : get('admin1') || get('country') || 'unnamed',
    country,
    admin1: get('admin1') || null,
    lat: hasPoint ? lat : null,
    lon: hasPoint ? lon : null,
    geonamesId: null,
    precision: get('geo_precision') === '3' ? 'division' : 'exact',
  };
}
