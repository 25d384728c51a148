import { describe, expect, it } from 'vitest';
import {
  actorFileFormat,
  compileActorDictionary,
  foldKey,
  parseActorFile,
  PRIORITY,
  type ActorEntry,
} from '../../src/actors/actor-dictionary.js';
import { loadActorDictionary } from '../../src/actors/load-actors.js';

describe('actorFileFormat', () => {
  const cases: Array<[string, string]> = [
    ['actors/countries.txt', 'countries'],
    ['/home/me/my-actors/countries-extra.txt', 'countries'],
    ['igos.txt', 'igos'],
    ['actors/sectors.txt', 'sectors'],
    ['actors/groups.txt', 'groups'],
    ['actors/media.txt', 'groups'],
    ['local-militias.txt', 'groups'],
  ];
  for (const [file, format] of cases) it(file, () => expect(actorFileFormat(file)).toBe(format));
});

describe('foldKey', () => {
  const cases: Array<[string, string]> = [
    ['Bogotá', 'bogota'],
    ['Côte d’Ivoire', "cote d'ivoire"],
    ['ÉLYSÉE', 'elysee'],
    ['Iraq', 'iraq'],
  ];
  for (const [input, key] of cases) it(input, () => expect(foldKey(input)).toBe(key));
});

describe('parseActorFile', () => {
  it('reads each format', () => {
    const countries = parseActorFile('# comment\nIRQ | demonym | Iraqi  # trailing comment\nRUS | seat GOV | Kremlin\n* | block | Latin America\nXKX | replaces | UNK\n', 'countries.txt');
    expect(countries.problems).toEqual([]);
    expect(countries.entries.map((e) => [e.id, e.kind, e.country, e.sector, e.phrases])).toEqual([
      ['demonym:IRQ', 'demonym', 'IRQ', null, ['Iraqi']],
      ['seat:RUS:kremlin', 'seat', 'RUS', 'GOV', ['Kremlin']],
      ['block:latin-america', 'block', null, null, ['Latin America']],
    ]);
    expect(countries.entries[2]?.priority).toBe(PRIORITY.block);
    expect(countries.codeReplacements).toEqual([{ from: 'UNK', to: 'XKX' }]);

    const igos = parseActorFile('UNHCR | IGO | UNHCR | UN refugee agency | UNO\nEUR | IGO | European Union | EU\nEUR | LEG | European Parliament\n', 'igos.txt');
    expect(igos.problems).toEqual([]);
    expect(igos.entries.map((e) => [e.id, e.igo, e.sector, e.parent, e.country])).toEqual([
      ['igo:UNHCR', 'UNHCR', 'IGO', 'UNO', null],
      ['igo:EUR', 'EUR', 'IGO', null, null],
      ['igo:EUR:european-parliament', 'EUR', 'LEG', null, null],
    ]);

    const groups = parseActorFile('hamas | PSE | REB | Hamas | HAMAS\nislamic-state | - | REB | Islamic State | IS, ISIS\n', 'groups.txt');
    expect(groups.problems).toEqual([]);
    expect(groups.entries.map((e) => [e.id, e.country, e.sector, e.phrases])).toEqual([
      ['group:hamas', 'PSE', 'REB', ['Hamas', 'HAMAS']],
      ['group:islamic-state', null, 'REB', ['Islamic State', 'IS', 'ISIS']],
    ]);

    const sectors = parseActorFile('GOV weak | Spokesperson | spokesman, spokeswoman\nMIL | - | troops\n', 'sectors.txt');
    expect(sectors.problems).toEqual([]);
    expect(sectors.entries.map((e) => [e.id, e.sector, e.role, e.flags.weak])).toEqual([
      ['sector:spokesperson', 'GOV', 'Spokesperson', true],
      ['sector:troops', 'MIL', null, false],
    ]);
  });

  const bad: Array<[string, string, string]> = [
    ['countries.txt', 'IRAQ | name | Iraq', 'not an ISO 3166-1 alpha-3 code'],
    ['countries.txt', 'IRQ | nickname | Mesopotamia', 'unknown kind'],
    ['countries.txt', 'RUS | seat | Kremlin', 'seat needs a PLOVER sector'],
    ['countries.txt', 'RUS | seat XYZ | Kremlin', 'seat needs a PLOVER sector'],
    ['countries.txt', '* | name | Atlantis', 'code * takes kind block'],
    ['countries.txt', 'IRQ | name', 'expected CODE | kind | phrases'],
    ['countries.txt', 'IRQ | name | ', 'no phrases'],
    ['igos.txt', 'UNO | ORG | United Nations', 'not a PLOVER sector'],
    ['igos.txt', 'un | IGO | United Nations', 'not an organisation code'],
    ['igos.txt', 'UNO | IGO', 'expected CODE | SECTOR | Name'],
    ['groups.txt', 'Hamas | PSE | REB | Hamas', 'is not an id'],
    ['groups.txt', 'hamas | Palestine | REB | Hamas', 'not an ISO 3166-1 alpha-3 code or -'],
    ['groups.txt', 'hamas | PSE | TERROR | Hamas', 'not a PLOVER sector'],
    ['groups.txt', 'hamas | PSE | REB | Hamas\nhamas | PSE | REB | Hamas', 'duplicate id group:hamas'],
    ['sectors.txt', 'GOV strong | - | government', 'unknown flag "strong"'],
    ['sectors.txt', 'ARMY | - | troops', 'not a PLOVER sector'],
  ];
  for (const [file, text, message] of bad) {
    it(`${file}: ${text.split('\n').pop() ?? ''} → ${message}`, () => {
      const parsed = parseActorFile(`# header\n${text}\n`, file);
      expect(parsed.problems.length).toBe(1);
      expect(parsed.problems[0]?.message).toContain(message);
      expect(parsed.problems[0]?.line).toBe(text.split('\n').length + 1);
    });
  }

  it('keeps the good lines around a bad one', () => {
    const parsed = parseActorFile('hamas | PSE | REB | Hamas\nbad line\nfatah | PSE | PTY | Fatah\n', 'groups.txt');
    expect(parsed.entries.map((e) => e.id)).toEqual(['group:hamas', 'group:fatah']);
    expect(parsed.problems).toEqual([{ file: 'groups.txt', line: 2, message: expect.stringContaining('expected') }]);
  });
});

function entry(over: Partial<ActorEntry> & Pick<ActorEntry, 'id' | 'kind' | 'phrases'>): ActorEntry {
  return {
    name: over.phrases[0] ?? '',
    country: null,
    igo: null,
    sector: null,
    role: null,
    flags: { weak: false, owned: false, det: false, named: false, foreign: false, adjective: false },
    parent: null,
    priority: PRIORITY.file,
    file: 'test.txt',
    line: 1,
    ...over,
  };
}

describe('compileActorDictionary', () => {
  it('indexes phrases by first token, longest first, with letter-case rules', () => {
    const dict = compileActorDictionary([
      entry({ id: 'country:USA', kind: 'country', phrases: ['US', 'United States', 'the United States of America'] }),
      entry({ id: 'group:aq', kind: 'group', phrases: ['al-Qaeda'] }),
      entry({ id: 'sector:troops', kind: 'sector', phrases: ['Troops'] }),
    ]);
    const united = dict.byFirstToken.get('united') ?? [];
    expect(united.map((p) => p.tokens.map((t) => t.text).join(' '))).toEqual(['United States of America', 'United States']);
    expect(dict.byFirstToken.get('us')?.[0]?.tokens[0]?.casing).toBe('exact');
    expect(united[1]?.tokens[0]?.casing).toBe('proper');
    expect(united[0]?.tokens[2]?.casing).toBe('any'); // "of"
    expect(dict.byFirstToken.get('al-qaeda')?.[0]?.tokens[0]?.casing).toBe('any');
    expect(dict.byFirstToken.get('troops')?.[0]?.tokens[0]?.casing).toBe('any');
    expect(dict.byFirstToken.has('the')).toBe(false);
  });

  it('gives a phrase claimed twice to the higher priority, and reports clashes between equals', () => {
    const dict = compileActorDictionary([
      entry({ id: 'capital:BEL:brussels', kind: 'capital', phrases: ['Brussels'], priority: PRIORITY.independentCountry }),
      entry({ id: 'igo:EUR', kind: 'igo', phrases: ['Brussels'], igo: 'EUR' }),
      entry({ id: 'group:a', kind: 'group', phrases: ['Alpha Front'] }),
      entry({ id: 'group:b', kind: 'group', phrases: ['Alpha Front'], line: 7 }),
    ]);
    expect(dict.byFirstToken.get('brussels')?.map((p) => p.entry.id)).toEqual(['igo:EUR']);
    expect(dict.byFirstToken.get('alpha')?.map((p) => p.entry.id)).toEqual(['group:a']);
    expect(dict.problems).toEqual([{ file: 'test.txt', line: 7, message: expect.stringContaining('group:a') }]);
  });
});

describe('the built-in dictionary', () => {
  const dict = loadActorDictionary();

  it('loads without problems', () => {
    expect(dict.problems).toEqual([]);
  });

  it('is cached', () => {
    expect(loadActorDictionary()).toBe(dict);
  });

  it('has the groups, organisations and countries it promises', () => {
    const groups = dict.entries.filter((e) => e.kind === 'group' && e.file.endsWith('groups.txt'));
    expect(groups.length).toBeGreaterThanOrEqual(40);
    const ids = new Set(dict.entries.map((e) => e.id));
    for (const id of ['group:hamas', 'group:hezbollah', 'group:islamic-state', 'group:houthis', 'group:rsf', 'group:pmf', 'group:krg', 'group:m23', 'group:taliban', 'group:pkk']) {
      expect(ids, id).toContain(id);
    }
    for (const id of ['igo:UNO', 'igo:EUR', 'igo:NATO', 'igo:AU', 'igo:ARL', 'igo:UNHCR', 'igo:WHO', 'igo:ICC', 'igo:AMN', 'igo:MSF']) {
      expect(ids, id).toContain(id);
    }
    expect(dict.igoParents.get('UNHCR')).toBe('UNO');
    expect(dict.countries.get('IRQ')).toEqual({ code: 'IRQ', name: 'Iraq', capital: 'Baghdad' });
    expect(dict.countries.get('XKX')?.name).toBe('Kosovo');
    expect(dict.countries.has('UNK')).toBe(false);
  });

  it('gives every group and organisation a sector, and organisations no country', () => {
    for (const e of dict.entries) {
      if (e.kind === 'group' || e.kind === 'igo' || e.kind === 'sector') expect(e.sector, e.id).not.toBeNull();
      if (e.kind === 'igo') expect([e.country, e.igo === null], e.id).toEqual([null, false]);
      if (e.country !== null) expect(dict.countries.has(e.country), e.id).toBe(true);
    }
  });

  it('drops two-letter codes and ambiguous spellings from world-countries', () => {
    // "IN" (India), "IS" (Iceland), "AM" (Armenia) are English words.
    for (const word of ['in', 'is', 'am', 'no', 'it', 'island', 'mann']) {
      const owners = (dict.byFirstToken.get(word) ?? []).filter((p) => p.tokens.length === 1).map((p) => p.entry.kind);
      expect(owners.filter((k) => k === 'country'), word).toEqual([]);
    }
  });
});

describe('title-case twins of acronyms', () => {
  const dict = loadActorDictionary();
  const twins = [...dict.byFirstToken.values()].flat().filter((p) => p.tokens.some((t) => t.casing === 'title'));

  it('exist for acronyms said as words', () => {
    const texts = twins.map((p) => p.tokens[0]?.text);
    for (const t of ['Nato', 'Asean', 'Ecowas', 'Farc', 'Opec', 'Isis']) expect(texts, t).toContain(t);
  });

  it('are never English words or given names (checked against compromise\u2019s lexicon)', async () => {
    const nlp = (await import('compromise')).default as unknown as { model(): { one: { lexicon: Record<string, string | undefined> } } };
    const lexicon = nlp.model().one.lexicon;
    const clashes = twins
      .map((p) => p.tokens[0]?.key ?? '')
      .filter((k) => {
        const tag = lexicon[k];
        return tag !== undefined && !/Organization|Country|Acronym|Place/.test(tag);
      });
    expect(clashes).toEqual([]);
  });

  it('match only in title case', () => {
    const nato = twins.find((p) => p.tokens[0]?.text === 'Nato');
    expect(nato?.entry.id).toBe('igo:NATO');
    expect(twins.some((p) => p.tokens[0]?.key === 'who')).toBe(false);
  });
});

describe('first-names files', () => {
  it('give folded given names, one problem per bad name', () => {
    const parsed = parseActorFile('# given names\nJulian, Britta\nJürgen, jack, Ann Marie\n', 'first-names.txt');
    expect(parsed.firstNames).toEqual(['julian', 'britta', 'jurgen']);
    expect(parsed.problems.map((p) => [p.line, p.message])).toEqual([
      [3, expect.stringContaining('"jack"')],
      [3, expect.stringContaining('"Ann Marie"')],
    ]);
  });

  it('the built-in list knows common given names and no country or capital', () => {
    const dict = loadActorDictionary();
    for (const n of ['julian', 'mohammed', 'olga', 'jean', 'kwame']) expect(dict.firstNames.has(n), n).toBe(true);
    for (const n of ['jordan', 'chad', 'israel', 'georgia', 'paris', 'may', 'will', 'mark']) expect(dict.firstNames.has(n), n).toBe(false);
  });
});
