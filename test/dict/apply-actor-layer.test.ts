// User actor files laid over the built-in dictionary: problems with file and
// line, duplicates, conflicts, overrides and removals, as data.

import { describe, expect, it } from 'vitest';
import { loadBuiltinActorParts } from '../../src/actors/load-actors.js';
import { applyActorLayer, isEntryId, phraseKey } from '../../src/dict/apply-actor-layer.js';
import type { DictFinding } from '../../src/dict/dict-finding.js';

const builtin = loadBuiltinActorParts();

function lay(files: Record<string, string>): ReturnType<typeof applyActorLayer> {
  return applyActorLayer(
    builtin,
    Object.entries(files).map(([file, text]) => ({ file, text })),
  );
}

function only(findings: DictFinding[], kind: DictFinding['kind']): Array<[string, number, string]> {
  return findings.filter((f) => f.kind === kind).map((f) => [f.file, f.line, f.message]);
}

function entriesWith(entries: ReturnType<typeof applyActorLayer>['parts']['entries'], phrase: string): string[] {
  return entries.filter((e) => e.phrases.some((p) => phraseKey(p) === phraseKey(phrase))).map((e) => e.id);
}

describe('phraseKey and isEntryId', () => {
  const keys: Array<[string, string]> = [
    ['The Red Hand Front', 'red hand front'],
    ['Bogotá', 'bogota'],
    ['  Islamic   State ', 'islamic state'],
    ['HAMAS', 'hamas'],
  ];
  for (const [phrase, key] of keys) it(phrase, () => expect(phraseKey(phrase)).toBe(key));
  const ids: Array<[string, boolean]> = [
    ['group:hamas', true],
    ['country:IRQ', true],
    ['sector:prime-minister:pm', true],
    ['Hamas', false],
    ['note: this', false],
    ['unknown:thing', false],
  ];
  for (const [target, yes] of ids) it(target, () => expect(isEntryId(target)).toBe(yes));
});

describe('applyActorLayer: problems name the file and line', () => {
  const cases: Array<[Record<string, string>, [string, number, RegExp]]> = [
    [{ 'd/actors/groups.txt': '# ok\nrhf | GBR | REB | Red Hand Front\nbad | GBR | XYZ | Bad Group\n' }, ['d/actors/groups.txt', 3, /"XYZ" is not a PLOVER sector/]],
    [{ 'd/actors/groups.txt': '\n\nblue | QQQ | REB | Blue Hand\n' }, ['d/actors/groups.txt', 3, /unknown country code QQQ/]],
    [{ 'd/actors/igos.txt': 'lower | IGO | Something\n' }, ['d/actors/igos.txt', 1, /not an organisation code/]],
    [{ 'd/actors/countries.txt': 'IRQ | name | Mesopotamia\nXKX | replaces | UNK\n' }, ['d/actors/countries.txt', 2, /"replaces" lines are for the built-in/]],
    [{ 'd/actors/people.txt': 'jo | IRQ | GOV | Governor | 2030-2020 | Jo Bloggs\n' }, ['d/actors/people.txt', 1, /years in office/]],
    [{ 'd/actors/sectors.txt': 'GOV shiny | - | thing\n' }, ['d/actors/sectors.txt', 1, /unknown flag "shiny"/]],
    [{ 'd/actors/groups.txt': 'ok | GBR | REB | Fine\n-\n' }, ['d/actors/groups.txt', 2, /removal line needs/]],
    [{ 'd/actors/militias.txt': 'x | IRQ | REB | X\n' }, ['d/actors/militias.txt', 0, /must start with its kind/]],
  ];
  for (const [files, [file, line, message]] of cases) {
    it(`${file}:${line} ${message.source}`, () => {
      const errors = lay(files).findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => [f.file, f.line])).toEqual([[file, line]]);
      expect(errors[0]?.message).toMatch(message);
    });
  }

  it('keeps the good lines of a file with a bad one', () => {
    const laid = lay({ 'd/actors/groups.txt': 'rhf | GBR | REB | Red Hand Front\nbad | GBR | XYZ | Bad Group\n' });
    expect(entriesWith(laid.parts.entries, 'Red Hand Front')).toEqual(['group:rhf']);
    expect(laid.parts.problems.some((p) => p.file === 'd/actors/groups.txt' && p.line === 2)).toBe(true);
  });
});

describe('applyActorLayer: duplicates inside one folder', () => {
  it('reports a phrase claimed by two entries, keeping the first', () => {
    const laid = lay({
      'd/actors/groups.txt': 'rhf | GBR | REB | Red Hand Front | RHF\n',
      'd/actors/groups-more.txt': 'other | IRL | REB | Other Front | RHF\n',
    });
    expect(only(laid.findings, 'duplicate')).toEqual([
      ['d/actors/groups-more.txt', 1, '"RHF" is also group:rhf at d/actors/groups.txt:1; kept that'],
    ]);
    expect(entriesWith(laid.parts.entries, 'RHF')).toEqual(['group:rhf']);
  });

  it('reports an id defined twice across files', () => {
    const laid = lay({ 'd/actors/groups.txt': 'rhf | GBR | REB | Red Hand Front\n', 'd/actors/media.txt': 'rhf | GBR | JRN | Red Hand Times\n' });
    expect(only(laid.findings, 'duplicate').map(([f, l]) => `${f}:${l}`)).toEqual(['d/actors/media.txt:1']);
  });

  it('lets two name lines add to one country', () => {
    const laid = lay({ 'd/actors/countries.txt': 'IRQ | name | Mesopotamia\nIRQ | name | Land Between the Rivers\n' });
    expect(laid.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(entriesWith(laid.parts.entries, 'Mesopotamia')).toEqual(['country:IRQ']);
    expect(entriesWith(laid.parts.entries, 'Land Between the Rivers')).toEqual(['country:IRQ']);
    // The built-in names stay.
    expect(entriesWith(laid.parts.entries, 'Iraq')).toEqual(['country:IRQ']);
  });
});

describe('applyActorLayer: conflicts and overrides with the built-in dictionary', () => {
  it('takes a phrase from a built-in entry coded otherwise and reports a conflict', () => {
    const laid = lay({ 'd/actors/groups.txt': 'quds-brigade | IRN | MIL | Quds Brigade | Hamas\n' });
    const conflicts = only(laid.findings, 'conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.[2]).toMatch(/^"Hamas".* are group:hamas \(actors\/groups\.txt:\d+\), coded PSE REB; yours codes them IRN MIL/);
    expect(entriesWith(laid.parts.entries, 'Hamas')).toEqual(['group:quds-brigade']);
    expect(laid.findings.every((f) => f.severity !== 'error')).toBe(true);
  });

  it('calls a same-id entry an override, and replaces the built-in one whole', () => {
    const laid = lay({ 'd/actors/groups.txt': 'hezbollah | LBN | PTY | Hezbollah | Hizbollah Party\n' });
    expect(only(laid.findings, 'conflict')).toEqual([]);
    const overrides = only(laid.findings, 'override');
    expect(overrides).toHaveLength(1);
    expect(overrides[0]?.[2]).toMatch(/^replaces group:hezbollah \(actors\/groups\.txt:\d+\): LBN REB → LBN PTY$/);
    const mine = laid.parts.entries.filter((e) => e.id === 'group:hezbollah');
    expect(mine.map((e) => [e.file, e.sector])).toEqual([['d/actors/groups.txt', 'PTY']]);
  });

  it('is no conflict when a "-" line removed the phrase first', () => {
    const laid = lay({ 'd/actors/groups.txt': '-Hamas\nquds-brigade | IRN | MIL | Quds Brigade | Hamas\n' });
    expect(only(laid.findings, 'conflict')).toEqual([]);
    expect(only(laid.findings, 'removal')[0]?.slice(0, 2)).toEqual(['d/actors/groups.txt', 1]);
  });

  it('does not change the dictionary below it', () => {
    const before = entriesWith(builtin.entries, 'Hamas');
    lay({ 'd/actors/groups.txt': '-group:hamas\n' });
    expect(entriesWith(builtin.entries, 'Hamas')).toEqual(before);
  });
});

describe('applyActorLayer: removals', () => {
  it('removes a phrase from every entry that has it, and an entry by id', () => {
    const laid = lay({ 'd/actors/groups.txt': '-ISIS\n-group:al-qaeda   # not in our region\n' });
    expect(entriesWith(laid.parts.entries, 'ISIS')).toEqual([]);
    expect(entriesWith(laid.parts.entries, 'Islamic State')).toEqual(['group:islamic-state']);
    expect(laid.parts.entries.some((e) => e.id === 'group:al-qaeda')).toBe(false);
    expect(only(laid.findings, 'removal').map(([, line, m]) => [line, m.split(' (')[0]])).toEqual([
      [1, 'removed "ISIS" from group:islamic-state'],
      [2, 'removed group:al-qaeda'],
    ]);
  });

  it('warns when there is nothing to remove', () => {
    const laid = lay({ 'd/actors/groups.txt': '-Nothing Like This\n-group:no-such-group\n' });
    expect(laid.findings.map((f) => [f.severity, f.line])).toEqual([
      ['warning', 1],
      ['warning', 2],
    ]);
  });

  it('removes and adds given names in first-names files', () => {
    const laid = lay({ 'd/actors/first-names.txt': 'Zorblat\n-Julian\n' });
    expect(laid.parts.firstNames).toContain('zorblat');
    expect(laid.parts.firstNames).not.toContain('julian');
    expect(builtin.firstNames).toContain('julian');
  });
});
