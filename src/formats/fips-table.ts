// FIPS 10-4 country codes (GDELT geography) ↔ ISO 3166-1 alpha-3, from
// data/formats/fips-iso3.tsv (see its README). Pure: the caller passes the text.

import { tsvRows } from './tsv-rows.js';

export interface FipsTable {
  /** ISO alpha-3 of a FIPS code, or null when it has none (or is unknown). */
  toIso(fips: string): string | null;
  /** The FIPS code written for an ISO alpha-3 code (the first listed), or null. */
  toFips(iso3: string): string | null;
  /** Every ISO alpha-3 code the table knows: the set of country codes. */
  readonly isoCodes: ReadonlySet<string>;
}

/** Parses the table; throws one Error listing every malformed line. */
export function parseFipsTable(text: string, file = 'formats/fips-iso3.tsv'): FipsTable {
  const toIso = new Map<string, string>();
  const toFips = new Map<string, string>();
  const problems: string[] = [];
  for (const { line, cells } of tsvRows(text)) {
    const [fips = '', iso = ''] = cells;
    if (!/^[A-Z]{2}$/.test(fips) || !/^[A-Z]{3}$/.test(iso)) {
      problems.push(`${file}:${line}: expected "FIPS<TAB>ISO3<TAB>name", got ${JSON.stringify(cells.join('\t'))}`);
      continue;
    }
    if (toIso.has(fips)) problems.push(`${file}:${line}: FIPS code ${fips} is listed twice`);
    toIso.set(fips, iso);
    if (!toFips.has(iso)) toFips.set(iso, fips);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return {
    toIso: (fips) => toIso.get(fips) ?? null,
    toFips: (iso) => toFips.get(iso) ?? null,
    isoCodes: new Set(toIso.values()),
  };
}
