// Finds the representative point of a GeoNames first-level division in
// data/geo/division-points.tsv (centres of Natural Earth outlines). Pure.
//
// The outlines carry a GeoNames admin-1 code, but GeoNames renumbers
// divisions from release to release, so a code match counts only when the
// names agree too; otherwise the division is found by name within its
// country. No match: the caller falls back to the centre of its cities.

import type { PointRow } from './parse-geo-data.js';
import { divisionShortNames } from './build-full-layer.js';
import { placeKey } from './place-key.js';

export type DivisionPointFinder = (code: string, name: string) => { lat: number; lon: number } | null;

function nameKeys(name: string): Set<string> {
  const key = placeKey(name);
  return new Set([key, ...divisionShortNames(name)]);
}

function namesAgree(a: Set<string>, b: Set<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

export function divisionPointFinder(rows: readonly PointRow[]): DivisionPointFinder {
  const byCode = new Map<string, PointRow>();
  const byName = new Map<string, PointRow[]>();
  for (const r of rows) {
    byCode.set(r.key, r);
    const cc = r.key.slice(0, 2);
    for (const k of nameKeys(r.name ?? '')) {
      const list = byName.get(`${cc}|${k}`) ?? [];
      list.push(r);
      byName.set(`${cc}|${k}`, list);
    }
  }
  return (code, name) => {
    const keys = nameKeys(name);
    const exact = byCode.get(code);
    if (exact && namesAgree(keys, nameKeys(exact.name ?? ''))) return { lat: exact.lat, lon: exact.lon };
    const cc = code.slice(0, 2);
    const found = new Set<PointRow>();
    for (const k of keys) for (const r of byName.get(`${cc}|${k}`) ?? []) found.add(r);
    // Two divisions of one country with one name (rare): no guess.
    if (found.size !== 1) return null;
    const [r] = [...found];
    return r ? { lat: r.lat, lon: r.lon } : null;
  };
}
