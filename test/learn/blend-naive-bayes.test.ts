import { describe, expect, it } from 'vitest';
import { blendNaiveBayes } from '../../src/learn/blend-naive-bayes.js';
import { linearScores, predictLinear, type LinearModel } from '../../src/learn/linear-model.js';
import { trainLogistic, type TrainingExample } from '../../src/learn/train-logistic.js';
import { trainNaiveBayes } from '../../src/learn/train-naive-bayes.js';

const ex = (label: string, ...names: string[]): TrainingExample => ({ features: new Map(names.map((n) => [n, 1])), label });
const training: TrainingExample[] = [
  ex('A', 'x', 'common'),
  ex('A', 'x', 'y'),
  ex('B', 'z', 'common'),
  ex('B', 'z', 'w'),
  ex('B', 'z'),
];
const feats = (...names: string[]): Map<string, number> => new Map(names.map((n) => [n, 1]));

describe('blendNaiveBayes', () => {
  const lr = trainLogistic(training, { iterations: 100 });
  const nb = trainNaiveBayes(training, { labels: ['B', 'A'] });

  it('with weight 0 decides like the logistic model', () => {
    const m = blendNaiveBayes(lr, nb, 0);
    for (const f of [feats('x'), feats('z', 'common'), feats('y', 'w')]) expect(predictLinear(m, f).label).toBe(predictLinear(lr, f).label);
  });

  it('adds weight × the centred naive Bayes log-probabilities, label order of the logistic model', () => {
    const m = blendNaiveBayes(lr, nb, 0.5, 0);
    expect(m.labels).toEqual(lr.labels);
    const f = feats('x', 'common');
    const gap = (model: LinearModel, a: string, b: string): number => {
      const s = linearScores(model, f);
      return (s[model.labels.indexOf(a)] ?? 0) - (s[model.labels.indexOf(b)] ?? 0);
    };
    expect(gap(m, 'A', 'B')).toBeCloseTo(gap(lr, 'A', 'B') + 0.5 * gap(nb, 'A', 'B'), 9);
  });
});

describe('trainLogistic classBalance', () => {
  // Five B for one A on the shared cue: balancing raises A's share.
  const skewed = [ex('A', 'cue'), ...Array.from({ length: 5 }, () => ex('B', 'cue'))];
  const pA = (balance: number): number => {
    const m = trainLogistic(skewed, { iterations: 200, classBalance: balance });
    return predictLinear(m, feats('cue')).probabilities[m.labels.indexOf('A')] ?? 0;
  };
  it('0 keeps the prior, 1 evens the labels out', () => {
    expect(pA(0)).toBeLessThan(0.3);
    expect(pA(1)).toBeGreaterThan(0.4);
    expect(pA(0.5)).toBeGreaterThan(pA(0));
  });
});
