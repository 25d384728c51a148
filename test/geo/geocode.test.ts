// Table tests of our own sentences: metonymy, names that contain place names,
// ambiguous names resolved by context, "City, Province" and demonyms.
// Uses the real gazetteer (packages + data/geo).

import { describe, expect, it } from 'vitest';
import { findToponyms } from '../../src/geo/find-toponyms.js';
import { geocodeDocument } from '../../src/geo/geocode-document.js';
import { loadGeoResources } from '../../src/geo/load-gazetteer.js';

const res = loadGeoResources();

/** "Name:role" for every toponym found. */
function found(text: string): string[] {
  return findToponyms(text, res).toponyms.map((t) => `${t.text}:${t.role}`);
}

/** The country chosen for a name in the text (first occurrence from `from`). */
function countryOf(text: string, name: string, dateline: string | null = null): string | null | undefined {
  const doc = geocodeDocument({ text, dateline }, res);
  return doc.toponyms.find((r) => r.toponym.text === name)?.place.country;
}

describe('data/geo', () => {
  it('has no problems once the full layer is loaded', () => {
    res.gazetteer.lookupAll('paris');
    expect(res.problems).toEqual([]);
  });
});

describe('metonymy: a place that stands for its government is not a place', () => {
  const cases: Array<[string, string[]]> = [
    ['Moscow rejected the proposal on Monday.', ['Moscow:metonym']],
    ['Talks were held in Moscow on Friday.', ['Moscow:place']],
    ['Washington has warned Tehran against further strikes.', ['Washington:metonym', 'Tehran:place']],
    ['The delegation flew from Washington to Nairobi.', ['Washington:place', 'Nairobi:place']],
    ['Iraq condemned the bombing of a school in Basra.', ['Iraq:metonym', 'Basra:place']],
    ['Beijing said the exercises near Taiwan were routine.', ['Beijing:metonym', 'Taiwan:place']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('place names inside other names are not toponyms', () => {
  const cases: Array<[string, string[]]> = [
    ['Paris Saint-Germain won the match against Lyon.', ['Lyon:place']],
    ['Jordan Peterson spoke to students in Toronto.', ['Toronto:place']],
    ['The Washington Post reported the raid in Kandahar.', ['Kandahar:place']],
    ['A professor at the University of Georgia led the study.', []],
    ['The Kenya Red Cross sent teams to Garissa.', ['Garissa:place']],
    ['Cases of West Nile virus rose in Texas.', ['Texas:place']],
    ['Officials at the EU said the talks had stalled.', []],
    // A part-of-place word before the name is not a first name.
    ['Floods cut roads in North-Western Sydney.', ['Sydney:place']],
    ['Clinics reopened in Western Sydney.', ['Sydney:place']],
    // An abbreviation's full stop can end the sentence: the next capital opens a new one.
    ['The case was the third in the U.S. The first was found in 2003.', ['U.S.:place']],
  ];
  it.each(cases)('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('ambiguous names resolved by context', () => {
  const cases: Array<[string, string, string]> = [
    ['Clashes broke out in Tripoli as rival militias fought for the Libyan capital.', 'Tripoli', 'LBY'],
    ['Gunmen opened fire in Tripoli, the largest city of northern Lebanon, near the Syrian border.', 'Tripoli', 'LBN'],
    ['Lebanese troops deployed in Tripoli after a night of fighting.', 'Tripoli', 'LBN'],
    ['Russian troops advanced into Georgia and shelled Gori, near Tbilisi.', 'Georgia', 'GEO'],
    ['Storms hit Atlanta, Georgia, and moved on towards South Carolina.', 'Georgia', 'USA'],
    ['Refugees crossed from Syria into Jordan.', 'Jordan', 'JOR'],
    ['Ministers met in Paris to discuss the ceasefire.', 'Paris', 'FRA'],
    ['A tornado struck Paris, Texas, on Sunday.', 'Paris', 'USA'],
    // A possessive inside a name: not "Republic of China" (Taiwan).
    ["Flights from the People's Republic of China were suspended.", "People's Republic of China", 'CHN'],
  ];
  it.each(cases)('%s → %s in %s', (text, name, country) => expect(countryOf(text, name)).toBe(country));

  it('gives a score and a reason', () => {
    const doc = geocodeDocument({ text: 'Clashes broke out in Tripoli as rival militias fought for the Libyan capital.', dateline: null }, res);
    const tripoli = doc.toponyms.find((r) => r.toponym.text === 'Tripoli');
    expect(tripoli?.score).toBeGreaterThan(0.5);
    expect(tripoli?.reason).toMatch(/capital|country named/);
  });
});

describe('"City, Province": the place after the comma holds the one before', () => {
  const cases: Array<[string, string, string, string | null]> = [
    ['Hogs were culled at a farm in Pandi, Bulacan, on Sunday.', 'Pandi', 'PHL', null],
    ['Protesters gathered in Springfield, Illinois, on Saturday.', 'Springfield', 'USA', 'Illinois'],
    ['The outbreak began in Kisumu, Kenya, last month.', 'Kisumu', 'KEN', null],
  ];
  it.each(cases)('%s', (text, name, country, admin1) => {
    const doc = geocodeDocument({ text, dateline: null }, res);
    const r = doc.toponyms.find((t) => t.toponym.text === name);
    expect(r?.place.country).toBe(country);
    if (admin1) expect(r?.place.admin1).toBe(admin1);
    expect(r?.place.precision).toBe('exact');
    expect(r?.reason).toMatch(/^|in /);
  });
});

describe('demonyms are context, not toponyms', () => {
  it('finds "Iraqi" and "Kenyans" as demonyms of IRQ and KEN', () => {
    const r = findToponyms('Iraqi officials met Kenyans in Nairobi.', res);
    expect(r.demonyms.map((d) => d.country)).toEqual(['IRQ', 'KEN']);
    expect(r.toponyms.map((t) => t.text)).toEqual(['Nairobi']);
  });
  it('a demonym picks the country of an ambiguous place', () => {
    expect(countryOf('Nigerian police said gunmen attacked a church in Abuja.', 'Abuja')).toBe('NGA');
  });
  it('the dateline gives the country', () => {
    expect(countryOf('Gunmen attacked a checkpoint in Tripoli overnight.', 'Tripoli', 'Beirut')).toBe('LBN');
  });
});

describe('precision of places', () => {
  const cases: Array<[string, string, string]> = [
    ['Fighting continued in Gao.', 'Gao', 'exact'],
    ['Fighting spread across Bulacan province.', 'Bulacan', 'division'],
    ['Aid reached Darfur.', 'Darfur', 'division'],
    ['Aid reached Sudan.', 'Sudan', 'country'],
  ];
  it.each(cases)('%s', (text, name, precision) => {
    const doc = geocodeDocument({ text, dateline: null }, res);
    const r = doc.toponyms.find((t) => t.toponym.text.startsWith(name));
    expect(r?.place.precision).toBe(precision);
  });
});

describe('points: the centre of the land', () => {
  const near = (lat: number, lon: number, to: { lat: number; lon: number }): number => {
    const r = Math.PI / 180;
    const x = Math.sin(((to.lat - lat) * r) / 2) ** 2 + Math.cos(lat * r) * Math.cos(to.lat * r) * Math.sin(((to.lon - lon) * r) / 2) ** 2;
    return 2 * 6371 * Math.asin(Math.sqrt(x));
  };
  // [text, toponym, a point known to lie near the middle of the territory, km allowed]
  const cases: Array<[string, string, number, number, number]> = [
    // The geographic centre of the contiguous United States (near Lebanon, Kansas), not a point pulled north by Alaska.
    ['Aid left the United States.', 'United States', 39.83, -98.58, 100],
    // Queensland's middle, inland: not the middle of a box stretched to the Torres Strait islands.
    ['Floods hit Queensland.', 'Queensland', -22.5, 144.5, 150],
    ['Fires spread across Ontario.', 'Ontario', 50, -86, 150],
  ];
  it.each(cases)('%s', (text, name, lat, lon, km) => {
    const doc = geocodeDocument({ text, dateline: null }, res);
    const r = doc.toponyms.find((t) => t.toponym.text === name);
    expect(r).toBeDefined();
    expect(r?.place.lat).not.toBeNull();
    if (r) expect(near(lat, lon, { lat: r.place.lat ?? Number.NaN, lon: r.place.lon ?? Number.NaN })).toBeLessThan(km);
  });
});
