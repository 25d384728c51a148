// The full layer is read from the cities table as bytes (fields decoded one
// by one) and indexed with lone entries stored without a list: both must
// index exactly what reading the text line by line would.

import { describe, expect, it } from 'vitest';
import { buildFullLayer } from '../../src/geo/build-full-layer.js';
import { findToponyms } from '../../src/geo/find-toponyms.js';
import { PlaceIndex, type PlaceEntry } from '../../src/geo/gazetteer.js';
import { loadGeoResources } from '../../src/geo/load-gazetteer.js';
import { splitSentences } from '../../src/nlp/sentences.js';

// Made-up towns in the GeoNames column layout (19 columns).
function row(id: number, name: string, ascii: string, alts: string, lat: string, lon: string, feature: string, cc: string, a1: string, a2: string, pop: string): string {
  return [id, name, ascii, alts, lat, lon, 'P', feature, cc, '', a1, a2, '', '', pop, '', '12', 'Africa/Nairobi', '2024-01-01'].join('\t');
}

const TABLE = [
  row(1, 'Kisanga', 'Kisanga', '', '-1.5', '36.9', 'PPL', 'KE', '10', '101', '4000'),
  row(2, 'Mbeya Town', 'Mbeya Town', 'Mbeya,Old Mbeya,MBY,Мбея', '-1.7', '37.1', 'PPLA', 'KE', '10', '102', '90000'),
  row(3, 'São Quilo', 'Sao Quilo', 'Quilo', '-2.0', '37.5', 'PPL', 'KE', '11', '', '20000'),
  row(4, 'Kisanga', 'Kisanga', '', '-3.0', '38.0', 'PPL', 'KE', '11', '', '1500'),
  row(5, 'Ruin Town', 'Ruin Town', '', '-3.1', '38.1', 'PPLQ', 'KE', '11', '', '0'),
  '6\tShort Line\tShort Line\t\t-3.2', // no longitude: skipped, as a split line would be
  '',
  row(7, 'Ñandú', 'Nandu', '', '-3.3', '38.3', 'PPL', 'KE', '', '', 'x'),
].join('\n');

const input = {
  admin1: [
    { code: 'KE.10', name: 'Kisanga County' },
    { code: 'KE.11', name: 'Quilo Province' },
  ],
  admin2: [{ code: 'KE.10.101', name: 'Kisanga East' }],
  iso3OfIso2: (cc: string): string | null => (cc === 'KE' ? 'KEN' : null),
  aliases: [],
};

function ids(index: PlaceIndex, key: string): string[] {
  return index.lookup(key).map((m) => `${m.entry.id}${m.alt ? ' (alt)' : ''}`);
}

describe('full layer from the cities table', () => {
  const fromText = buildFullLayer({ ...input, citiesTsv: TABLE }).index;
  const fromBytes = buildFullLayer({ ...input, citiesTsv: new TextEncoder().encode(TABLE) }).index;

  const cases: Array<[string, string[]]> = [
    ['kisanga', ['gn:1', 'gn:4', 'adm1:KE.10 (alt)']],
    ['mbeya town', ['gn:2']],
    ['mbeya', ['gn:2 (alt)']],
    ['old mbeya', ['gn:2 (alt)']],
    ['mby', []], // a code, not a name
    ['sao quilo', ['gn:3']],
    ['quilo', ['gn:3 (alt)', 'adm1:KE.11 (alt)']],
    ['ruin town', []], // a destroyed place
    ['short line', []],
    ['nandu', ['gn:7']],
    ['kisanga east', ['adm2:KE.10.101']],
  ];
  it.each(cases)('%s → %j', (key, expected) => {
    expect(ids(fromBytes, key)).toEqual(expected);
    expect(ids(fromText, key)).toEqual(expected);
  });

  it('decodes names written in UTF-8 and shares one copy of each division code', () => {
    expect(fromBytes.get('gn:7')?.name).toBe('Ñandú');
    expect(fromBytes.get('gn:7')?.population).toBe(0);
    const a = fromBytes.get('gn:1');
    const b = fromBytes.get('gn:2');
    expect(a?.admin1Code).toBe('KE.10');
    expect(a?.admin1Code).toBe(b?.admin1Code);
    expect(fromBytes.get('adm1:KE.10')?.population).toBe(94000);
  });
});

describe('place index', () => {
  const entry = (id: string): PlaceEntry => ({
    id,
    name: id,
    kind: 'city',
    country: 'KEN',
    admin1Code: null,
    admin2Code: null,
    lat: 0,
    lon: 0,
    population: 0,
    feature: 'PPL',
    geonamesId: null,
  });

  it('keeps primary names before alternate names, each entry once per key', () => {
    const index = new PlaceIndex();
    index.add(entry('a'), ['Gao', 'GAO'], ['Gao', 'Gawgaw']);
    index.add(entry('b'), ['Gawgaw'], ['Gao']);
    expect(ids(index, 'gao')).toEqual(['a', 'b (alt)']);
    expect(ids(index, 'gawgaw')).toEqual(['b', 'a (alt)']);
    expect(index.alias('a', 'Gawgaw')).toBe(true);
    expect(index.alias('a', 'Gawgaw')).toBe(true);
    expect(ids(index, 'gawgaw')).toEqual(['b', 'a']);
    expect(index.alias('zz', 'Nowhere')).toBe(false);
  });

  it('indexes an entry with many names under each of them once', () => {
    const index = new PlaceIndex();
    const names = Array.from({ length: 20 }, (_, i) => `Town ${String.fromCharCode(65 + (i % 10))}`);
    index.add(entry('c'), names.slice(0, 2), names);
    expect(ids(index, 'town a')).toEqual(['c']);
    expect(ids(index, 'town j')).toEqual(['c (alt)']);
  });
});

describe('sentences passed in', () => {
  const res = loadGeoResources();
  const texts = [
    'Fighting broke out in Goma on Monday. Rwanda denied any role, officials in Kigali said.',
    'A farm in Pandi, Bulacan was flooded. "We left for Manila," a farmer said.',
  ];
  it.each(texts)('finds the same toponyms as splitting again: %s', (text) => {
    const again = findToponyms(text, res, { cityLookup: 'cued' });
    const given = findToponyms(text, res, { cityLookup: 'cued', sentences: splitSentences(text) });
    expect(given).toEqual(again);
    expect(given.toponyms.length).toBeGreaterThan(0);
  });
});
