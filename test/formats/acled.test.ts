import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acledDate } from '../../src/formats/acled-event.js';
import { CsvRecords } from '../../src/formats/csv-records.js';
import { SHARED_DEV, importText, openMemoryStore } from './helpers.js';

const acled2016 = readFileSync(new URL('acled-africa-2016.csv', SHARED_DEV), 'utf8');

describe('CSV records', () => {
  const table: [string[], string[][]][] = [
    [['a,b,c'], [['a', 'b', 'c']]],
    [['"x, y",2'], [['x, y', '2']]],
    [['"say ""no""",1'], [['say "no"', '1']]],
    [['"two', 'lines",3'], [['two\nlines', '3']]],
    [['a,,', ''], [['a', '', ''], ['']]],
  ];
  it.each(table)('%j → %j', (lines, expected) => {
    const csv = new CsvRecords();
    const got = lines.map((l) => csv.push(l)).filter((r) => r !== null).map((r) => r.cells);
    expect(got).toEqual(expected);
  });
});

describe('ACLED dates', () => {
  const table: [string, string | null][] = [
    ['2016-07-02', '2016-07-02'],
    ['02 July 2016', '2016-07-02'],
    ['15-Jan-2023', '2023-01-15'],
    ['02/07/2016', '2016-07-02'],
    ['31/02/2016', null],
    ['yesterday', null],
  ];
  it.each(table)('%s → %s', (input, expected) => {
    expect(acledDate(input)).toBe(expected);
  });
});

describe('ACLED import', () => {
  it('reads the 2016 layout: every row imported or skipped with a reason', async () => {
    const store = openMemoryStore();
    try {
      const s = await importText(store, 'acled', acled2016);
      expect(s.read).toBe(500);
      expect(s.imported + s.duplicates + s.skipped).toBe(500);
      expect(s.imported).toBeGreaterThan(450);
      // Only the 2016 "Strategic development" grab bag is left out.
      expect(s.problems.every((p) => /Strategic development/.test(p.reason))).toBe(true);
      expect(s.problems[0]?.line).toBeGreaterThan(1);

      // Line 3: an Al Shabaab mortar attack on Baidoa (Remote violence, 2016).
      const e = await store.getEvent('acled-8087RTA');
      expect(e).toMatchObject({ cameo: '183', plover: 'ASSAULT', quad: 4, date: '2016-07-02' });
      expect(e?.source[0]).toMatchObject({ name: 'Al Shabaab', country: 'SOM', sector: 'REB' });
      expect(e?.target[0]).toMatchObject({ name: 'Civilians (Somalia)', country: 'SOM', sector: 'CVL' });
      expect(e?.location).toMatchObject({ name: 'Baidoa', country: 'SOM', admin1: 'Bay', lat: 3.11718, lon: 43.6469 });
      expect(e?.evidence.text).toMatch(/mortar attack/);
      expect((await store.mentionsOf('acled-8087RTA'))[0]).toMatchObject({ origin: 'acled', externalId: '8087RTA', source: 'Agence France Presse' });
      // Line 2: striking workers in Lusaka (Riots/Protests, protesters).
      expect(await store.getEvent('acled-8188RTA')).toMatchObject({ cameo: '141', plover: 'PROTEST' });
    } finally {
      await store.close();
    }
  });

  it('reads the current layout, with sub-event types, associated actors and quoted notes', async () => {
    // Rows of our own in the current column layout.
    const csv = [
      'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp',
      'KEN1001,12 March 2024,2024,1,Demonstrations,Protests,Peaceful protest,Protesters (Kenya),Teachers (Kenya); Students (Kenya),6,,,0,60,,404,Eastern Africa,Kenya,Nairobi,Westlands,,Nairobi,-1.2864,36.8172,1,Daily Nation,National,"On 12 March 2024, teachers marched in Nairobi, demanding pay.",0,,1710000000',
      'SOM2002,2024-03-13,2024,1,Political violence,Explosions/Remote violence,Air/drone strike,Military Forces of the United States (2021-),,8,Al Shabaab,,2,28,,706,Eastern Africa,Somalia,Lower Juba,Jamaame,,Jamaame,0.0722,42.7506,2,Garowe Online,National,"An air strike hit a camp.',
      'Fatalities are not known.",0,,1710000000',
      'SOM2003,2024-03-14,2024,1,Strategic developments,Strategic developments,Other,Al Shabaab,,2,,,0,20,,706,Eastern Africa,Somalia,Bay,,,Baidoa,3.1,43.6,1,Radio,Local,Nothing to code,0,,1710000000',
      'SOM2004,2024-03-15,2024,1,Political violence,Battles,Armed clash,Al Shabaab,,2',
    ].join('\n');
    const store = openMemoryStore();
    try {
      const s = await importText(store, 'acled', csv);
      expect(s).toMatchObject({ read: 4, imported: 2, skipped: 2 });
      expect(s.problems.map((p) => p.line)).toEqual([5, 6]);
      expect(s.problems[0]?.reason).toMatch(/not an event between actors/);
      expect(s.problems[1]?.reason).toMatch(/expected 31 columns/);
      const protest = await store.getEvent('acled-KEN1001');
      expect(protest).toMatchObject({ cameo: '141', plover: 'PROTEST', date: '2024-03-12' });
      expect(protest?.source.map((a) => a.name)).toEqual(['Protesters (Kenya)', 'Teachers (Kenya)', 'Students (Kenya)']);
      expect(protest?.evidence.text).toBe('On 12 March 2024, teachers marched in Nairobi, demanding pay.');
      const strike = await store.getEvent('acled-SOM2002');
      expect(strike).toMatchObject({ cameo: '195', plover: 'ASSAULT' });
      expect(strike?.source[0]).toMatchObject({ country: 'USA', sector: 'MIL' });
      expect(strike?.target[0]).toMatchObject({ country: 'SOM', sector: 'REB' });
      expect(strike?.evidence.text).toBe('An air strike hit a camp.\nFatalities are not known.');
    } finally {
      await store.close();
    }
  });
});
