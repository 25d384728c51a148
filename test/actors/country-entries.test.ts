import { describe, expect, it } from 'vitest';
import { parseActorFile } from '../../src/actors/actor-dictionary.js';
import { buildCountryEntries, demonymPlural, type CountryFacts } from '../../src/actors/country-entries.js';

describe('demonymPlural', () => {
  const cases: Array<[string, string | null]> = [
    ['Iraqi', 'Iraqis'],
    ['American', 'Americans'],
    ['Filipino', 'Filipinos'],
    ['Chinese', null],
    ['Swiss', null],
    ['British', null],
    ['Dutch', null],
  ];
  for (const [demonym, plural] of cases) it(demonym, () => expect(demonymPlural(demonym)).toBe(plural));
});

function facts(over: Partial<CountryFacts> & Pick<CountryFacts, 'cca3' | 'common'>): CountryFacts {
  return { official: over.common, altSpellings: [], demonyms: [], capitals: [], independent: true, ...over };
}

describe('buildCountryEntries', () => {
  const world: CountryFacts[] = [
    facts({ cca3: 'COD', common: 'DR Congo', official: 'Democratic Republic of the Congo', altSpellings: ['CD', 'DRC'], demonyms: ['Congolese'], capitals: ['Kinshasa'] }),
    facts({ cca3: 'COG', common: 'Republic of the Congo', altSpellings: ['CG', 'Congo'], demonyms: ['Congolese'], capitals: ['Brazzaville'] }),
    facts({ cca3: 'DJI', common: 'Djibouti', demonyms: ['Djibouti'], capitals: ['Djibouti'] }),
    facts({ cca3: 'BMU', common: 'Bermuda', demonyms: ['Bermudian'], capitals: ['Hamilton'], independent: false }),
    facts({ cca3: 'UNK', common: 'Kosovo', altSpellings: ['XK', 'Република Косово'], demonyms: ['Kosovar'], capitals: ['Pristina'] }),
    facts({ cca3: 'KOR', common: 'South Korea', altSpellings: ['Korea, Republic of', 'Republic of Korea'], demonyms: ['South Korean'] }),
  ];
  const file = parseActorFile('COD | name | Congo\nCOD | demonym | Congolese\nXKX | replaces | UNK\nZZZ | name | Atlantis\n', 'countries.txt');
  const built = buildCountryEntries(world, file.entries, file.codeReplacements);
  const byId = new Map(built.entries.map((e) => [e.id, e]));

  it('lets our file win a phrase over the package ("Congo", "Congolese" → COD)', () => {
    expect(byId.get('country:COD')?.phrases).toContain('Congo');
    expect(byId.get('country:COG')?.phrases).not.toContain('Congo');
    expect(byId.get('demonym:COD')?.phrases).toEqual(expect.arrayContaining(['Congolese']));
    expect(byId.get('demonym:COG')).toBeUndefined();
  });

  it('prefers a name to a capital or a demonym ("Djibouti")', () => {
    expect(byId.get('country:DJI')?.phrases).toContain('Djibouti');
    expect(byId.get('demonym:DJI')?.phrases).toEqual(['Djiboutis']);
    expect(byId.has('capital:DJI:djibouti')).toBe(false);
  });

  it('keeps capitals of independent countries only, without a sector', () => {
    expect(byId.get('capital:COD:kinshasa')).toMatchObject({ kind: 'capital', country: 'COD', sector: null });
    expect(byId.has('capital:BMU:hamilton')).toBe(false);
  });

  it('drops codes, non-Latin and inverted spellings, and applies code replacements', () => {
    expect(byId.get('country:COD')?.phrases).not.toContain('CD');
    expect(byId.get('country:KOR')?.phrases).toEqual(['South Korea', 'Republic of Korea']);
    expect(byId.get('country:XKX')?.phrases).toEqual(['Kosovo']);
    expect(byId.get('demonym:XKX')?.phrases).toEqual(['Kosovar', 'Kosovars']);
    expect(built.countries.map((c) => c.code)).not.toContain('UNK');
  });

  it('reports unknown codes and clashes it could not settle', () => {
    expect(built.problems).toContainEqual({ file: 'countries.txt', line: 4, message: 'unknown country code ZZZ' });
    expect(built.problems).toHaveLength(1);
    const clash = buildCountryEntries(world.slice(0, 2), []);
    expect(clash.problems.map((p) => p.message)).toEqual(['"congolese" claimed by demonym:COD and demonym:COG; kept demonym:COD']);
  });
});
