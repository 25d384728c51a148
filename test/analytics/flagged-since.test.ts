import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/analytics/calendar-day.js';
import { detectEscalation, faultlineDetector } from '../../src/analytics/detect-escalation.js';
import { flaggedSince } from '../../src/analytics/flagged-since.js';
import type { Detection, Detector } from '../../src/analytics/types.js';
import { generateScenario } from './generate-series.js';

const DAY0 = '2025-03-01';
const day = (k: number): string => addDays(DAY0, k);

/** A detector that flags exactly the given days (offsets from DAY0), and records the days it was asked about. */
function flagging(days: number[]): Detector & { asked: string[] } {
  const flagged = new Set(days.map(day));
  const asked: string[] = [];
  return {
    name: 'fixed',
    asked,
    detect(_series, asOf): Detection {
      asked.push(asOf);
      return { detector: 'fixed', flagged: flagged.has(asOf), onset: null, magnitude: null, confidence: null, score: 0, support: 0, sparse: false, reason: '', drivers: [], events: [] };
    },
  };
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('flaggedSince', () => {
  // [flagged days, as of, expected first day of the episode (null: not flagged, or longer than the lookback)]
  const table: Array<[string, number[], number, number | null]> = [
    ['one run', range(10, 20), 20, 10],
    ['a pause of 6 days is the same episode', [...range(10, 12), ...range(19, 22)], 22, 10],
    ['a pause of 7 days starts a new one', [...range(10, 12), ...range(20, 22)], 22, 20],
    ['the first day of a new episode', [...range(10, 12), 30], 30, 30],
    ['not flagged as of the day', range(10, 20), 21, null],
    ['longer than the lookback', range(0, 200), 200, null],
    ['a lookback ending in a short pause', [...range(0, 75), ...range(78, 200)], 200, null],
  ];
  it.each(table)('%s', (_, flagged, asOf, expected) => {
    const d = flagging(flagged);
    expect(flaggedSince(d, [], day(asOf), { lookbackDays: 120, gapDays: 7 })).toBe(expected === null ? null : day(expected));
  });

  it('never asks about a day after the as-of date, nor beyond the lookback', () => {
    const d = flagging(range(0, 300));
    flaggedSince(d, [], day(200), { lookbackDays: 30 });
    expect(d.asked.every((x) => x <= day(200) && x >= day(170))).toBe(true);
    expect(d.asked.length).toBe(31);
  });

  it('names one episode of a sudden onset the same way as it goes on, while the detector\'s onset moves', () => {
    const s = generateScenario({ seed: 3, days: 900, conflictRate: 0.5, cooperationRate: 3, coverage: 200, dispersion: 0.1, change: { day: 800, factor: 10, rampDays: 0, lastsDays: 90 } });
    const onset = addDays(s.from, 800);
    const at = (k: number) => flaggedSince(faultlineDetector, s.series, addDays(onset, k));
    const first = at(3);
    expect(first).not.toBeNull();
    expect(first! >= onset && first! <= addDays(onset, 3)).toBe(true);
    for (const k of [10, 30, 60]) expect(at(k)).toBe(first);
    expect(detectEscalation(s.series, addDays(onset, 60)).onset).not.toBe(detectEscalation(s.series, addDays(onset, 3)).onset);
  });
});
