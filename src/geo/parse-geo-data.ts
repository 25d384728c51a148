// Readers for our own editable place lists in data/geo/ (see its README).
// Pure: text in, records and problems out; a bad line never sinks the file.

export interface GeoDataProblem {
  file: string;
  line: number;
  message: string;
}

export type RegionKind = 'continent' | 'region' | 'water';

export interface RegionRow {
  name: string;
  kind: RegionKind;
  lat: number;
  lon: number;
  /** ISO3 when the area lies within one country. */
  country: string | null;
  otherNames: string[];
}

/** Where an alias points: a country, a first-level division or a city, named within a country. */
export type AliasTarget =
  | { kind: 'country'; iso3: string }
  | { kind: 'division'; iso2: string; name: string }
  | { kind: 'city'; iso2: string; name: string };

export interface AliasRow {
  name: string;
  target: AliasTarget;
  line: number;
}

function lines(text: string): Array<{ line: number; fields: string[] }> {
  const out: Array<{ line: number; fields: string[] }> = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    out.push({ line: i + 1, fields: raw.split('\t').map((f) => f.trim()) });
  });
  return out;
}

const ISO3 = /^[A-Z]{3}$/;

export function parseRegions(text: string, file = 'geo/regions.tsv'): { rows: RegionRow[]; problems: GeoDataProblem[] } {
  const rows: RegionRow[] = [];
  const problems: GeoDataProblem[] = [];
  for (const { line, fields } of lines(text)) {
    const [name, kind, lat, lon, country, other] = fields;
    const la = Number(lat);
    const lo = Number(lon);
    if (!name || (kind !== 'continent' && kind !== 'region' && kind !== 'water')) {
      problems.push({ file, line, message: 'expected: name, kind (continent|region|water), lat, lon, country, other names' });
      continue;
    }
    if (!Number.isFinite(la) || !Number.isFinite(lo) || Math.abs(la) > 90 || Math.abs(lo) > 180) {
      problems.push({ file, line, message: `bad coordinates "${lat ?? ''}", "${lon ?? ''}"` });
      continue;
    }
    if (country && country !== '-' && !ISO3.test(country)) {
      problems.push({ file, line, message: `country must be ISO3 or -, got "${country}"` });
      continue;
    }
    rows.push({
      name,
      kind,
      lat: la,
      lon: lo,
      country: country && country !== '-' ? country : null,
      otherNames: (other ?? '').split('|').map((s) => s.trim()).filter((s) => s !== ''),
    });
  }
  return { rows, problems };
}

export function parseAliases(text: string, file = 'geo/aliases.tsv'): { rows: AliasRow[]; problems: GeoDataProblem[] } {
  const rows: AliasRow[] = [];
  const problems: GeoDataProblem[] = [];
  for (const { line, fields } of lines(text)) {
    const [name, target] = fields;
    if (!name || !target) {
      problems.push({ file, line, message: 'expected: name, target' });
      continue;
    }
    if (ISO3.test(target)) {
      rows.push({ name, target: { kind: 'country', iso3: target }, line });
      continue;
    }
    const m = /^(adm1|city):([A-Z]{2})\/(.+)$/.exec(target);
    if (!m || !m[2] || !m[3]) {
      problems.push({ file, line, message: `target must be ISO3, adm1:CC/Name or city:CC/Name, got "${target}"` });
      continue;
    }
    rows.push({ name, target: { kind: m[1] === 'adm1' ? 'division' : 'city', iso2: m[2], name: m[3] }, line });
  }
  return { rows, problems };
}

export function parseDemonyms(text: string, file = 'geo/demonyms.tsv'): { rows: Array<{ word: string; iso3: string }>; problems: GeoDataProblem[] } {
  const rows: Array<{ word: string; iso3: string }> = [];
  const problems: GeoDataProblem[] = [];
  for (const { line, fields } of lines(text)) {
    const [word, iso3] = fields;
    if (!word || !iso3 || !ISO3.test(iso3)) {
      problems.push({ file, line, message: 'expected: word, ISO3' });
      continue;
    }
    rows.push({ word, iso3 });
  }
  return { rows, problems };
}

/** One word a line; # comments. */
export function parseWordList(text: string): string[] {
  return lines(text).map((l) => l.fields[0] ?? '').filter((w) => w !== '');
}
