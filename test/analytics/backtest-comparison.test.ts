// Faultline's detector against the baselines on every generated scenario
// (print the table with: npx tsx test/analytics/print-backtest.ts).
import { describe, expect, it } from 'vitest';
import { compareDetectors, type Comparison } from './compare-detectors.js';

describe('Faultline against the baselines', () => {
  let c: Comparison;
  const get = (): Comparison => (c ??= compareDetectors());

  it('beats every baseline on lead time at equal or fewer false alarms', () => {
    for (const m of get().matched) {
      const b = m.baseline;
      expect(m.faultline, `no threshold matches ${b.detector}`).not.toBeNull();
      const f = m.faultline!;
      expect(f.falseAlarmsPerDyadYear, b.detector).toBeLessThanOrEqual(b.falseAlarmsPerDyadYear);
      expect(f.detected, b.detector).toBeGreaterThanOrEqual(b.detected);
      expect(f.penalisedMeanDelay!, b.detector).toBeLessThan(b.penalisedMeanDelay!);
    }
  }, 180_000);

  it('at its default threshold: under one false alarm per dyad-year, every onset found', () => {
    const d = get().defaults;
    expect(d.detected).toBe(d.onsets);
    expect(d.falseAlarmsPerDyadYear).toBeLessThan(1);
    for (const b of get().baselines) {
      // Fewer false alarms than every baseline but persistence, which is slower by a week and more.
      if (b.detector === 'persistence') expect(d.penalisedMeanDelay! + 7).toBeLessThan(b.penalisedMeanDelay!);
      else expect(d.falseAlarmsPerDyadYear, b.detector).toBeLessThan(b.falseAlarmsPerDyadYear);
    }
  }, 180_000);
});
