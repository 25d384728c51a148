import { describe, expect, it } from 'vitest';
import { predictLinear, type Features } from '../../src/learn/linear-model.js';
import { trainListwise, type RankingGroup } from '../../src/learn/train-listwise.js';

const f = (...names: string[]): Map<string, number> => new Map(names.map((n) => [n, 1]));
const LABELS = ['yes', 'no'] as const;

/** The right candidate carries "good"; all carry a shared feature and one of two noise features. */
const groups: RankingGroup[] = Array.from({ length: 10 }, (_, k) => ({
  candidates: [f('shared', `noise:${k % 2}`), f('shared', 'good', `noise:${(k + 1) % 2}`), f('shared', 'bad')],
  right: [false, true, false],
}));

describe('trainListwise', () => {
  const model = trainListwise(groups, { labels: LABELS });

  it('weighs up what the right candidates have and down what the wrong ones have', () => {
    expect(model.weights.get('good')?.[0]).toBeGreaterThan(0.5);
    expect(model.weights.get('bad')?.[0]).toBeLessThan(-0.1);
  });

  it('leaves a feature every candidate of a group has without weight: it cannot rank', () => {
    expect(Math.abs(model.weights.get('shared')?.[0] ?? 0)).toBeLessThan(1e-3);
  });

  it('is a two-label linear model whose "yes" probability ranks the candidates', () => {
    expect(model.labels).toEqual(['yes', 'no']);
    expect(model.bias).toEqual([0, 0]);
    const yes = (c: Features): number => predictLinear(model, c).probabilities[0] ?? 0;
    for (const g of groups) {
      const [a, right, c] = g.candidates.map(yes);
      expect(right).toBeGreaterThan(a ?? 1);
      expect(right).toBeGreaterThan(c ?? 1);
    }
  });

  it('skips groups with no right candidate or a single candidate, and is deterministic', () => {
    const noisy: RankingGroup[] = [...groups, { candidates: [f('bad'), f('good')], right: [false, false] }, { candidates: [f('lonely')], right: [true] }];
    const again = trainListwise(noisy, { labels: LABELS });
    expect(again.weights.get('good')).toEqual(model.weights.get('good'));
    expect(again.weights.has('lonely')).toBe(false);
  });

  it('shrinks the weights with a larger L2 penalty', () => {
    const firm = trainListwise(groups, { labels: LABELS, l2: 1 });
    expect(Math.abs(firm.weights.get('good')?.[0] ?? 0)).toBeLessThan(Math.abs(model.weights.get('good')?.[0] ?? 0));
  });
});
