import { describe, expect, it } from 'vitest';
import { backtest } from '../../src/analytics/backtest.js';
import { addDays, daysBetween } from '../../src/analytics/calendar-day.js';
import { detectEscalation, faultlineDetector } from '../../src/analytics/detect-escalation.js';
import { DETECTORS } from '../../src/analytics/detectors.js';
import type { DailyPoint } from '../../src/analytics/types.js';
import { generateScenario, withFutureSpike } from './generate-series.js';
import { SHAPES, scenarioCase } from './scenarios.js';

const SEEDS = [1, 2, 3, 4, 5, 6];

/** Firings of Faultline's detector over a case's replay (no look-ahead: the backtest slices). */
function firings(name: keyof typeof SHAPES, seed: number) {
  const c = scenarioCase(name, seed);
  const score = backtest([c], [faultlineDetector], { earlyDays: 0 }).detectors[0]!;
  return { c, score };
}

describe('detectEscalation on generated series', () => {
  it('flags a sudden onset within 3 days', () => {
    for (const seed of [...SEEDS, 7, 8]) {
      const { c, score } = firings('suddenOnset', seed);
      const delay = score.results[0]?.delay;
      expect(delay, `seed ${seed}`).not.toBeNull();
      expect(delay!, `seed ${seed}`).toBeLessThanOrEqual(3);
      expect(c.onsets).toHaveLength(1);
    }
  });

  it('flags a slow build before its ramp is over', () => {
    for (const seed of SEEDS) {
      const delay = firings('slowBuild', seed).score.results[0]?.delay;
      expect(delay, `seed ${seed}`).not.toBeNull();
      expect(delay!, `seed ${seed}`).toBeLessThan(SHAPES.slowBuild.change.rampDays);
    }
  });

  it('raises fewer than one false alarm per dyad-year on noisy, heavily covered pairs (5 years, 6 seeds)', () => {
    let alarms = 0;
    let days = 0;
    for (const seed of SEEDS) {
      const { score } = firings('noisyHighCoverage', seed);
      expect(score.falseAlarms, `seed ${seed}`).toBeLessThan(5);
      alarms += score.falseAlarms;
      days += score.quietDays;
    }
    expect(days).toBeGreaterThan(6 * 5 * 364);
    expect(alarms / (days / 365)).toBeLessThan(1);
  });

  it('stays quiet on steady cooperation', () => {
    let alarms = 0;
    for (const seed of SEEDS) alarms += firings('steadyCooperation', seed).score.falseAlarms;
    // Six seeds of two replayed years each: at most one chance flag in all.
    expect(alarms).toBeLessThanOrEqual(1);
  });

  it('never flags a silent pair on a couple of events without saying how little it rests on', () => {
    for (const seed of SEEDS) {
      const base = generateScenario({ ...SHAPES.silent, seed });
      const day = addDays(base.from, 900);
      for (const burst of [1, 2, 3, 4]) {
        const series: DailyPoint[] = [...base.series, { date: day, conflict: burst, total: burst, coverage: 60, eventIds: ['x'] }];
        for (const asOf of [day, addDays(day, 1), addDays(day, 5)]) {
          const d = detectEscalation(series, asOf);
          if (burst < 3) expect(d.flagged, `seed ${seed} burst ${burst}`).toBe(false);
          if (d.flagged || d.score > 0) {
            expect(d.sparse).toBe(true);
            expect(d.reason).toMatch(new RegExp(`sparse: rests on ${burst} conflict event`));
          }
        }
      }
    }
  });
});

describe('detectEscalation explains itself', () => {
  const c = scenarioCase('suddenOnset', 3);
  const onset = c.onsets[0]!;
  const asOf = addDays(onset, 5);
  const d = detectEscalation(c.series, asOf);

  it('gives onset, magnitude, confidence and the events of the driving days', () => {
    expect(d.flagged).toBe(true);
    expect(Math.abs(daysBetween(onset, d.onset!))).toBeLessThanOrEqual(2);
    expect(d.magnitude!).toBeGreaterThan(3);
    expect(d.confidence!).toBeGreaterThan(0.99);
    expect(d.confidence!).toBeLessThanOrEqual(1);
    expect(d.score).toBeGreaterThanOrEqual(1);
    expect(d.sparse).toBe(false);
    expect(d.reason).toMatch(/^escalation: \d+ conflict events in \d+ days since \d{4}-\d{2}-\d{2}/);
    expect(d.events.length).toBeGreaterThan(0);
    for (const id of d.events) {
      const date = id.slice(0, 10);
      expect(date >= d.onset! && date <= asOf).toBe(true);
    }
    expect(d.support).toBe(d.drivers.reduce((s, x) => s + x.observed, 0));
    expect(d.drivers.every((x) => x.date >= d.onset! && x.date <= asOf && x.observed > 0)).toBe(true);
  });

  it('says there is no rise when there is none', () => {
    const quiet = detectEscalation(c.series, addDays(onset, -30));
    expect(quiet.flagged).toBe(false);
    expect(quiet.score).toBeLessThan(1);
  });
});

describe('coverage offset', () => {
  // Conflict proportional to coverage, with coverage varying: the baseline
  // learns the elasticity; a doubling that coverage explains is no escalation.
  function series(doubleConflict: boolean, doubleCoverage: boolean): DailyPoint[] {
    const out: DailyPoint[] = [];
    for (let i = 0; i < 300; i++) {
      const date = addDays('2023-01-02', i);
      const surge = i >= 290 ? 2 : 1;
      const coverage = [400, 600, 500, 450, 550, 700, 300][i % 7]! * (i % 37 < 3 ? 1.6 : 1);
      const cov = coverage * (doubleCoverage ? surge : 1);
      const conflict = Math.round((coverage / 50) * (doubleConflict ? surge : 1));
      out.push({ date, conflict, total: conflict * 3, coverage: cov, eventIds: [] });
    }
    return out;
  }
  it('does not flag a rise that coverage explains, and flags the same rise without it', () => {
    expect(detectEscalation(series(true, true), '2023-10-28').flagged).toBe(false);
    expect(detectEscalation(series(true, false), '2023-10-28').flagged).toBe(true);
  });
});

describe('no look-ahead', () => {
  it('every detector gives the same answer when spikes dated after asOf are appended', () => {
    const c = scenarioCase('suddenOnset', 2);
    for (const detector of DETECTORS) {
      for (const asOf of [addDays(c.onsets[0]!, -10), c.onsets[0]!, addDays(c.onsets[0]!, 3)]) {
        const before = detector.detect(c.series, asOf);
        const after = detector.detect(withFutureSpike(c.series, asOf), asOf);
        expect(after, `${detector.name} ${asOf}`).toEqual(before);
      }
    }
  });
});
