// Relation mode explained: the contribution arithmetic on a tiny hand-made
// model, and the shipped model on sentences and stored events.

import { describe, expect, it } from 'vitest';
import type { LinearModel } from '../../src/learn/linear-model.js';
import { loadShippedModel } from '../../src/learn/load-model.js';
import { loadResources } from '../../src/load-resources.js';
import type { Event } from '../../src/records.js';
import { explainRelation, featureContributions, modelOnEvent, topContributions } from '../../src/relation/explain-relation.js';
import { pentaOfPlover } from '../../src/relation/plover-penta.js';
import { makeDocument, makeEvent } from '../store/fixtures.js';
import { marked } from './marked.js';

// Three labels; f4 is unknown to the model.
const tiny: LinearModel = {
  kind: 'logistic',
  labels: ['A', 'B', 'C'],
  bias: [0.2, 0, -0.1],
  weights: new Map([
    ['f1', [2, 0, 1]],
    ['f2', [0, 1, 0]],
    ['f3', [-1, 0, 0]],
  ]),
};
const item = new Map([
  ['f1', 1],
  ['f2', 0.5],
  ['f3', 1],
  ['f4', 1],
]);

/** Scores and softmax by hand for `tiny` on `item`. */
function byHand(): { s: number[]; p: number[] } {
  const s = [0.2 + 2 - 1, 0 + 0.5, -0.1 + 1];
  const z = s.map(Math.exp);
  const sum = z.reduce((a, b) => a + b, 0);
  return { s, p: z.map((x) => x / sum) };
}

describe('featureContributions', () => {
  const { s, p } = byHand();
  const k = 0;
  const rest = p[1]! + p[2]!;
  const q = [0, p[1]! / rest, p[2]! / rest];

  it.each([
    // feature → value × (w_A − q_B w_B − q_C w_C)
    ['f1', 1 * (2 - (q[1]! * 0 + q[2]! * 1))],
    ['f2', 0.5 * (0 - (q[1]! * 1 + q[2]! * 0))],
    ['f3', 1 * (-1 - 0)],
  ] as const)('%s contributes %d to A', (feature, expected) => {
    const c = featureContributions(tiny, item, 'A').find((x) => x.feature === feature);
    expect(c?.contribution).toBeCloseTo(expected, 12);
    expect(c?.weight).toBe(tiny.weights.get(feature)?.[k]);
    expect(c?.value).toBe(item.get(feature));
  });

  it('lists known features only, largest first', () => {
    expect(featureContributions(tiny, item, 'A').map((c) => c.feature)).toEqual(['f1', 'f2', 'f3']);
  });

  it('adds up, with the bias term, to the score above the rivals’ expected score', () => {
    for (const [label, j] of [['A', 0], ['B', 1], ['C', 2]] as const) {
      const others = [0, 1, 2].filter((i) => i !== j);
      const mass = others.reduce((a, i) => a + p[i]!, 0);
      const expected = s[j]! - others.reduce((a, i) => a + (p[i]! / mass) * s[i]!, 0);
      const bias = tiny.bias[j]! - others.reduce((a, i) => a + (p[i]! / mass) * tiny.bias[i]!, 0);
      const total = featureContributions(tiny, item, label).reduce((a, c) => a + c.contribution, 0);
      expect(total + bias).toBeCloseTo(expected, 12);
    }
  });

  it('falls back to the plain mean of the rivals when they have no probability left', () => {
    const sure: LinearModel = { ...tiny, bias: [1000, 0, 0] };
    // p_A = 1 in floating point: f1 → 2 − (0 + 1) / 2
    expect(featureContributions(sure, new Map([['f1', 1]]), 'A')[0]?.contribution).toBeCloseTo(1.5, 12);
  });

  it('is empty for a label the model does not have', () => {
    expect(featureContributions(tiny, item, 'D')).toEqual([]);
  });
});

describe('topContributions', () => {
  it.each([
    // A: f1 1.40; f2 −0.20 and f3 −1 are left out
    ['A', 5, ['f1']],
    // B: f3 0 − q_A·(−1) = 0.57 before f2 0.5 · 1
    ['B', 5, ['f3', 'f2']],
    ['B', 1, ['f3']],
    // C: f1 1 − q_A·2 < 0; f3 0.67
    ['C', 5, ['f3']],
    ['C', 0, []],
  ] as const)('%s, top %d: %j', (label, n, expected) => {
    const top = topContributions(tiny, item, label, n);
    expect(top.map((c) => c.feature)).toEqual(expected);
    for (const c of top) expect(c.contribution).toBeGreaterThan(0);
  });
});

const shipped = loadShippedModel('relation');
const res = { ...loadResources(), relationModel: shipped?.model ?? null };

describe.skipIf(shipped === null)('explainRelation with the shipped model', () => {
  it.each([
    ['<s>Russian troops</s> shelled <t>Ukrainian villages</t> overnight.', 4],
    ['<s>Japan</s> sent emergency food aid to <t>Kenya</t>.', 2],
    ['<s>Germany</s> refused to meet <t>the delegation from Iran</t>.', 3],
  ] as const)('%s → penta %d, with evidence', (sentence, penta) => {
    const m = marked(sentence);
    const a = explainRelation(m.text, m.source, m.target, res);
    expect(a).not.toBeNull();
    expect(a!.penta).toBe(penta);
    expect(a!.penta).toBe(pentaOfPlover(a!.plover_type));
    expect(a!.scores[0]?.type).toBe(a!.plover_type);
    expect(a!.evidence.decided_by).toBe('model');
    expect(a!.evidence.top_features.length).toBeGreaterThan(0);
    expect(a!.evidence.top_features.length).toBeLessThanOrEqual(8);
  });

  it('names the rule of the chosen type and the verb it matched', () => {
    const m = marked('<s>Russian troops</s> shelled <t>Ukrainian villages</t> overnight.');
    const a = explainRelation(m.text, m.source, m.target, res, { features: 3, scores: 2 });
    expect(a?.plover_type).toBe('ASSAULT');
    expect(a?.evidence.rule).toMatch(/^verbs\/19/);
    expect(a?.evidence.verb?.text).toContain('shelled');
    expect(a?.evidence.top_features.length).toBe(3);
    expect(a?.scores.length).toBe(2);
  });
});

describe.skipIf(shipped === null)('modelOnEvent', () => {
  const doc = makeDocument('Russian troops shelled Ukrainian villages overnight.');
  const text = 'Russian troops shelled Ukrainian villages overnight.';
  const shelling = (overrides: Partial<Event>): Event =>
    makeEvent(doc, 'e1', {
      cameo: '190',
      plover: 'ASSAULT',
      evidence: {
        text,
        spans: { source: [{ start: 0, end: 14 }], verb: { start: 15, end: 22 }, target: [{ start: 23, end: 41 }], location: null },
        rule: 'verb:shell#190',
      },
      ...overrides,
    });

  it.each([
    ['ASSAULT', true],
    ['AID', false],
  ] as const)('the rule coded %s: agrees = %s', (plover, agrees) => {
    const view = modelOnEvent(shelling({ plover }), res);
    expect(view?.plover_type).toBe('ASSAULT');
    expect(view?.rule_type).toBe(plover);
    expect(view?.agrees).toBe(agrees);
    expect(view?.top_features.length).toBeGreaterThan(0);
    expect(view?.top_features.length).toBeLessThanOrEqual(5);
  });

  it('says nothing without a model, a sentence or a source span inside it', () => {
    expect(modelOnEvent(shelling({}), { ...res, relationModel: null })).toBeNull();
    const e = shelling({});
    expect(modelOnEvent({ ...e, evidence: { ...e.evidence, text: '' } }, res)).toBeNull();
    expect(modelOnEvent({ ...e, evidence: { ...e.evidence, spans: { ...e.evidence.spans, source: [] } } }, res)).toBeNull();
    expect(modelOnEvent({ ...e, evidence: { ...e.evidence, spans: { ...e.evidence.spans, target: [{ start: 40, end: 400 }] } } }, res)).toBeNull();
  });
});
