import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/analytics/calendar-day.js';
import { detectEmaZ } from '../../src/analytics/ema-z-detector.js';
import { detectPersistence } from '../../src/analytics/persistence-detector.js';
import { detectRollingMax } from '../../src/analytics/rolling-max-detector.js';
import { detectTrendfinder } from '../../src/analytics/trendfinder-detector.js';
import type { DailyPoint } from '../../src/analytics/types.js';

const END = '2024-06-30';

/** A series ending at END from daily conflict counts (oldest first); total = conflict + coop. */
function series(conflict: number[], coop = 0): DailyPoint[] {
  return conflict.map((c, i) => ({
    date: addDays(END, i - conflict.length + 1),
    conflict: c,
    total: c + coop,
    eventIds: c > 0 ? [`e${i}`] : [],
  }));
}

const repeat = (value: number, n: number): number[] => Array.from({ length: n }, () => value);

describe('persistence', () => {
  const cases: Array<[string, number[], number, boolean]> = [
    ['a week in conflict', repeat(1, 7), 0, true],
    ['conflict but mostly cooperation', repeat(1, 7), 2, false],
    ['too few events', [0, 0, 0, 0, 0, 1, 1], 0, false],
  ];
  it.each(cases)('%s', (_, conflict, coop, expected) => {
    expect(detectPersistence(series(conflict, coop), END).flagged).toBe(expected);
  });
});

describe('trendfinder', () => {
  const cases: Array<[string, number[], boolean]> = [
    ['+25% over the previous four weeks', [...repeat(1, 28), ...repeat(2, 7)], true],
    ['+20% is not enough', [...repeat(5, 28), 6, 6, 6, 6, 6, 6, 6], false],
    ['sparse-count guard: 1 → 4 events a week is not flagged', [...repeat(0, 21), 1, ...repeat(0, 6), 1, 1, 1, 1, 0, 0, 0], false],
    ['no rise', repeat(3, 35), false],
  ];
  it.each(cases)('%s', (_, conflict, expected) => {
    expect(detectTrendfinder(series(conflict), END).flagged).toBe(expected);
  });
});

describe('rolling maximum', () => {
  const year = Array.from({ length: 395 }, (_, i) => (i % 10 === 0 ? 2 : 0));
  const cases: Array<[string, number[], boolean]> = [
    ['a 30-day sum at its yearly maximum', [...year.slice(0, 380), ...repeat(1, 15)], true],
    ['ties count: a steady series is always at its maximum', year, true],
    ['below the maximum', [...year.slice(0, 390), ...repeat(0, 5)], false],
    ['an old peak above today', [...repeat(3, 30), ...year.slice(30, 380), ...repeat(1, 15)], false],
  ];
  it.each(cases)('%s', (_, conflict, expected) => {
    expect(detectRollingMax(series(conflict), END).flagged).toBe(expected);
  });
});

describe('EMA z-score', () => {
  const noisy = Array.from({ length: 120 }, (_, i) => 4 + (i % 3) - 1);
  const cases: Array<[string, number[], boolean]> = [
    ['a jump far above the usual', [...noisy, 20], true],
    ['an ordinary day', [...noisy, 5], false],
    ['the sd floor: 0 → 1 on a silent series is not z ≥ 3', [...repeat(0, 120), 1], false],
    ['but 0 → 2 is', [...repeat(0, 120), 2], true],
  ];
  it.each(cases)('%s', (_, conflict, expected) => {
    expect(detectEmaZ(series(conflict), END).flagged).toBe(expected);
  });
});
