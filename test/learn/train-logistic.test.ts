import { describe, expect, it } from 'vitest';
import { predictLinear } from '../../src/learn/linear-model.js';
import { trainLogistic, type TrainingExample } from '../../src/learn/train-logistic.js';
import { trainNaiveBayes } from '../../src/learn/train-naive-bayes.js';

const ex = (label: string, ...names: string[]): TrainingExample => ({ features: new Map(names.map((n) => [n, 1])), label });

// Each class has a cue word; the "noise" words appear in every class.
const training: TrainingExample[] = [
  ex('ACCUSE', 'condemn', 'the', 'said'),
  ex('ACCUSE', 'condemn', 'a'),
  ex('ACCUSE', 'accuse', 'the'),
  ex('AGREE', 'sign', 'the'),
  ex('AGREE', 'sign', 'a', 'said'),
  ex('AGREE', 'agree', 'the'),
  ex('ASSAULT', 'shell', 'the'),
  ex('ASSAULT', 'shell', 'a', 'said'),
  ex('ASSAULT', 'bomb', 'the'),
];

const unseen: Array<[string[], string]> = [
  [['condemn', 'said', 'a'], 'ACCUSE'],
  [['accuse'], 'ACCUSE'],
  [['sign', 'said'], 'AGREE'],
  [['agree', 'a'], 'AGREE'],
  [['bomb', 'said'], 'ASSAULT'],
  [['shell'], 'ASSAULT'],
];

describe('trainLogistic', () => {
  const model = trainLogistic(training, { iterations: 200 });

  it.each(unseen)('%j → %s', (names, label) => {
    expect(predictLinear(model, new Map(names.map((n) => [n, 1]))).label).toBe(label);
  });

  it('keeps the label order asked for and one weight per label', () => {
    const m = trainLogistic(training, { labels: ['ASSAULT', 'AGREE', 'ACCUSE', 'REJECT'], iterations: 50 });
    expect(m.labels).toEqual(['ASSAULT', 'AGREE', 'ACCUSE', 'REJECT']);
    for (const w of m.weights.values()) expect(w).toHaveLength(4);
    // A label never seen gets pushed down.
    expect(predictLinear(m, new Map([['condemn', 1]])).label).not.toBe('REJECT');
  });

  it('is deterministic, and the order of the examples does not change its answers', () => {
    const a = trainLogistic(training, { iterations: 60 });
    const again = trainLogistic(training, { iterations: 60 });
    expect([...again.weights]).toEqual([...a.weights]);
    const b = trainLogistic([...training].reverse(), { iterations: 60, labels: a.labels });
    for (const [names] of unseen) {
      const x = new Map(names.map((n) => [n, 1]));
      expect(predictLinear(b, x).label).toBe(predictLinear(a, x).label);
    }
  });

  it('drops rare features with minCount', () => {
    const m = trainLogistic(training, { minCount: 2, iterations: 20 });
    expect(m.weights.has('accuse')).toBe(false);
    expect(m.weights.has('condemn')).toBe(true);
  });
});

describe('trainNaiveBayes', () => {
  const model = trainNaiveBayes(training);

  it.each(unseen)('%j → %s', (names, label) => {
    expect(predictLinear(model, new Map(names.map((n) => [n, 1]))).label).toBe(label);
  });

  it('biases are log priors and weights log likelihoods', () => {
    const k = model.labels.indexOf('ACCUSE');
    expect(Math.exp(model.bias[k] ?? 0)).toBeCloseTo(4 / 12); // (3 + 1) / (9 + 3)
    const probs = [...model.weights.values()].map((w) => Math.exp(w[k] ?? 0));
    expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });
});
