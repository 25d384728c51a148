// Builds the gazetteer's full layer: GeoNames cities with 1000 or more
// inhabitants (the cities1000 table, with alternate names) and GeoNames
// first- and second-level divisions. A first-level division's point is the
// centre of its land when the loader knows its outline, else (and for
// second-level divisions) the centre of the cities inside it. Pure: the loader passes the texts in.

import { PlaceIndex, type PlaceEntry } from './gazetteer.js';
import type { AliasRow, GeoDataProblem } from './parse-geo-data.js';
import { isLatinName } from './build-core-layer.js';
import { placeKey } from './place-key.js';

export interface DivisionName {
  /** "CC.A1" or "CC.A1.A2". */
  code: string;
  name: string;
}

export interface FullLayerInput {
  /**
   * The GeoNames cities table: tab-separated, one city a line (geoname id,
   * name, ascii name, alternate names, lat, lon, …), as UTF-8 bytes (the
   * loader passes the file unread: decoding all 23 MB costs more than
   * building the index) or as text.
   */
  citiesTsv: Uint8Array | string;
  admin1: readonly DivisionName[];
  admin2: readonly DivisionName[];
  iso3OfIso2: (iso2: string) => string | null;
  aliases: readonly AliasRow[];
  /** The centre of a first-level division's land where known (data/geo/division-points.tsv); else the centre of its cities is used. */
  divisionPoint?: (code: string, name: string) => { lat: number; lon: number } | null;
}

// Columns of the GeoNames table.
const ID = 0;
const NAME = 1;
const ASCII = 2;
const ALT = 3;
const LAT = 4;
const LON = 5;
const FEATURE = 7;
const COUNTRY = 8;
const ADMIN1 = 10;
const ADMIN2 = 11;
const POPULATION = 14;
const TAB = 9;
const NEWLINE = 10;

// Like Node's own UTF-8 reading, a byte-order mark is kept as text.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The text of bytes s…e of a UTF-8 table: most fields are ASCII and need no decoder. */
function decodeField(bytes: Uint8Array, s: number, e: number): string {
  if (e <= s) return '';
  if (e - s > 1024) return utf8.decode(bytes.subarray(s, e));
  for (let i = s; i < e; i++) if ((bytes[i] ?? 0) > 127) return utf8.decode(bytes.subarray(s, e));
  return String.fromCharCode.apply(null, bytes.subarray(s, e) as unknown as number[]);
}

/** Below this population a town is indexed under its own name only. */
const MIN_POPULATION_FOR_ALT_NAMES = 15000;

/** Features that are no longer (or not) populated places. */
const SKIP_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

// Generic words around division names: "Province of Bulacan", "Kisumu County".
const DIVISION_PREFIX =
  /^(?:province|city|borough|district|municipality|county|region|state|department|governorate|prefecture|canton|republic|oblast|provincia|departamento|municipio|comuna|distrito|estado|regiao|region de|kabupaten|kota|amphoe|muang|changwat|huyen|tinh|shahrestan e|ostan e|wilayat|muhafazat|gorodskoy okrug|royal borough|metropolitan borough|london borough)(?: of| de| del| do| da)? /;
const DIVISION_SUFFIX =
  / (?:province|county|state|oblast|region|governorate|district|rayon|raion|municipality|prefecture|department|kray|krai|okrug|republic|autonomous region|autonomous republic|parish|division|shi|ken|sheng|city|municipio|kommun|kommune|ilcesi|tumani|zone|emirate|territory|voivodeship|governorate|wilaya|muhafazah|regional unit|metropolitan area|special region|special administrative region|capital territory|capital district)$/;

/** The names a division is also called by: "Province of Bulacan" → ["bulacan"]. */
export function divisionShortNames(name: string): string[] {
  const key = placeKey(name);
  const out = new Set<string>();
  let k = key;
  for (let i = 0; i < 2; i++) {
    const next = k.replace(DIVISION_PREFIX, '').replace(DIVISION_SUFFIX, '');
    if (next === k || next === '') break;
    k = next;
  }
  if (k !== key && k.length > 2) out.add(k);
  // "Al Anbar" ↔ "Anbar"
  for (const n of [key, k]) {
    const bare = n.replace(/^(?:al|el|as|ad|ar|an|at|az|ash) /, '');
    if (bare !== n && bare.length > 2) out.add(bare);
  }
  return [...out];
}

/**
 * The extent of values, leaving out lone outliers: an end value whose gap to
 * its neighbour is larger than half the rest of the range (a misfiled town).
 */
function extent(values: readonly number[]): [number, number] {
  const s = [...values].sort((a, b) => a - b);
  let lo = 0;
  let hi = s.length - 1;
  for (let k = 0; k < 3 && hi - lo >= 3; k++) {
    const a = s[lo] ?? 0;
    const b = s[lo + 1] ?? 0;
    const top = s[hi] ?? 0;
    if (b - a > 0.5 * (top - b)) lo++;
    const c = s[hi - 1] ?? 0;
    if ((s[hi] ?? 0) - c > 0.5 * (c - (s[lo] ?? 0))) hi--;
  }
  return [s[lo] ?? 0, s[hi] ?? 0];
}

/**
 * The centre of a division from the cities inside it: the middle of their
 * bounding box (better than their mean, which leans to where people live).
 * Longitudes are taken across the antimeridian when that makes the box
 * narrower (Alaska, Chukotka, Fiji).
 */
export function boxCentre(lats: readonly number[], lons: readonly number[]): { lat: number; lon: number } {
  const [minLat, maxLat] = extent(lats);
  const [minLon, maxLon] = extent(lons);
  const [minLon360, maxLon360] = extent(lons.map((lo) => (lo < 0 ? lo + 360 : lo)));
  let lon = (minLon + maxLon) / 2;
  if (maxLon360 - minLon360 < maxLon - minLon) {
    lon = (minLon360 + maxLon360) / 2;
    if (lon > 180) lon -= 360;
  }
  const r = (x: number): number => Math.round(x * 1e4) / 1e4;
  return { lat: r((minLat + maxLat) / 2), lon: r(lon) };
}

/**
 * The division names (a recent GeoNames release) and the cities table (an
 * older one) may number a country's divisions differently. When the seat of
 * a division, a city of the same name that is a division seat, sits under
 * another code, the cities under that code are the division's.
 */
function seatCode(index: PlaceIndex, d: DivisionName): string | null {
  const cc = d.code.split('.')[0] ?? '';
  const full = placeKey(d.name);
  const keys = [full, full.replace(DIVISION_SUFFIX, '')];
  let elsewhere: string | null = null;
  for (const k of keys) {
    for (const m of index.lookup(k)) {
      const e = m.entry;
      if (m.alt || e.kind !== 'city' || (e.feature !== 'PPLA' && e.feature !== 'PPLC') || !e.admin1Code?.startsWith(`${cc}.`)) continue;
      if (e.admin1Code === d.code) return null;
      elsewhere ??= e.admin1Code;
    }
  }
  return elsewhere;
}

interface Members {
  /** The division code, one string shared by every city in the division. */
  code: string;
  lats: number[];
  lons: number[];
  population: number;
}

export function buildFullLayer(input: FullLayerInput): { index: PlaceIndex; problems: GeoDataProblem[] } {
  const index = new PlaceIndex();
  const problems: GeoDataProblem[] = [];
  const members = new Map<string, Members>();
  /** Counts a city in a division; returns the division's code as first seen (the index keeps one copy of each). */
  const join = (code: string, lat: number, lon: number, pop: number): string => {
    let m = members.get(code);
    if (!m) members.set(code, (m = { code, lats: [], lons: [], population: 0 }));
    m.lats.push(lat);
    m.lons.push(lon);
    m.population += pop;
    return m.code;
  };
  /** Feature codes, one string each ("PPL" is written 100,000 times). */
  const features = new Map<string, string>();

  const raw = typeof input.citiesTsv === 'string' ? new TextEncoder().encode(input.citiesTsv) : input.citiesTsv;
  // A plain view: a Node Buffer's own indexOf and subarray are slower than the typed array's.
  const bytes = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  const tabs = new Int32Array(POPULATION + 1);
  let pos = 0;
  while (pos < bytes.length) {
    let nl = bytes.indexOf(NEWLINE, pos);
    if (nl < 0) nl = bytes.length;
    const lineStart = pos;
    pos = nl + 1;
    if (nl === lineStart) continue;
    // Only the columns up to the population are read; a missing column is undefined, as in a split line.
    let columns = 0;
    for (let q = lineStart; columns <= POPULATION; columns++) {
      const tab = bytes.indexOf(TAB, q);
      if (tab < 0 || tab > nl) break;
      tabs[columns] = tab;
      q = tab + 1;
    }
    const field = (k: number): string | undefined => {
      if (k > columns) return undefined;
      const s = k === 0 ? lineStart : (tabs[k - 1] ?? 0) + 1;
      return decodeField(bytes, s, k === columns ? nl : (tabs[k] ?? nl));
    };
    const written = field(FEATURE) ?? '';
    let feature = features.get(written);
    if (feature === undefined) features.set(written, (feature = written));
    if (SKIP_FEATURES.has(feature)) continue;
    const id = Number(field(ID));
    const lat = Number(field(LAT));
    const lon = Number(field(LON));
    const cc = field(COUNTRY) ?? '';
    const name = field(NAME) ?? '';
    if (!Number.isFinite(id) || !Number.isFinite(lat) || !Number.isFinite(lon) || name === '' || cc === '') continue;
    const population = Number(field(POPULATION) ?? 0) || 0;
    const a1 = field(ADMIN1) ?? '';
    const a2 = field(ADMIN2) ?? '';
    const admin1Code = a1 ? join(`${cc}.${a1}`, lat, lon, population) : null;
    const admin2Code = a1 && a2 ? join(`${cc}.${a1}.${a2}`, lat, lon, population) : null;
    const alts: string[] = [];
    // Other spellings matter for towns people write about in English: keep them for the larger places.
    const altText = population >= MIN_POPULATION_FOR_ALT_NAMES || feature === 'PPLC' || feature === 'PPLA' ? (field(ALT) ?? '') : '';
    for (const alt of altText === '' ? [] : altText.split(',')) {
      // Airport and postal codes ("MOW", "LED") and non-Latin spellings are no use in English text.
      if (alt.length < 3 || /^[A-Z0-9]{2,4}$/.test(alt) || /\d/.test(alt) || !isLatinName(alt)) continue;
      alts.push(alt);
    }
    index.add(
      {
        id: `gn:${id}`,
        name,
        kind: 'city',
        country: input.iso3OfIso2(cc),
        admin1Code,
        admin2Code,
        lat,
        lon,
        population,
        feature,
        geonamesId: id,
      },
      [name, field(ASCII) ?? ''],
      alts,
    );
  }

  const addDivisions = (rows: readonly DivisionName[], level: 1 | 2): void => {
    for (const d of rows) {
      const m = members.get(level === 1 ? (seatCode(index, d) ?? d.code) : d.code);
      const outlined = level === 1 ? (input.divisionPoint?.(d.code, d.name) ?? null) : null;
      if (!m && !outlined) continue; // no city inside and no outline: no point to give it
      const parts = d.code.split('.');
      const cc = parts[0] ?? '';
      const at = outlined ?? boxCentre(m?.lats ?? [], m?.lons ?? []);
      const entry: PlaceEntry = {
        id: `adm${level}:${d.code}`,
        name: d.name,
        kind: 'division',
        country: input.iso3OfIso2(cc),
        admin1Code: parts.length >= 2 ? `${cc}.${parts[1] ?? ''}` : null,
        admin2Code: level === 2 ? d.code : null,
        lat: at.lat,
        lon: at.lon,
        population: m?.population ?? 0,
        feature: level === 1 ? 'ADM1' : 'ADM2',
        geonamesId: null,
      };
      // A division's short name ("Kisumu" for "Kisumu County", "Scott" for
      // "Scott County") is an alternate name: the town of that name comes first.
      const short = divisionShortNames(d.name);
      index.add(entry, [d.name], short);
    }
  };
  addDivisions(input.admin1, 1);
  addDivisions(input.admin2, 2);

  for (const a of input.aliases) {
    if (a.target.kind === 'country') continue;
    const { iso2, name } = a.target;
    const want = placeKey(name);
    const iso3 = input.iso3OfIso2(iso2);
    const kind = a.target.kind;
    const found = index
      .lookup(want)
      .map((m) => m.entry)
      .filter((e) => e.country === iso3 && e.kind === kind && (kind === 'city' || e.feature === 'ADM1'))
      .sort((x, y) => y.population - x.population)[0];
    if (!found) {
      problems.push({ file: 'geo/aliases.tsv', line: a.line, message: `no ${kind} "${name}" in ${iso2}` });
      continue;
    }
    index.alias(found.id, a.name);
  }
  return { index, problems };
}
