import { describe, expect, it } from 'vitest';
import { plvItems, type PlvRow } from '../eval/plv-rows.js';
import { parseGsr } from '../../src/eval/parse-gsr.js';
import { loadResources } from '../../src/load-resources.js';
import type { RelationPair } from '../../src/relation/analyse-relation.js';
import { knownCandidateItems, rankerExamples, relationItems, sentenceItems } from '../../src/relation/relation-items.js';

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

/** A PLV file from [marked sentence, penta, root] rows through the real reader. */
function plvFile(rows: readonly PlvRow[]): Parameters<typeof relationItems>[0] {
  return { format: 'plv', file: 'test.tsv', items: plvItems(rows), problems: [] };
}

const KENYA = 'Kenya accused Uganda of arming rebels and praised Tanzania.';
const CHILE = 'Chile criticised Peru over the fishing dispute.';
const FISHERMEN = 'Local fishermen blamed Peru for the shortage.';
const plv = plvFile([
  ['<s>Kenya</s> accused Uganda of arming rebels and praised <t>Tanzania</t>.', 1, 'SUPPORT'],
  ['<s>Chile</s> criticised <t>Peru</t> over the fishing dispute.', 3, 'ACCUSE'],
  ['<s>Kenya</s> accused <t>Uganda</t> of arming rebels and praised Tanzania.', 3, 'ACCUSE'],
  // the resolver finds no fishermen: no candidate pair is the marked one
  ['<s>Local fishermen</s> blamed <t>Peru</t> for the shortage.', 3, 'ACCUSE'],
]);

const nameIn =
  (t: string) =>
  (pair: RelationPair): string =>
    `${pair.source.map((s) => t.slice(s.start, s.end)).join('+')}>${pair.target.map((s) => t.slice(s.start, s.end)).join('+')}`;

describe('sentenceItems', () => {
  const items = sentenceItems(plv, res, 'relation');

  it("gives one item per distinct sentence, with its first item's index and label", () => {
    expect(items.map((i) => [i.index, i.text, i.group, i.label])).toEqual([
      [0, KENYA, KENYA, 'SUPPORT'],
      [1, CHILE, CHILE, 'ACCUSE'],
      [3, FISHERMEN, FISHERMEN, 'ACCUSE'],
    ]);
  });

  it('guesses the pair as if nobody had marked one, with the other candidates along', () => {
    const [kenya] = items;
    expect(kenya?.pairFrom).not.toBe('marked');
    expect(nameIn(KENYA)(kenya?.pair ?? { source: [], target: [] })).toBe('Kenya>Uganda');
    expect(kenya?.alternatives?.map((c) => nameIn(KENYA)(c.pair))).toContain('Kenya>Tanzania');
    expect(kenya?.rankFeatures?.get('chosen')).toBe(1);
  });

  it('labels the penta task with the penta class', () => {
    expect(sentenceItems(plv, res, 'penta').map((i) => i.label)).toEqual(['1', '3', '3']);
  });

  it('gives nothing for a GSR file', () => {
    expect(sentenceItems(gsrFile('Norway', 'Chile'), res, 'relation')).toEqual([]);
  });
});

describe('rankerExamples', () => {
  const items = sentenceItems(plv, res, 'relation');
  const sentences = rankerExamples(plv, items);

  /** The candidates of each sentence labelled "pair", by name. */
  const pairsOf = (k: number): string[] => {
    const item = items[k];
    const examples = sentences[k]?.examples ?? [];
    if (item === undefined) return [];
    const candidates = [item.pair, ...(item.alternatives ?? []).map((c) => c.pair)];
    expect(examples).toHaveLength(candidates.length);
    return candidates.filter((_, i) => examples[i]?.label === 'pair').map(nameIn(item.text));
  };

  it('groups the examples by sentence', () => {
    expect(sentences.map((s) => s.group)).toEqual([KENYA, CHILE, FISHERMEN]);
  });

  it('labels "pair" the candidate overlapping the marked pair, and the others "other"', () => {
    expect(pairsOf(1)).toEqual(['Chile>Peru']);
    expect(sentences[1]?.examples.filter((e) => e.label === 'other').length).toBeGreaterThan(0);
  });

  it("labels every marked pair of the sentence, whichever item came first", () => {
    expect(pairsOf(0)).toEqual(['Kenya>Uganda', 'Kenya>Tanzania']);
  });

  it('gives no examples for a sentence none of whose candidates is its marked pair', () => {
    expect(sentences[2]?.examples).toEqual([]);
  });

  it('gives the examples the candidates\' ranker features', () => {
    expect(sentences[1]?.examples[0]?.features).toBe(items[1]?.rankFeatures);
  });
});

describe('knownCandidateItems', () => {
  const POLICE = 'Kenyan police arrested two Ugandan traders and praised Tanzanian leaders in Dodoma.';
  const file = plvFile([
    ['<s>Kenyan police</s> arrested <t>two Ugandan traders</t> and praised Tanzanian leaders in Dodoma.', 4, 'COERCE'],
    ['<s>Kenyan police</s> arrested two Ugandan traders and praised <t>Tanzanian leaders in Dodoma</t>.', 1, 'SUPPORT'],
  ]);
  const guessed = sentenceItems(file, res, 'relation');
  const known = knownCandidateItems(file, guessed, 'relation');

  it('trains on the other candidates that are a marked pair with other spans, labelled as the item that marks it', () => {
    expect(known.map((k) => [nameIn(POLICE)(k.pair), k.label])).toContainEqual(['Kenyan police>Tanzanian leaders', 'SUPPORT']);
    for (const k of known) expect(k.label).toBe('SUPPORT'); // the first item's label (COERCE) is not taken for the other pair
  });

  it("leaves out the coder's own guess (relationItems trains on it) and pairs with the marked spans", () => {
    const guess = guessed[0]?.pair;
    expect(guess).toBeDefined();
    for (const k of known) {
      expect(nameIn(POLICE)(k.pair)).not.toBe(nameIn(POLICE)(guess ?? { source: [], target: [] }));
      expect(nameIn(POLICE)(k.pair)).not.toBe('Kenyan police>Tanzanian leaders in Dodoma');
    }
  });

  it('gives nothing without guessed items', () => {
    expect(knownCandidateItems(file, [], 'relation')).toEqual([]);
  });
});
