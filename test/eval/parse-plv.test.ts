import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkup, parsePlv } from '../../src/eval/parse-plv.js';

const HEADER = 'uid\tsentence_id\tsentence\tmarked_sentence\tsource\ttarget\tgold_penta\tgold_root';
const row = (...fields: string[]): string => fields.join('\t');

describe('parseMarkup', () => {
  const cases: [string, { plain: string; source: [number, number][]; target: [number, number][] } | RegExp][] = [
    ['<s>Ann</s> met <t>Bob</t>.', { plain: 'Ann met Bob.', source: [[0, 3]], target: [[8, 11]] }],
    ['<s>The Army </s>hit <t>Tor</t>', { plain: 'The Army hit Tor', source: [[0, 8]], target: [[13, 16]] }],
    ['<s>Ann</s> hit <t>Bob</t> and <t>Bob</t>', { plain: 'Ann hit Bob and Bob', source: [[0, 3]], target: [[8, 11], [16, 19]] }],
    ['<s><t>Rus</t> troops</s> left', { plain: 'Rus troops left', source: [[0, 10]], target: [[0, 3]] }],
    ['Nobody <t>Bob</t>', { plain: 'Nobody Bob', source: [], target: [[7, 10]] }],
    ['<s>Ann met Bob', /not closed/],
    ['Ann</s> met Bob', /without/],
    ['<s>A<s>n</s>n</s>', /nested/],
  ];
  it.each(cases)('%s', (marked, expected) => {
    const got = parseMarkup(marked);
    if (expected instanceof RegExp) {
      expect(got).toMatch(expected);
      return;
    }
    const toSpans = (l: [number, number][]) => l.map(([start, end]) => ({ start, end }));
    expect(got).toEqual({ plain: expected.plain, source: toSpans(expected.source), target: toSpans(expected.target) });
  });
});

describe('parsePlv', () => {
  const text = [
    HEADER,
    row('1', '10', 'The Osterlich army shelled Borduria.', '<s>The Osterlich army</s> shelled <t>Borduria</t>.', 'The Osterlich army', 'Borduria', '4', 'ASSAULT'),
    row('2', '11', 'The council agreed.', '<s>The council</s> agreed.', 'The council', 'a recipient', '1', 'AGREE'),
    row('3', '12', 'Syldavia pulled its troops back from Borduria.', '<s>Syldavia</s> pulled its troops back from <t>Borduria</t>.', 'Syldavia', 'Borduria', '2', 'RETREAT'),
    row('4', '13', 'Ann met Bob.', '<s>Ann</s> met <t>Bob</t> today.', 'Ann', 'Bob', '1', 'CONSULT'),
    row('5', '14', 'Ann met Bob.', '<s>Ann</s> met <t>Bob</t>.', 'Ann', 'Bob', '7', 'CONSULT'),
    row('6', '15', 'Ann met Bob.', '<s>Ann</s> met <t>Bob</t>.', 'Ann', 'Bob', '1'),
    row('7', '16', 'Ann met Bob.', '<s>Ann</s> met <t>Bob</t>.', 'Ann', 'Bob', '1', 'DANCE'),
    row('8', '17', 'Ann met Bob.', '<s>Ann</s> met <t>Bob</t>.', 'Ann', 'Robert', '1', 'CONSULT'),
    '',
  ].join('\n');
  const { items, problems } = parsePlv(text, 'mini.tsv');

  it('reads good rows, keeps the row with a differing column, reports the bad ones with their lines', () => {
    expect(items.map((i) => i.uid)).toEqual(['1', '2', '3', '8']);
    expect(problems.map((p) => p.line)).toEqual([5, 6, 7, 8, 9]);
    expect(problems.every((p) => p.file === 'mini.tsv')).toBe(true);
    expect(problems[4]?.message).toMatch(/Robert/);
  });

  it('records spans that slice the sentence to the actor texts', () => {
    const first = items[0];
    expect(first?.line).toBe(2);
    expect(first?.source).toEqual({ text: 'The Osterlich army', spans: [{ start: 0, end: 18 }] });
    expect(first?.target.text).toBe('Borduria');
    expect(first?.goldPenta).toBe(4);
  });

  it('keeps an implicit actor as its placeholder with no spans', () => {
    expect(items[1]?.target).toEqual({ text: 'a recipient', spans: [] });
  });

  it('merges RETREAT into YIELD', () => {
    expect(items[2]?.goldRoot).toBe('YIELD');
  });

  it('reports a missing header column once and reads nothing', () => {
    const r = parsePlv('uid\tsentence\n1\tx\n', 'bad.tsv');
    expect(r.items).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.message).toMatch(/marked_sentence/);
  });
});

describe('parsePlv on the dev gold file', () => {
  const path = new URL('../../../shared/eval/dev/plv-train.tsv', import.meta.url);
  const { items, problems } = parsePlv(readFileSync(path, 'utf8'), 'plv-train.tsv');

  it('reads all 1,050 pairs', () => {
    expect(items).toHaveLength(1050);
  });

  it('gives spans that slice each sentence to exactly the source and target texts', () => {
    for (const item of items) {
      for (const side of [item.source, item.target]) {
        for (const span of side.spans) {
          expect(span.end).toBeGreaterThan(span.start);
          expect(item.sentence.slice(span.start, span.end)).toBe(side.text);
        }
      }
    }
  });

  it('finds both sides marked except for implicit placeholders', () => {
    const implicit = items.filter((i) => i.source.spans.length === 0 || i.target.spans.length === 0);
    expect(implicit.length).toBeGreaterThan(0);
    for (const i of implicit) {
      const side = i.source.spans.length === 0 ? i.source : i.target;
      expect(side.text.toLowerCase()).toMatch(/^an? (actor|recipient)$/);
    }
  });

  it('reports only source/target columns that disagree with the markup', () => {
    for (const p of problems) expect(p.message).toMatch(/differs from the marked text/);
    expect(problems.length).toBeLessThan(5);
  });

  it('uses exactly the 15 root classes (CONCEDE and RETREAT merged)', () => {
    expect(new Set(items.map((i) => i.goldRoot)).size).toBe(15);
    expect(items.every((i) => i.goldRoot !== ('CONCEDE' as string) && i.goldRoot !== ('RETREAT' as string))).toBe(true);
  });
});
