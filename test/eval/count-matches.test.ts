import { describe, expect, it } from 'vitest';
import { countMatches } from '../../src/eval/count-matches.js';
import { spansOverlap } from '../../src/eval/spans-overlap.js';

describe('countMatches', () => {
  const same = (p: string, g: string): boolean => p[0] === g[0];
  const cases: [string[], string[], number][] = [
    [[], [], 0],
    [['a1'], [], 0],
    [['a1', 'a2'], ['a9'], 1],
    [['a1'], ['a8', 'a9'], 1],
    [['a1', 'b1', 'c1'], ['a9', 'b9', 'd9'], 2],
  ];
  it.each(cases)('%j vs %j → %i', (p, g, n) => expect(countMatches(p, g, same)).toBe(n));

  it('finds the largest pairing, not the greedy one', () => {
    // p0 fits g0 and g1, p1 fits only g0: greedy p0→g0 would leave p1 unmatched
    const fits: Record<string, string[]> = { p0: ['g0', 'g1'], p1: ['g0'] };
    expect(countMatches(['p0', 'p1'], ['g0', 'g1'], (p, g) => fits[p]?.includes(g) === true)).toBe(2);
  });
});

describe('spansOverlap', () => {
  const s = (start: number, end: number) => ({ start, end });
  const cases: [ReturnType<typeof s>[], ReturnType<typeof s>[], boolean][] = [
    [[s(0, 5)], [s(4, 8)], true],
    [[s(0, 5)], [s(5, 8)], false],
    [[s(3, 4)], [s(0, 10)], true],
    [[s(0, 2), s(10, 12)], [s(11, 20)], true],
    [[], [s(0, 1)], false],
    [[s(2, 2)], [s(0, 5)], false],
  ];
  it.each(cases)('%j ∩ %j → %s', (a, b, expected) => expect(spansOverlap(a, b)).toBe(expected));
});
