import { describe, expect, it } from 'vitest';
import type { TrainingExample } from '../../src/learn/train-logistic.js';
import type { RelationPair } from '../../src/relation/analyse-relation.js';
import { isKnownPair, PAIR_LABELS, pairExamples, pairScore, trainFoldRankers, trainPairRanker } from '../../src/relation/pair-ranker.js';

/** A pair from [start, end] offsets of each side ([] for an implicit side). */
const pair = (source: readonly number[][], target: readonly number[][]): RelationPair => ({
  source: source.map(([start = 0, end = 0]) => ({ start, end })),
  target: target.map(([start = 0, end = 0]) => ({ start, end })),
});

const features = (...names: string[]): Map<string, number> => new Map(names.map((n) => [n, 1]));

describe('isKnownPair', () => {
  const known = pair([[0, 6]], [[17, 21]]);
  it.each([
    [['same spans', pair([[0, 6]], [[17, 21]])], true],
    [['overlapping spans', pair([[0, 3]], [[15, 19]])], true],
    [['one of a joint source overlaps', pair([[30, 35], [0, 6]], [[17, 21]])], true],
    [['reversed direction', pair([[17, 21]], [[0, 6]])], false],
    [['target missing', pair([[0, 6]], [])], false],
    [['touching, not overlapping', pair([[6, 10]], [[17, 21]])], false],
  ] as const)('%j → %j', ([, candidate], expected) => {
    expect(isKnownPair(known, candidate)).toBe(expected);
  });

  it('lets an empty known side accept any candidate side', () => {
    const implicitTarget = pair([[0, 6]], []);
    expect(isKnownPair(implicitTarget, pair([[0, 6]], [[17, 21]]))).toBe(true);
    expect(isKnownPair(implicitTarget, pair([[0, 6]], []))).toBe(true);
    expect(isKnownPair(implicitTarget, pair([[17, 21]], []))).toBe(false);
  });
});

describe('pairExamples', () => {
  const right = { pair: pair([[0, 6]], [[17, 21]]), rankFeatures: features('a') };
  const wrong = { pair: pair([[17, 21]], [[0, 6]]), rankFeatures: features('b') };

  it('labels each candidate "pair" or "other"', () => {
    const examples = pairExamples([wrong, right], [pair([[0, 6]], [[17, 21]])]);
    expect(examples.map((e) => [[...e.features.keys()], e.label])).toEqual([
      [['b'], 'other'],
      [['a'], 'pair'],
    ]);
  });

  it('labels "pair" every candidate that is one of several known pairs', () => {
    const examples = pairExamples([wrong, right], [pair([[0, 6]], [[17, 21]]), pair([[17, 21]], [[0, 6]])]);
    expect(examples.map((e) => e.label)).toEqual(['pair', 'pair']);
  });

  it('gives nothing when no candidate is a known pair', () => {
    expect(pairExamples([wrong, right], [pair([[40, 44]], [[50, 55]])])).toEqual([]);
    expect(pairExamples([wrong, right], [])).toEqual([]);
  });

  it('gives a candidate without features an empty feature map', () => {
    const [only] = pairExamples([{ pair: right.pair }], [right.pair]);
    expect(only?.features.size).toBe(0);
    expect(only?.label).toBe('pair');
  });
});

/** Toy sentences: the pair is the one whose source is the subject; others share noise features. */
function toySentence(k: number): TrainingExample[] {
  const noise = `noise:${k % 3}`;
  return [
    { features: features('source:subject', 'target-kind:country', noise), label: 'pair' },
    { features: features('source-before:by', 'target-kind:country', noise), label: 'other' },
    { features: features('shape:no-target', noise), label: 'other' },
  ];
}

describe('trainPairRanker', () => {
  const model = trainPairRanker(Array.from({ length: 12 }, (_, k) => toySentence(k)));

  it('keeps the pair labels in order', () => {
    expect(model.labels).toEqual([...PAIR_LABELS]);
  });

  it('scores each sentence\'s pair above its other candidates', () => {
    for (let k = 0; k < 3; k++) {
      const [right, ...others] = toySentence(k).map((e) => pairScore(model, e.features));
      for (const other of others) expect(right).toBeGreaterThan(other ?? 1);
      expect(right).toBeGreaterThan(0.5);
    }
  });

  it('scores an unseen feature set by the biases alone, between 0 and 1', () => {
    const s = pairScore(model, features('never-seen'));
    expect(s).toBeGreaterThan(0);
    expect(s).toBeLessThan(1);
  });

  it('scores 0 with a model that has no "pair" label', () => {
    expect(pairScore({ ...model, labels: ['x', 'y'] }, features('source:subject'))).toBe(0);
  });
});

describe('trainFoldRankers', () => {
  const sentences = [
    ...Array.from({ length: 6 }, (_, k) => ({ group: `s${k}`, examples: toySentence(k) })),
    // only in fold 0, with a feature no other sentence has
    { group: 'only-fold-0', examples: [{ features: features('source:subject', 'unique:fold-0'), label: 'pair' }, ...toySentence(9).slice(1)] },
    // in no fold: every ranker trains on it
    { group: 'no-fold', examples: [{ features: features('source:subject', 'unique:no-fold'), label: 'pair' }, ...toySentence(10).slice(1)] },
  ];
  const foldOf = (group: string): number | undefined => (group === 'no-fold' ? undefined : group === 'only-fold-0' ? 0 : Number(group.slice(1)) % 2);
  const rankers = trainFoldRankers(sentences, foldOf, 2);

  it('trains one ranker per fold', () => {
    expect(rankers).toHaveLength(2);
  });

  it("leaves each fold's sentences out of its ranker", () => {
    expect(rankers[0]?.weights.has('unique:fold-0')).toBe(false);
    expect(rankers[1]?.weights.has('unique:fold-0')).toBe(true);
  });

  it('trains every ranker on a sentence no fold holds', () => {
    for (const r of rankers) expect(r.weights.has('unique:no-fold')).toBe(true);
  });

  it('still ranks the pair first with the sentences left', () => {
    for (const r of rankers) {
      const [right, ...others] = toySentence(0).map((e) => pairScore(r, e.features));
      for (const other of others) expect(right).toBeGreaterThan(other ?? 1);
    }
  });
});
