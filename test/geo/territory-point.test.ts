import { describe, expect, it } from 'vitest';
import { territoryPoint, type Outline } from '../../scripts/territory-point.js';
import { divisionPointFinder } from '../../src/geo/division-points.js';
import { parsePoints } from '../../src/geo/parse-geo-data.js';

// A lon/lat box as an exterior ring, written either way round.
const box = (w: number, s: number, e: number, n: number, clockwise = true): number[][] => {
  const ring = [
    [w, s],
    [w, n],
    [e, n],
    [e, s],
    [w, s],
  ];
  return clockwise ? ring : [...ring].reverse();
};

describe('territoryPoint', () => {
  it('gives the centre of a single landmass, whichever way its ring is written', () => {
    for (const cw of [true, false]) {
      const p = territoryPoint({ type: 'Polygon', coordinates: [box(10, 0, 20, 10, cw)] }, null);
      expect(p?.how).toBe('largest-landmass');
      expect(p?.lat).toBeCloseTo(5, 0);
      expect(p?.lon).toBeCloseTo(15, 1);
    }
  });

  it('leaves out islands when the mainland is most of the land', () => {
    const outline: Outline = { type: 'MultiPolygon', coordinates: [[box(0, 0, 10, 10)], [box(40, 0, 41, 1)]] };
    const p = territoryPoint(outline, null);
    expect(p?.how).toBe('largest-landmass');
    expect(p?.lon).toBeCloseTo(5, 0);
  });

  it('weighs all the land when no landmass is half of it', () => {
    const outline: Outline = { type: 'MultiPolygon', coordinates: [[box(0, 0, 4, 4)], [box(10, 0, 14, 4)], [box(20, 0, 24, 4)]] };
    const p = territoryPoint(outline, { lat: 99, lon: 99 });
    // The middle island holds the centroid of the three: inside the land, so no fallback.
    expect(p?.how).toBe('all-land');
    expect(p?.lon).toBeCloseTo(12, 0);
  });

  it('falls back to the given point when the centre lies outside the land', () => {
    const outline: Outline = { type: 'MultiPolygon', coordinates: [[box(0, 0, 4, 4)], [box(20, 0, 24, 4)], [box(40, 0, 44, 4)], [box(60, 0, 64, 4)]] };
    expect(territoryPoint(outline, { lat: 2, lon: 2 })).toEqual({ lat: 2, lon: 2, how: 'fallback' });
  });
});

describe('parsePoints', () => {
  it('reads country and division rows and names the bad line', () => {
    const c = parsePoints('# c\nUSA\t39.89\t-98.82\tlargest-landmass\nUS\t1\t2\tx\nFRA\t95\t2\tx\n', 'geo/country-points.tsv', false);
    expect(c.rows).toEqual([{ key: 'USA', name: null, lat: 39.89, lon: -98.82 }]);
    expect(c.problems.map((p) => p.line)).toEqual([3, 4]);
    const d = parsePoints('AU.04\tQueensland\t-22.5\t144.4\tlargest-landmass\nAU.05\t\t1\t2\tx\n', 'geo/division-points.tsv', true);
    expect(d.rows).toEqual([{ key: 'AU.04', name: 'Queensland', lat: -22.5, lon: 144.4 }]);
    expect(d.problems).toHaveLength(1);
    expect(d.problems[0]).toMatchObject({ file: 'geo/division-points.tsv', line: 2 });
  });
});

describe('divisionPointFinder', () => {
  const find = divisionPointFinder([
    { key: 'AU.04', name: 'Queensland', lat: -22.5, lon: 144.4 },
    { key: 'VN.01', name: 'Ha Noi', lat: 21, lon: 105.8 },
    { key: 'VN.02', name: 'Thanh Hoa', lat: 20, lon: 105.3 },
  ]);
  it.each([
    // [GeoNames code, GeoNames name, expected latitude or null]
    ['AU.04', 'Queensland', -22.5],
    ['AU.04', 'State of Queensland', -22.5],
    ['VN.44', 'Thanh Hoa Province', 20], // renumbered: found by name in the country
    ['VN.01', 'Da Nang', null], // same code, another division: no point
    ['TH.01', 'Queensland', null], // a name in another country is no match
  ])('%s %s → %s', (code, name, lat) => {
    expect(find(code, name)?.lat ?? null).toBe(lat);
  });
});
