// Loads the tables the formats need, once: data/formats/*.tsv, the CAMEO
// table and the country names of the world-countries package. I/O.

import { readWorldCountries } from '../actors/load-actors.js';
import { loadCameoTable } from '../codes/load-cameo.js';
import { readDataFile } from '../data-dir.js';
import { tsvRows } from './tsv-rows.js';
import { parseAcledTypes, type AcledContext } from './acled-event.js';
import { parseFipsTable, type FipsTable } from './fips-table.js';
import type { GdeltContext } from './gdelt-event.js';
import type { PloverContext } from './plover-record.js';

let fips: FipsTable | undefined;
let acled: AcledContext | undefined;

export function loadFipsTable(): FipsTable {
  fips ??= parseFipsTable(readDataFile('formats/fips-iso3.tsv'));
  return fips;
}

export function gdeltContext(): GdeltContext {
  return { cameo: loadCameoTable(), fips: loadFipsTable() };
}

export function ploverContext(): PloverContext {
  const codes = loadFipsTable().isoCodes;
  return { cameo: loadCameoTable(), isCountry: (code) => codes.has(code) };
}

export function acledContext(): AcledContext {
  if (acled !== undefined) return acled;
  const names = new Map<string, string>();
  for (const c of readWorldCountries()) {
    for (const n of [c.common, c.official, ...c.altSpellings]) {
      const key = foldName(n);
      // Two-letter codes and names in other scripts (which fold to nothing) are not names here.
      if (key.length > 2 && !names.has(key)) names.set(key, c.cca3);
    }
  }
  for (const { cells } of tsvRows(readDataFile('formats/country-names.tsv'))) {
    const [name = '', iso = ''] = cells;
    if (name !== '' && /^[A-Z]{3}$/.test(iso)) names.set(foldName(name), iso);
  }
  acled = {
    cameo: loadCameoTable(),
    types: parseAcledTypes(readDataFile('formats/acled-types.tsv')),
    countryOf: (name) => {
      const key = foldName(name);
      return key.length > 2 ? (names.get(key) ?? null) : null;
    },
  };
  return acled;
}

function foldName(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]+/g, ' ').trim();
}
