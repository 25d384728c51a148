import { describe, expect, it } from 'vitest';
import { parseGsr } from '../../src/eval/parse-gsr.js';
import { loadResources } from '../../src/load-resources.js';
import type { RelationPair } from '../../src/relation/analyse-relation.js';
import { relationItems } from '../../src/relation/relation-items.js';

const res = loadResources();
const text = 'Norway criticised Chile over the fishing dispute on Monday.';

function gsrFile(source: string, target: string): Parameters<typeof relationItems>[0] {
  const json = JSON.stringify([
    { id: 'T1', event: 'DISAPPROVE', text, source: [{ actorText: source, code: 'X' }], target: [{ actorText: target, code: 'Y' }], textInfo: { markup: '(SRC: x)' } },
  ]);
  const { items, problems } = parseGsr(json, 'test.json');
  expect(problems).toEqual([]);
  return { format: 'gsr', file: 'test.json', items, problems };
}

const names = (pair: RelationPair): string =>
  `${pair.source.map((s) => text.slice(s.start, s.end)).join('+')}>${pair.target.map((s) => text.slice(s.start, s.end)).join('+')}`;

describe('relationItems for GSR training', () => {
  it("trains on the gold actors' pair and on the pair the coder would guess, with one label", () => {
    const items = relationItems(gsrFile('Chile', 'Norway'), res, 'relation', 'gold');
    expect(items.map((i) => [names(i.pair), i.pairFrom, i.label, i.index])).toEqual([
      ['Chile>Norway', 'gold-actors', 'ACCUSE', 0],
      ['Norway>Chile', 'event', 'ACCUSE', 0],
    ]);
  });

  it('trains once when the guess is the gold pair', () => {
    const items = relationItems(gsrFile('Norway', 'Chile'), res, 'relation', 'gold');
    expect(items.map((i) => names(i.pair))).toEqual(['Norway>Chile']);
  });

  it('scores the guessed pair alone', () => {
    const items = relationItems(gsrFile('Chile', 'Norway'), res, 'relation', 'coder');
    expect(items.map((i) => names(i.pair))).toEqual(['Norway>Chile']);
  });
});
