import { describe, expect, it } from 'vitest';
import { backtest, type BacktestCase } from '../../src/analytics/backtest.js';
import { addDays } from '../../src/analytics/calendar-day.js';
import type { DailyPoint, Detection, Detector } from '../../src/analytics/types.js';

function verdict(flagged: boolean): Detection {
  return { detector: 'fake', flagged, onset: null, magnitude: null, confidence: null, score: flagged ? 1 : 0, support: 0, sparse: false, reason: '', drivers: [], events: [] };
}

/** A detector that flags exactly on the given days (and records what it saw). */
function flagsOn(days: string[], seen: Array<{ asOf: string; latest: string | null }> = []): Detector {
  return {
    name: 'fake',
    detect(series, asOf) {
      const latest = series.reduce<string | null>((m, p) => (m === null || p.date > m ? p.date : m), null);
      seen.push({ asOf, latest });
      return verdict(days.includes(asOf));
    },
  };
}

const FROM = '2024-01-01';
const TO = addDays(FROM, 364);
const series: DailyPoint[] = Array.from({ length: 365 }, (_, i) => ({ date: addDays(FROM, i), conflict: 1, total: 1, eventIds: [] }));
const onset = addDays(FROM, 200);
const base: BacktestCase = { key: 'A-B', series, onsets: [onset], from: FROM, to: TO };

describe('backtest', () => {
  it('measures the delay of the first firing in the onset window, before or after', () => {
    const cases: Array<[string[], number | null]> = [
      [[addDays(onset, 2)], 2],
      [[addDays(onset, -3), addDays(onset, 2)], -3],
      [[addDays(onset, 31)], null],
      [[], null],
    ];
    for (const [days, expected] of cases) {
      const s = backtest([base], [flagsOn(days)]).detectors[0]!;
      expect(s.results[0]?.delay).toBe(expected);
      expect(s.detected).toBe(expected === null ? 0 : 1);
    }
  });

  it('counts false alarms on quiet days only, once per run of flags (refractory period)', () => {
    const run = Array.from({ length: 10 }, (_, i) => addDays(FROM, 20 + i));
    const s = backtest([base], [flagsOn([...run, addDays(FROM, 100), addDays(FROM, 103), addDays(FROM, 120), addDays(onset, 1)])]).detectors[0]!;
    // 20–29 one firing; 100 and 103 one (within 7 days); 120 another.
    expect(s.falseAlarms).toBe(3);
    expect(s.quietDays).toBe(365 - (14 + 1 + 30));
    expect(s.falseAlarmsPerDyadYear).toBeCloseTo(3 / ((365 - 45) / 365), 6);
    expect(s.firings.map((f) => f.date)).toEqual([addDays(FROM, 20), addDays(FROM, 100), addDays(FROM, 120), addDays(onset, 1)]);
  });

  it('excluded periods are neither quiet nor false alarms', () => {
    const c = { ...base, exclude: [{ from: addDays(onset, 31), to: addDays(onset, 60) }] };
    const s = backtest([c], [flagsOn([addDays(onset, 40)])]).detectors[0]!;
    expect([s.falseAlarms, s.quietDays]).toEqual([0, 365 - 45 - 30]);
  });

  it('never shows the detector a point dated after the replayed day', () => {
    const seen: Array<{ asOf: string; latest: string | null }> = [];
    backtest([base], [flagsOn([], seen)]);
    expect(seen).toHaveLength(365);
    expect(seen.every((s) => s.latest !== null && s.latest <= s.asOf)).toBe(true);
    expect(seen.at(-1)?.latest).toBe(TO);
  });

  it('pools onsets and quiet days over cases and reports mean, median and penalised delays', () => {
    const other = { ...base, key: 'C-D', onsets: [addDays(onset, 10)] };
    const s = backtest([base, other], [flagsOn([addDays(onset, 1), addDays(onset, 14)])], { earlyDays: 0 }).detectors[0]!;
    expect(s.results.map((r) => r.delay)).toEqual([1, 4]);
    expect([s.meanDelay, s.medianDelay, s.penalisedMeanDelay]).toEqual([2.5, 2.5, 2.5]);
    const missed = backtest([base, { ...other, onsets: [addDays(FROM, 50)] }], [flagsOn([addDays(onset, 1)])]).detectors[0]!;
    expect(missed.penalisedMeanDelay).toBe((1 + 31) / 2);
  });
});
