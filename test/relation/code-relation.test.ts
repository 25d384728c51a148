import { describe, expect, it } from 'vitest';
import { loadShippedModel } from '../../src/learn/load-model.js';
import type { LinearModel } from '../../src/learn/linear-model.js';
import { loadResources } from '../../src/load-resources.js';
import { analyseRelation } from '../../src/relation/analyse-relation.js';
import { choosePair } from '../../src/relation/choose-pair.js';
import { codeRelation, relationLabel } from '../../src/relation/code-relation.js';
import { pentaOfPlover } from '../../src/relation/plover-penta.js';
import { PLOVER_TYPES } from '../../src/records.js';
import { marked } from './marked.js';

const res = loadResources();

describe('analyseRelation', () => {
  it('records the coder run with the marked spans forced in, the patterns and the words between', () => {
    const m = marked('<s>Ruritania</s> condemned <t>the Borduvian raid</t> on Tuesday.');
    const a = analyseRelation(m.text, m, res);
    expect(a.forced.map((e) => e.plover)).toContain('ACCUSE');
    expect(a.features.get('forced:ACCUSE')).toBe(1);
    expect(a.features.get('order:source-first')).toBe(1);
    expect(a.features.get('between:condemn')).toBe(1);
    expect(a.hits.some((h) => h.plover === 'ACCUSE' && h.position === 'between')).toBe(true);
    expect(a.features.has('target-unresolved') || a.features.has('target-kind:demonym')).toBe(true);
  });

  it.each([
    ['<s>The rebels</s> have vowed to shell <t>the town of Zenda</t>.', 'THREATEN', 'ASSAULT'],
    ['<s>Ruritania</s> will support <t>Borduria</t> in its bid to join the union.', 'AGREE', 'SUPPORT'],
    ['<s>The Elbonian army</s> shelled <t>the town of Zenda</t>.', 'ASSAULT', 'THREATEN'],
  ] as const)('a pattern hit takes the type the coder read under modality: %s → %s', (sentence, plover, not) => {
    const m = marked(sentence);
    const a = analyseRelation(m.text, m, res);
    const between = a.hits.filter((h) => h.position === 'between');
    expect(between.map((h) => h.plover)).toContain(plover);
    expect(between.map((h) => h.plover)).not.toContain(not);
    expect(a.features.get(`pattern-between:${plover}`)).toBe(1);
    expect(a.features.has(`pattern-between:${not}`)).toBe(false);
  });

  it.each([
    ['<t>Two journalists</t> were detained by <s>police in Ruritania</s>.', 'order:target-first'],
    ['<s>Germany</s> refused to meet <t>the delegation</t>.', 'cue:negation'],
    ['<s>Japan</s> will send food aid to <t>Kenya</t>.', 'cue:intent'],
    ['Did <s>Japan</s> send aid to <t>Kenya</t>?', 'cue:question'],
  ])('%s has %s', (sentence, feature) => {
    const m = marked(sentence);
    expect(analyseRelation(m.text, m, res).features.has(feature)).toBe(true);
  });
});

describe('codeRelation', () => {
  const rulesOnly = { ...res, relationModel: null };

  it.each([
    ['<s>Ruritania</s> condemned <t>the Borduvian raid</t> on Tuesday.', 'ACCUSE'],
    ['<s>The rebels</s> shelled <t>the town of Zenda</t> overnight.', 'ASSAULT'],
    ['<s>Germany</s> refused to meet <t>the delegation from Iran</t>.', 'REJECT'],
  ] as const)('rules only: %s → %s', (sentence, plover) => {
    const m = marked(sentence);
    const r = codeRelation(m.text, m.source, m.target, rulesOnly);
    expect(r?.plover).toBe(plover);
    expect(r?.evidence.decidedBy).toBe('rules');
    expect(r?.evidence.rule).toMatch(/^verbs\//);
    expect(r?.penta).toBe(pentaOfPlover(plover));
  });

  it('rules only: nothing to say without a linking event', () => {
    const m = marked('<s>The weather</s> was fine in <t>Zenda</t>.');
    expect(codeRelation(m.text, m.source, m.target, rulesOnly)).toBeNull();
  });

  it('with a model: the decision, its score, a CAMEO code of its type and the features behind it', () => {
    // A toy model that only knows "between:condemn".
    const model: LinearModel = {
      kind: 'logistic',
      labels: ['ACCUSE', 'AGREE', 'YIELD', 'CONCEDE', 'RETREAT'],
      bias: [0, 0.1, -2, -2, -2],
      weights: new Map([['between:condemn', [3, 0, 0, 0, 0]]]),
    };
    const m = marked('<s>Ruritania</s> condemned <t>the Borduvian raid</t>.');
    const r = codeRelation(m.text, m.source, m.target, { ...res, relationModel: model });
    expect(r?.plover).toBe('ACCUSE');
    expect(r?.evidence.decidedBy).toBe('model');
    expect(r?.evidence.features[0]?.feature).toBe('between:condemn');
    expect(res.cameo.get(r?.cameo ?? '')?.plover).toBe('ACCUSE');
    expect(r?.score).toBeGreaterThan(0.5);
    // Without the cue, the bias wins.
    const other = marked('<s>Ruritania</s> saw <t>the Borduvian raid</t>.');
    expect(codeRelation(other.text, other.source, other.target, { ...res, relationModel: model })?.plover).toBe('AGREE');
  });

  it('YIELD collects the probability of CONCEDE and RETREAT', () => {
    const model: LinearModel = { kind: 'logistic', labels: ['ACCUSE', 'YIELD', 'CONCEDE', 'RETREAT'], bias: [1, 0.5, 0.2, 0.6], weights: new Map() };
    const r = relationLabel(model, new Map());
    expect(r.label).toBe('YIELD');
    expect(r.split).toBe('RETREAT');
  });

  it('the shipped model answers with a PLOVER type and explains itself', () => {
    const shipped = loadShippedModel('relation');
    expect(shipped).not.toBeNull();
    if (shipped === null) return;
    const m = marked('<s>The Elbonian army</s> shelled <t>villages near the border</t> on Monday.');
    const r = codeRelation(m.text, m.source, m.target, { ...res, relationModel: shipped.model });
    expect(PLOVER_TYPES).toContain(r?.plover);
    expect(r?.plover).toBe('ASSAULT');
    expect(r?.evidence.features.length).toBeGreaterThan(0);
  });
});

describe('choosePair', () => {
  it("takes the coder's event, else the first two actor mentions", () => {
    const a = marked('Iraq condemned Israel.');
    const c = analyseRelation(a.text, { source: [], target: [] }, res);
    const pair = choosePair(c.events, c.mentions);
    expect(pair.from).toBe('event');
    expect(a.text.slice(pair.source[0]?.start, pair.source[0]?.end)).toBe('Iraq');
    expect(choosePair([], c.mentions).from).toBe('mentions');
    expect(choosePair([], []).from).toBe('none');
  });
});
