import { describe, expect, it } from 'vitest';
import { parseAliases, parseDemonyms, parseRegions } from '../../src/geo/parse-geo-data.js';
import { divisionShortNames, boxCentre } from '../../src/geo/build-full-layer.js';
import { demonymPlural } from '../../src/geo/build-core-layer.js';

describe('data/geo readers', () => {
  it('reads regions and reports bad lines as data', () => {
    const { rows, problems } = parseRegions('# c\nSahel\tregion\t15\t5\t-\tthe Sahel|Sahel belt\nBad\tplanet\t1\t2\t-\t\nX\tregion\t95\t0\t-\t\n');
    expect(rows).toEqual([{ name: 'Sahel', kind: 'region', lat: 15, lon: 5, country: null, otherNames: ['the Sahel', 'Sahel belt'] }]);
    expect(problems.map((p) => p.line)).toEqual([3, 4]);
  });
  it('reads alias targets', () => {
    const { rows, problems } = parseAliases('UK\tGBR\nNSW\tadm1:AU/New South Wales\nKiev\tcity:UA/Kyiv\nBad\tsomewhere\n');
    expect(rows.map((r) => r.target)).toEqual([
      { kind: 'country', iso3: 'GBR' },
      { kind: 'division', iso2: 'AU', name: 'New South Wales' },
      { kind: 'city', iso2: 'UA', name: 'Kyiv' },
    ]);
    expect(problems).toHaveLength(1);
  });
  it('reads demonyms', () => {
    expect(parseDemonyms('Filipino\tPHL\nbad\n').rows).toEqual([{ word: 'Filipino', iso3: 'PHL' }]);
  });
});

describe('division short names', () => {
  const cases: Array<[string, string[]]> = [
    ['Province of Bulacan', ['bulacan']],
    ['Kisumu County', ['kisumu']],
    ['Nyanza Province', ['nyanza']],
    ['Al Anbar', ['anbar']],
    ['Texas', []],
  ];
  it.each(cases)('%s → %j', (name, expected) => expect(divisionShortNames(name)).toEqual(expected));
});

describe('demonym plurals', () => {
  const cases: Array<[string, string | null]> = [
    ['Iraqi', 'Iraqis'],
    ['Kenyan', 'Kenyans'],
    ['Chinese', null],
    ['British', null],
  ];
  it.each(cases)('%s → %s', (w, p) => expect(demonymPlural(w)).toBe(p));
});

describe('boxCentre', () => {
  it('takes the middle of the extent, not the mean', () => {
    expect(boxCentre([0, 1, 2, 6, 8, 10], [0, 1, 2, 6, 8, 10])).toEqual({ lat: 5, lon: 5 }); // mean 4.5
  });
  it('crosses the antimeridian when that is narrower', () => {
    const c = boxCentre([60, 61, 62], [178, 179, -179]);
    expect(Math.abs(c.lon)).toBeGreaterThan(178);
  });
  it('leaves out a lone outlier', () => {
    expect(boxCentre([46, 46.2, 46.5, 46.9, 47, 30], [-64, -63.5, -63, -62.5, -62, -63]).lat).toBeCloseTo(46.5, 1);
  });
});
