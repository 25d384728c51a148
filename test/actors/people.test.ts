// people.txt: the line format, years in office, aliases two people share,
// and the rules the built-in list keeps (size, no English words as aliases).

import { describe, expect, it } from 'vitest';
import { actorFileFormat, dropSharedAliases, parseActorFile, parseTerms } from '../../src/actors/actor-dictionary.js';
import { loadActorDictionary } from '../../src/actors/load-actors.js';

describe('people files', () => {
  it('are chosen by name', () => {
    expect(actorFileFormat('actors/people.txt')).toBe('people');
    expect(actorFileFormat('/my/people-local.txt')).toBe('people');
  });

  it('parse a person with country, sector, role, years and aliases', () => {
    const parsed = parseActorFile(
      'recep-tayyip-erdogan | TUR | GOV | President | 2003- | Recep Tayyip Erdoğan | Erdogan, Erdoğan\n' +
        'antonio-guterres | igo:UNO | IGO | Secretary-General | 2017- | Antonio Guterres | Guterres\n' +
        'osama-bin-laden | - | REB | - | - | Osama bin Laden\n',
      'people.txt',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((e) => [e.id, e.kind, e.country, e.igo, e.sector, e.role, e.phrases, e.terms])).toEqual([
      ['person:recep-tayyip-erdogan', 'person', 'TUR', null, 'GOV', 'President', ['Recep Tayyip Erdoğan', 'Erdogan', 'Erdoğan'], [{ from: 2003, to: null }]],
      ['person:antonio-guterres', 'person', null, 'UNO', 'IGO', 'Secretary-General', ['Antonio Guterres', 'Guterres'], [{ from: 2017, to: null }]],
      ['person:osama-bin-laden', 'person', null, null, 'REB', null, ['Osama bin Laden'], []],
    ]);
  });

  const bad: Array<[string, string]> = [
    ['Erdogan | TUR | GOV | President | 2003- | Erdogan', 'is not an id'],
    ['erdogan | TURKEY | GOV | President | 2003- | Erdogan', 'not an ISO 3166-1 alpha-3 code, igo:CODE or -'],
    ['guterres | igo:un | IGO | Secretary-General | 2017- | Guterres', 'is not igo:CODE'],
    ['erdogan | TUR | BOSS | President | 2003- | Erdogan', 'not a PLOVER sector'],
    ['erdogan | TUR | GOV | President | since 2003 | Erdogan', 'not a list of years'],
    ['erdogan | TUR | GOV | President | 2003-', 'expected id'],
  ];
  for (const [line, message] of bad) {
    it(`${line} → ${message}`, () => {
      const parsed = parseActorFile(`${line}\n`, 'people.txt');
      expect(parsed.problems.map((p) => p.message)).toEqual([expect.stringContaining(message)]);
    });
  }
});

describe('parseTerms', () => {
  const rows: Array<[string, ReturnType<typeof parseTerms>]> = [
    ['-', []],
    ['2017-', [{ from: 2017, to: null }]],
    ['2022', [{ from: 2022, to: 2022 }]],
    ['2009-2017, 2021-2025', [{ from: 2009, to: 2017 }, { from: 2021, to: 2025 }]],
    ['2017-2021, 2025-', [{ from: 2017, to: 2021 }, { from: 2025, to: null }]],
    ['2021-2017', null],
    ['since 2003', null],
  ];
  for (const [field, expected] of rows) it(`${field} → ${JSON.stringify(expected)}`, () => expect(parseTerms(field)).toEqual(expected));
});

describe('dropSharedAliases', () => {
  it('takes an alias from both people who claim it, never a full name', () => {
    const parsed = parseActorFile(
      'bill-clinton | USA | GOV | President | 1993-2001 | Bill Clinton | Clinton\n' +
        'hillary-clinton | USA | GOV | Secretary of State | 2009-2013 | Hillary Clinton | Clinton, Hillary Rodham Clinton\n',
      'people.txt',
    );
    const groups = parseActorFile('hamas | PSE | REB | Hamas\n', 'groups.txt');
    const out = dropSharedAliases([...parsed.entries, ...groups.entries]);
    expect(out.map((e) => e.phrases)).toEqual([['Bill Clinton'], ['Hillary Clinton', 'Hillary Rodham Clinton'], ['Hamas']]);
  });
});

describe('the built-in people.txt', () => {
  const dict = loadActorDictionary();
  const people = dict.entries.filter((e) => e.kind === 'person');

  it('lists at least 400 people from at least 120 countries and the main organisations', () => {
    expect(people.length).toBeGreaterThanOrEqual(400);
    expect(new Set(people.map((p) => p.country).filter((c) => c !== null)).size).toBeGreaterThanOrEqual(120);
    const igos = new Set(people.map((p) => p.igo));
    for (const igo of ['UNO', 'NATO', 'EUR', 'AU', 'ARL', 'IMF', 'WHO', 'IAEA']) expect(igos, igo).toContain(igo);
  });

  it('gives every person a sector and a known country or organisation code', () => {
    const igoCodes = new Set(dict.entries.filter((e) => e.kind === 'igo').map((e) => e.igo));
    for (const p of people) {
      expect(p.sector, p.id).not.toBeNull();
      if (p.country !== null) expect(dict.countries.has(p.country), p.id).toBe(true);
      if (p.igo !== null) expect(igoCodes.has(p.igo), p.id).toBe(true);
    }
  });

  it('has no bare alias that is an English word (checked against compromise\u2019s lexicon)', async () => {
    const nlp = (await import('compromise')).default as unknown as { model(): { one: { lexicon: Record<string, string | undefined> } } };
    const lexicon = nlp.model().one.lexicon;
    // Words whose English sense is written in lower case, never capitalised in running text.
    const lowerOnly = new Set(['pence']);
    const words = [...dict.byFirstToken.values()]
      .flat()
      .filter((p) => p.entry.kind === 'person' && p.tokens.length === 1)
      .map((p) => p.tokens[0]?.key ?? '')
      .filter((k) => {
        const tag = lexicon[k];
        return tag !== undefined && !/Name|Place|ProperNoun/.test(tag) && !lowerOnly.has(k);
      });
    expect(words).toEqual([]);
  });

  it('keeps "the" and months out of the aliases, and drops surnames two people share', () => {
    const bare = new Set([...dict.byFirstToken.values()].flat().filter((p) => p.entry.kind === 'person' && p.tokens.length === 1).map((p) => p.tokens[0]?.key));
    for (const word of ['may', 'the', 'rice', 'bush', 'khan', 'clinton', 'barzani', 'aoun']) expect(bare.has(word), word).toBe(false);
    for (const word of ['erdogan', 'putin', 'netanyahu', 'maduro', 'sisi', 'buhari', 'obama', 'trump']) expect(bare.has(word), word).toBe(true);
  });
});
