import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConflibertClass } from '../../src/eval/parse-conflibert-class.js';

describe('parseConflibertClass', () => {
  const text = ['Ann met Bob.\t1', 'Tanks shelled the town.\t4\r', 'no tab here', 'Bad class.\t9', '\t2', '', 'Last one.\t0', ''].join('\n');
  const { items, problems } = parseConflibertClass(text, 'mini.tsv');

  it('reads sentence and penta class with the line number', () => {
    expect(items).toEqual([
      { line: 1, text: 'Ann met Bob.', penta: 1 },
      { line: 2, text: 'Tanks shelled the town.', penta: 4 },
      { line: 7, text: 'Last one.', penta: 0 },
    ]);
  });

  it('reports bad lines and keeps going', () => {
    expect(problems.map((p) => [p.line, p.file])).toEqual([
      [3, 'mini.tsv'],
      [4, 'mini.tsv'],
      [5, 'mini.tsv'],
    ]);
  });
});

describe('parseConflibertClass on the dev gold file', () => {
  const text = readFileSync(new URL('../../../shared/eval/dev/conflibert-cameo-class-train.tsv', import.meta.url), 'utf8');
  const { items, problems } = parseConflibertClass(text, 'conflibert-cameo-class-train.tsv');

  it('reads all 963 sentences without problems', () => {
    expect(items).toHaveLength(963);
    expect(problems).toEqual([]);
  });

  it('has every class 0–4', () => {
    expect(new Set(items.map((i) => i.penta))).toEqual(new Set([0, 1, 2, 3, 4]));
  });
});
