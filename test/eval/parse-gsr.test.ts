import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { countryOfCameoCode } from '../../src/eval/country-of-cameo-code.js';
import { gsrEventType, gsrSector, parseGsr } from '../../src/eval/parse-gsr.js';

describe('gsrEventType', () => {
  const cases: [string, string | null][] = [
    ['DISAPPROVE', 'ACCUSE'],
    ['FIGHT', 'ASSAULT'],
    ['INVESTIGATE', 'ACCUSE'],
    ['DEMAND', 'REQUEST'],
    ['CONCEDE', 'CONCEDE'],
    ['RETREAT', 'RETREAT'],
    ['AGREE', 'AGREE'],
    ['DOCUMENT', null],
    ['agree', null],
  ];
  it.each(cases)('%s → %s', (event, type) => expect(gsrEventType(event)).toBe(type));
});

describe('gsrSector', () => {
  const cases: [string | null, string | null][] = [
    ['GOV', 'GOV'],
    ['CVLalb', 'CVL'],
    ['REBkur', 'REB'],
    ['CIV', 'CVL'],
    ['MOS', 'REL'],
    ['***', null],
    [null, null],
  ];
  it.each(cases)('%s → %s', (code, sector) => expect(gsrSector(code)).toBe(sector));
});

describe('countryOfCameoCode', () => {
  const cases: [string, { country: string | null; igo: boolean }][] = [
    ['USA', { country: 'USA', igo: false }],
    ['JAP', { country: 'JPN', igo: false }],
    ['ITL', { country: 'ITA', igo: false }],
    ['VTN', { country: 'VNM', igo: false }],
    ['IGO', { country: null, igo: true }],
    ['NGO', { country: null, igo: false }],
    ['IMG', { country: null, igo: false }],
    ['', { country: null, igo: false }],
  ];
  it.each(cases)('%s', (code, expected) => expect(countryOfCameoCode(code)).toEqual(expected));
});

describe('parseGsr', () => {
  const json = JSON.stringify(
    [
      { id: 'DOC', event: 'DOCUMENT', comment: 'about this file' },
      {
        id: 'R1',
        event: 'DISAPPROVE',
        text: 'Tokyo criticised Washington.',
        source: [{ actorText: 'Tokyo', code: 'JAP', sector: 'GOVxyz' }],
        target: [{ actorText: ' Washington', code: 'USA' }],
      },
      { id: 'R2', event: 'DANCE', text: 'They danced.', source: [] },
      { id: 'R3', event: 'AGREE', text: 'Ann and Bob agreed.', source: [{ actorText: 'Ann', code: 'HUN' }, { actorText: 'Bob', code: 'ROU' }], target: 'talks', textInfo: { markup: '(SRC/TAR: Ann) and (SRC/TAR: Bob) (EVT: agreed).' } },
      { id: 'R4', event: 'AID', text: 'The UN helped.', source: [{ actorText: 'The UN', code: 'IGO' }, { name: 'broken' }], target: null, textInfo: '(SRC: The UN) (EVT: helped).' },
      'not a record',
    ],
    null,
    2,
  );
  const { items, problems } = parseGsr(json, 'mini.json');

  it('skips the DOCUMENT record and keeps records with usable text and event', () => {
    expect(items.map((i) => i.id)).toEqual(['R1', 'R3', 'R4']);
  });

  it('maps old names, country codes and sectors', () => {
    const r1 = items[0];
    expect(r1?.event).toBe('DISAPPROVE');
    expect(r1?.type).toBe('ACCUSE');
    expect(r1?.source[0]).toEqual({ text: 'Tokyo', code: 'JAP', country: 'JPN', igo: false, sector: 'GOV', sectorCode: 'GOVxyz' });
    expect(r1?.target[0]?.text).toBe('Washington');
  });

  it('flags symmetric (SRC/TAR) records', () => {
    expect(items.map((i) => i.symmetric)).toEqual([false, true, false]);
  });

  it('reports the bad event, the string target, the bad actor and the non-record, with their lines', () => {
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/record 3: event "DANCE"/),
      expect.stringMatching(/record 4: target is the string "talks"/),
      expect.stringMatching(/record 5: source\[1\]/),
      expect.stringMatching(/record 6:/),
    ]);
    const lines = json.split('\n');
    const dance = problems[0];
    expect(lines[(dance?.line ?? 0) - 1]?.trim()).toBe('{');
    expect(lines[dance?.line ?? 0]).toContain('"R2"');
  });

  it('returns one problem for text that is not JSON', () => {
    const r = parseGsr('[{"id": ', 'broken.json');
    expect(r.items).toEqual([]);
    expect(r.problems).toHaveLength(1);
  });
});

describe('parseGsr on the dev gold file', () => {
  const path = new URL('../../../shared/eval/dev/plover-gsr.json', import.meta.url);
  const text = readFileSync(path, 'utf8');
  const { items, problems } = parseGsr(text, 'plover-gsr.json');
  const raw = JSON.parse(text) as { event: string }[];

  it('reads every record but the DOCUMENT one', () => {
    expect(items).toHaveLength(raw.filter((r) => r.event !== 'DOCUMENT').length);
    expect(items).toHaveLength(322);
  });

  it('gives each item the line of its record', () => {
    const lines = text.split('\n');
    for (const item of items) expect(lines[item.line]).toContain(`"${item.id}"`);
  });

  it('maps every country code to an ISO 3166-1 alpha-3 code', () => {
    const countries = createRequire(import.meta.url)('world-countries/countries.json') as { cca3: string }[];
    const iso = new Set(countries.map((c) => c.cca3));
    expect(iso.has('JPN')).toBe(true);
    const actors = items.flatMap((i) => [...i.source, ...i.target]);
    const unknown = actors.filter((a) => a.country !== null && !iso.has(a.country)).map((a) => a.code);
    expect(unknown).toEqual([]);
    const japan = actors.filter((a) => a.code === 'JAP');
    expect(japan.length).toBeGreaterThan(0);
    expect(japan.every((a) => a.country === 'JPN')).toBe(true);
  });

  it('uses only PLOVER types after the old-name mapping, and reports few problems', () => {
    expect(items.some((i) => i.event === 'FIGHT' && i.type === 'ASSAULT')).toBe(true);
    expect(problems.length).toBeLessThan(5);
  });
});
