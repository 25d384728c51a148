// PLV items for tests, built from [marked sentence, penta, root] rows through
// the real reader (the source and target columns are the marked texts, "a
// recipient" when a side is not marked).

import { expect } from 'vitest';
import { parsePlv, type PlvItem } from '../../src/eval/parse-plv.js';

const HEADER = 'uid\tsentence_id\tsentence\tmarked_sentence\tsource\ttarget\tgold_penta\tgold_root';

export type PlvRow = readonly [marked: string, penta: number, root: string];

export function plvItems(rows: readonly PlvRow[]): PlvItem[] {
  const lines = rows.map(([marked, penta, root], i) => {
    const plain = marked.replace(/<\/?[st]>/g, '');
    const side = (tag: string): string => new RegExp(`<${tag}>(.*?)</${tag}>`).exec(marked)?.[1] ?? 'a recipient';
    return [String(i), String(i), plain, marked, side('s'), side('t'), String(penta), root].join('\t');
  });
  const { items, problems } = parsePlv([HEADER, ...lines].join('\n'), 'test.tsv');
  expect(problems).toEqual([]);
  return items;
}
