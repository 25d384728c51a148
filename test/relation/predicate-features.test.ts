import { describe, expect, it } from 'vitest';
import type { LinearModel } from '../../src/learn/linear-model.js';
import { loadResources } from '../../src/load-resources.js';
import { analyseRelation, codeText } from '../../src/relation/analyse-relation.js';
import { candidatePairs, choosePair } from '../../src/relation/choose-pair.js';
import type { EvalFile } from '../../src/eval/eval-format.js';
import { relationItems, type RelationItem } from '../../src/relation/relation-items.js';
import { relationVerdicts } from '../../src/relation/relation-verdicts.js';
import { marked } from './marked.js';

const res = loadResources();
const featuresOf = (withTags: string): Map<string, number> => {
  const m = marked(withTags);
  return analyseRelation(m.text, m, res).features;
};

describe('predicate features', () => {
  it.each([
    // the verb the source governs, skipping words that are not verbs
    ['<s>U.N.</s> helicopters evacuated <t>the wounded</t> on Friday.', 'verb:evacuat'],
    ['<s>Ruritania</s> on Tuesday lifted a curfew in <t>Zenda</t>.', 'verb:lift'],
    // its object, preposition and infinitive complement
    ['<s>Ruritania</s> lifted the curfew in <t>Zenda</t>.', 'verb-obj:lift_curfew'],
    ['<s>The union</s> called off the strike against <t>the ministry</t>.', 'verb-prep:call_off'],
    ['<s>Borduria</s> threatened to ban <t>the opposition party</t>.', 'verb-to:threaten_ban'],
    ['<s>Borduria</s> refused to allow <t>inspectors</t> in.', 'verb-to-verb:allow'],
    // voice and negation
    ['<t>Three soldiers</t> were killed by <s>rebels</s> near the border.', 'verb-passive'],
    ['<s>Borduria</s> did not attack <t>Zenda</t>.', 'verb-negated'],
    // a spelling-tolerant prefix for unseen forms
    ['<s>Ruritania</s> depolyed peacekeepers to <t>Zenda</t>.', 'verb-p5:depol'],
    // the verb that governs the target, and a pair that acts jointly
    ['<s>Ruritania</s> demanded the removal of <t>the governor</t>.', 'target-verb:demand'],
    ['<s>Canada</s> and <t>Ruritania</t> agreed a trade deal.', 'coordinated-verb:agre'],
    // modality crossed with the verb
    ['<s>Japan</s> will send food aid to <t>Kenya</t>.', 'intent×verb:send'],
  ])('%s has %s', (sentence, feature) => {
    expect(featuresOf(sentence).has(feature)).toBe(true);
  });

  it.each([
    // a verb of saying is not the act
    ['<s>Ruritania</s>, officials said, condemned <t>the raid</t>.', 'verb:say'],
    // nor is a time word or an adverb
    ['<s>Ruritania</s> yesterday also condemned <t>the raid</t>.', 'verb:yesterday'],
  ])('%s lacks %s', (sentence, feature) => {
    expect(featuresOf(sentence).has(feature)).toBe(false);
  });

  it("takes the lexicon's votes of the predicate", () => {
    const f = featuresOf('<s>Ruritania</s> condemned <t>the Borduvian raid</t>.');
    expect(f.get('verb-lex:ACCUSE') ?? 0).toBeGreaterThan(0);
  });
});

describe('candidatePairs', () => {
  it('starts with the chosen pair, then each actor alone and with each later actor, without duplicates', () => {
    const text = 'France, Germany and Italy met in Geneva.';
    const c = codeText(text, res);
    const pairs = candidatePairs([], c.mentions);
    const chosen = choosePair([], c.mentions);
    expect(pairs[0]).toEqual({ source: chosen.source, target: chosen.target });
    const keys = pairs.map((p) => JSON.stringify(p));
    expect(new Set(keys).size).toBe(keys.length);
    const names = pairs.map((p) => `${p.source.map((s) => text.slice(s.start, s.end)).join()}>${p.target.map((s) => text.slice(s.start, s.end)).join()}`);
    expect(names).toContain('Germany>Italy');
    expect(names).toContain('Italy>');
    expect(names).not.toContain('Italy>France');
  });

  it('is empty for a sentence without actors', () => {
    expect(candidatePairs([], [])).toEqual([]);
  });
});

describe('relationVerdicts', () => {
  it('answers a guessed pair with the most confident of its candidate pairs with the same source, and names that pair', () => {
    const model: LinearModel = {
      kind: 'logistic',
      labels: ['ACCUSE', 'AGREE'],
      bias: [0, 0],
      weights: new Map([['before-target1:condemn', [4, 0]]]),
    };
    const text = 'Ruritania met Borduria and condemned Syldavia.';
    const c = codeText(text, res);
    const pair = (a: string, b: string): { source: { start: number; end: number }[]; target: { start: number; end: number }[] } => ({
      source: [{ start: text.indexOf(a), end: text.indexOf(a) + a.length }],
      target: [{ start: text.indexOf(b), end: text.indexOf(b) + b.length }],
    });
    const guess = pair('Ruritania', 'Borduria');
    const better = pair('Ruritania', 'Syldavia');
    const item: RelationItem = {
      index: 0,
      group: text,
      text,
      label: 'ACCUSE',
      pair: guess,
      pairFrom: 'mentions',
      analysis: analyseRelation(text, guess, res, c),
      alternatives: [{ pair: better, analysis: analyseRelation(text, better, res, c) }],
    };
    const file = { format: 'plv', file: 'x', items: [{}], problems: [] } as unknown as EvalFile;
    const [alone] = relationVerdicts(file, [{ ...item, alternatives: [] }], 'relation', () => model, res);
    const [withOthers] = relationVerdicts(file, [item], 'relation', () => model, res);
    expect(withOthers?.confidence ?? 0).toBeGreaterThan(alone?.confidence ?? 1);
    expect(withOthers?.label).toBe('ACCUSE');
    expect(withOthers?.explanation).toContain('pair Ruritania → Syldavia');
  });
});

describe('relationItems', () => {
  const text = 'France, Germany and Italy met in Geneva on Monday.';
  const file = { format: 'conflibert-class', file: 'x.tsv', items: [{ line: 1, text, penta: 1 }], problems: [] } as const satisfies EvalFile;

  it('gives a scored sentence without a marked pair its other candidate pairs, a training sentence none', () => {
    const [scored] = relationItems({ ...file, items: [...file.items] }, res, 'penta', 'coder');
    const [training] = relationItems({ ...file, items: [...file.items] }, res, 'penta', 'gold');
    expect(scored?.alternatives?.length ?? 0).toBeGreaterThan(0);
    expect(training?.alternatives).toBeUndefined();
    const key = (p: { source: unknown; target: unknown }): string => JSON.stringify([p.source, p.target]);
    expect(scored?.alternatives?.map((a) => key(a.pair))).not.toContain(key(scored?.pair ?? { source: [], target: [] }));
  });
});
