import { describe, expect, it } from 'vitest';
import { linearScores, predictLinear, softmax, topFeatures, type LinearModel } from '../../src/learn/linear-model.js';

const model: LinearModel = {
  kind: 'logistic',
  labels: ['ACCUSE', 'AGREE', 'ASSAULT'],
  bias: [0, 0.5, 0],
  weights: new Map([
    ['between:condemn', [2, -1, 0]],
    ['between:sign', [-1, 2, -1]],
    ['between:shell', [0, -1, 3]],
    ['order:source-first', [0.1, 0.1, 0.1]],
  ]),
};

const f = (...names: string[]): Map<string, number> => new Map(names.map((n) => [n, 1]));

describe('linear model', () => {
  it('scores bias plus value × weight of the features present', () => {
    expect(linearScores(model, f('between:condemn'))).toEqual([2, -0.5, 0]);
    expect(linearScores(model, new Map([['between:shell', 0.5]]))).toEqual([0, 0, 1.5]);
    expect(linearScores(model, f('unknown'))).toEqual([0, 0.5, 0]);
  });

  it('softmax is a distribution that keeps the order of the scores', () => {
    const p = softmax([1000, 1001, 999]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(p[1]).toBeGreaterThan(p[0] ?? 1);
    expect(p[0]).toBeGreaterThan(p[2] ?? 1);
  });

  it.each([
    [['between:condemn'], 'ACCUSE'],
    [['between:sign'], 'AGREE'],
    [['between:shell', 'order:source-first'], 'ASSAULT'],
    [[], 'AGREE'],
  ] as const)('%j → %s', (names, label) => {
    expect(predictLinear(model, f(...names)).label).toBe(label);
  });

  it('predicts among allowed labels only', () => {
    expect(predictLinear(model, f('between:condemn'), new Set(['AGREE', 'ASSAULT'])).label).toBe('ASSAULT');
  });

  it('explains a label by the features that favour it over the others, strongest first', () => {
    const top = topFeatures(model, f('between:condemn', 'between:shell', 'order:source-first'), 'ASSAULT', 5);
    expect(top.map((c) => c.feature)).toEqual(['between:shell']);
    expect(top[0]?.weight).toBeCloseTo(3.5);
    expect(topFeatures(model, f('between:condemn'), 'NOPE', 5)).toEqual([]);
  });
});
