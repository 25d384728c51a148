// Builds the gazetteer's core layer: countries (from the world-countries
// package, validated by the loader), our regions, country aliases and
// demonyms. Pure.

import { PlaceIndex, type CoreLayer, type CountryInfo, type PlaceEntry } from './gazetteer.js';
import type { AliasRow, GeoDataProblem, RegionRow } from './parse-geo-data.js';
import { placeKey } from './place-key.js';

/** The slice of a world-countries record the gazetteer uses. */
export interface CountryRecord {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  latlng: number[];
  borders: string[];
  area: number;
  demonyms?: { eng?: { m: string; f: string } | undefined } | undefined;
}

/** Written in Latin letters (the text Faultline reads is English). */
export function isLatinName(name: string): boolean {
  if (/^[A-Za-z][A-Za-z '.,()-]*$/.test(name)) return true;
  return /^[\p{Script=Latin}\p{M}\s'’.,()-]+$/u.test(name) && /\p{L}/u.test(name);
}

/** Plural of a demonym used as a noun: Iraqi → Iraqis, Kenyan → Kenyans (not Chinese, British). */
export function demonymPlural(word: string): string | null {
  if (/(an|i|ean|ine|ot|er)$/.test(word)) return `${word}s`;
  return null;
}

export function buildCoreLayer(
  countries: readonly CountryRecord[],
  regions: readonly RegionRow[],
  aliases: readonly AliasRow[],
  demonymRows: ReadonlyArray<{ word: string; iso3: string }>,
): { core: CoreLayer; problems: GeoDataProblem[] } {
  const index = new PlaceIndex();
  const infos = new Map<string, CountryInfo>();
  const demonyms = new Map<string, string>();
  const area = new Map<string, number>();
  const problems: GeoDataProblem[] = [];

  for (const c of countries) {
    const [lat, lon] = c.latlng;
    if (lat === undefined || lon === undefined) continue;
    const entry: PlaceEntry = {
      id: `country:${c.cca3}`,
      name: c.name.common,
      kind: 'country',
      country: c.cca3,
      admin1Code: null,
      admin2Code: null,
      lat,
      lon,
      population: 0,
      feature: 'PCLI',
      geonamesId: null,
    };
    const names = [c.name.common, c.name.official];
    // Two- and three-letter codes ("CA", "IN", "ID") are words too: only our alias list adds abbreviations.
    const alts = c.altSpellings.filter((s) => isLatinName(s) && !/^[A-Z]{1,3}$/.test(s));
    for (const n of [...names]) if (/^the /i.test(n)) names.push(n.replace(/^the /i, ''));
    index.add(entry, names, alts);
    area.set(c.cca3, c.area);
    infos.set(c.cca3, {
      iso3: c.cca3,
      iso2: c.cca2,
      name: c.name.common,
      lat,
      lon,
      borders: c.borders,
      capital: c.capital[0] ?? null,
    });
    const eng = c.demonyms?.eng;
    if (eng) {
      for (const w of new Set([eng.m, eng.f])) {
        if (!isLatinName(w)) continue;
        for (const form of [w, demonymPlural(w)]) {
          if (!form) continue;
          const k = placeKey(form);
          const had = demonyms.get(k);
          // A demonym shared by two countries (Dominican) goes to the larger.
          if (had === undefined || (area.get(had) ?? 0) < c.area) demonyms.set(k, c.cca3);
        }
      }
    }
  }
  for (const d of demonymRows) demonyms.set(placeKey(d.word), d.iso3);

  for (const r of regions) {
    const entry: PlaceEntry = {
      id: `region:${placeKey(r.name).replace(/ /g, '-')}`,
      name: r.name,
      kind: r.kind === 'continent' ? 'continent' : 'region',
      country: r.country,
      admin1Code: null,
      admin2Code: null,
      lat: r.lat,
      lon: r.lon,
      population: 0,
      feature: r.kind === 'continent' ? 'CONT' : r.kind === 'water' ? 'WATER' : 'RGN',
      geonamesId: null,
    };
    index.add(entry, [r.name, ...r.otherNames]);
  }

  for (const a of aliases) {
    if (a.target.kind !== 'country') continue;
    if (!index.alias(`country:${a.target.iso3}`, a.name)) {
      problems.push({ file: 'geo/aliases.tsv', line: a.line, message: `no country ${a.target.iso3}` });
    }
  }
  return { core: { index, countries: infos, demonyms }, problems };
}
