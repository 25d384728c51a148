import { describe, expect, it } from 'vitest';
import { assignFolds, fnv1a } from '../../src/learn/assign-folds.js';
import { crossValidate } from '../../src/learn/cross-validate.js';
import type { LinearModel } from '../../src/learn/linear-model.js';
import type { TrainingExample } from '../../src/learn/train-logistic.js';

const sentences = Array.from({ length: 40 }, (_, i) => `sentence number ${i}`);

describe('assignFolds', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
  ] as const)('fnv1a(%j) = %i', (text, hash) => {
    expect(fnv1a(text)).toBe(hash);
  });

  it('keeps every item of a group in one fold', () => {
    const keys = [...sentences, ...sentences.slice(0, 10), ...sentences.slice(0, 5)];
    const folds = assignFolds(keys, 5);
    const foldOf = new Map<string, number>();
    keys.forEach((k, i) => {
      const f = folds[i] ?? -1;
      if (foldOf.has(k)) expect(foldOf.get(k)).toBe(f);
      foldOf.set(k, f);
    });
  });

  it('deals groups evenly and does not depend on the order of the file', () => {
    const folds = assignFolds(sentences, 5);
    const sizes = [0, 1, 2, 3, 4].map((f) => folds.filter((x) => x === f).length);
    expect(sizes).toEqual([8, 8, 8, 8, 8]);
    const reversed = assignFolds([...sentences].reverse(), 5).reverse();
    expect(reversed).toEqual(folds);
  });

  it('needs at least two folds', () => {
    expect(() => assignFolds(sentences, 1)).toThrow(RangeError);
  });
});

describe('crossValidate', () => {
  it('never trains a fold on its own examples', () => {
    const examples = sentences.map((s, i) => ({ group: s, label: i % 2 === 0 ? 'A' : 'B', features: new Map([[s, 1]]) }));
    const seen: string[][] = [];
    const train = (training: readonly TrainingExample[]): LinearModel => {
      seen.push(training.map((t) => [...t.features.keys()][0] ?? ''));
      return { kind: 'logistic', labels: ['A', 'B'], bias: [0, 0], weights: new Map() };
    };
    const cv = crossValidate(examples, 4, train);
    expect(seen).toHaveLength(4);
    examples.forEach((e, i) => expect(seen[cv.folds[i] ?? -1]).not.toContain(e.group));
    expect(cv.predictions).toHaveLength(examples.length);
    expect(cv.foldAccuracy).toHaveLength(4);
  });
});
