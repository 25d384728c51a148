// The detector comparison behind the backtest claims: every generated
// scenario and seed, replayed day by day, scored for Faultline's detector and
// the baselines. "At equal or fewer false alarms" is checked two ways: with
// Faultline's default threshold, and with Faultline's threshold set, for each
// baseline, to the most sensitive one raising no more false alarms per quiet
// dyad-year than that baseline (the usual way to compare detectors on lead
// time at a fixed false-alarm rate).
import { backtest, type BacktestCase, type DetectorScore } from '../../src/analytics/backtest.js';
import { detectEscalation, ESCALATION_DEFAULTS } from '../../src/analytics/detect-escalation.js';
import { BASELINE_DETECTORS } from '../../src/analytics/detectors.js';
import type { DailyPoint, Detection, Detector } from '../../src/analytics/types.js';
import { scenarioCase, SHAPES, type ShapeName } from './scenarios.js';

export const COMPARISON_SEEDS = [1, 2, 3, 4, 5, 6];
export const THRESHOLDS = [3, 3.5, 4, 4.5, 5, 5.5, 6, 7, 8, 9, 10, 12, 14];

export function comparisonCases(seeds: readonly number[] = COMPARISON_SEEDS): BacktestCase[] {
  return (Object.keys(SHAPES) as ShapeName[]).flatMap((name) => seeds.map((seed) => scenarioCase(name, seed)));
}

/**
 * Faultline's detector at several thresholds, computed once: the statistic
 * does not depend on the threshold, so each day's detection is cached (by
 * series and date) and each threshold only re-reads its score.
 */
export function faultlineAtThresholds(thresholds: readonly number[]): Detector[] {
  const cache = new WeakMap<DailyPoint, Map<string, Detection>>();
  const h0 = ESCALATION_DEFAULTS.threshold;
  const detect = (series: readonly DailyPoint[], asOf: string): Detection => {
    const first = series[0];
    if (first === undefined) return detectEscalation(series, asOf);
    let byDay = cache.get(first);
    if (byDay === undefined) cache.set(first, (byDay = new Map()));
    const key = `${asOf}|${series.length}`;
    let d = byDay.get(key);
    if (d === undefined) byDay.set(key, (d = detectEscalation(series, asOf)));
    return d;
  };
  return thresholds.map((h) => ({
    name: `faultline@${h}`,
    detect(series, asOf) {
      const d = detect(series, asOf);
      return { ...d, flagged: d.score * h0 >= h && d.support >= ESCALATION_DEFAULTS.minSupport };
    },
  }));
}

export interface Comparison {
  baselines: DetectorScore[];
  faultline: DetectorScore[];
  /** Faultline at its default threshold. */
  defaults: DetectorScore;
  /** Per baseline: Faultline at the most sensitive threshold with no more false alarms. */
  matched: Array<{ baseline: DetectorScore; faultline: DetectorScore | null; threshold: number | null }>;
  /**
   * Per baseline: Faultline at the threshold with the shortest penalised
   * delay among those with no more false alarms (a lower threshold is not
   * always faster: a flag raised on a quiet day before an onset and held
   * through it is a false alarm, and the onset is then found late or missed).
   */
  best: Array<{ baseline: DetectorScore; faultline: DetectorScore | null; threshold: number | null }>;
}

export function compareDetectors(cases: readonly BacktestCase[] = comparisonCases()): Comparison {
  const options = { earlyDays: 0, lateDays: 30 };
  const faultline = backtest(cases, faultlineAtThresholds(THRESHOLDS), options).detectors;
  const baselines = backtest(cases, BASELINE_DETECTORS, options).detectors;
  const defaults = faultline[THRESHOLDS.indexOf(ESCALATION_DEFAULTS.threshold)]!;
  const matched = baselines.map((b) => {
    const i = faultline.findIndex((f) => f.falseAlarmsPerDyadYear <= b.falseAlarmsPerDyadYear);
    return { baseline: b, faultline: i >= 0 ? faultline[i]! : null, threshold: i >= 0 ? THRESHOLDS[i]! : null };
  });
  const best = baselines.map((b) => {
    let i = -1;
    faultline.forEach((f, k) => {
      if (f.falseAlarmsPerDyadYear > b.falseAlarmsPerDyadYear) return;
      if (i < 0 || (f.penalisedMeanDelay ?? Infinity) < (faultline[i]!.penalisedMeanDelay ?? Infinity)) i = k;
    });
    return { baseline: b, faultline: i >= 0 ? faultline[i]! : null, threshold: i >= 0 ? THRESHOLDS[i]! : null };
  });
  return { baselines, faultline, defaults, matched, best };
}

function fmt(x: number | null, digits = 2): string {
  return x === null ? '–' : x.toFixed(digits);
}

function line(m: Comparison['matched'][number]): string {
  return `  vs ${m.baseline.detector.padEnd(12)} FA/dy ${fmt(m.baseline.falseAlarmsPerDyadYear, 3)} penalised ${fmt(m.baseline.penalisedMeanDelay)}  →  faultline@${m.threshold ?? '–'} FA/dy ${fmt(m.faultline?.falseAlarmsPerDyadYear ?? null, 3)} penalised ${fmt(m.faultline?.penalisedMeanDelay ?? null)}`;
}

/** The comparison as a text table. */
export function comparisonTable(c: Comparison): string {
  const row = (s: DetectorScore): string =>
    [
      s.detector.padEnd(14),
      `${s.detected}/${s.onsets}`.padStart(6),
      fmt(s.meanDelay).padStart(7),
      fmt(s.medianDelay, 1).padStart(7),
      fmt(s.penalisedMeanDelay).padStart(9),
      String(s.falseAlarms).padStart(6),
      fmt(s.falseAlarmsPerDyadYear, 3).padStart(8),
    ].join(' ');
  const head = `${'detector'.padEnd(14)} ${'found'.padStart(6)} ${'mean'.padStart(7)} ${'median'.padStart(7)} ${'penalised'.padStart(9)} ${'FA'.padStart(6)} ${'FA/dy'.padStart(8)}`;
  const lines = [
    'Delays in days after onset (first firing within 30 days; a miss counts 31 in "penalised");',
    'FA = false alarms on quiet days, FA/dy = per quiet dyad-year.',
    '',
    head,
    ...c.faultline.map(row),
    ...c.baselines.map(row),
    '',
    'At equal or fewer false alarms (Faultline at the most sensitive threshold not above the baseline\'s FA/dy):',
    ...c.matched.map(line),
    '',
    'At equal or fewer false alarms (Faultline at the fastest threshold not above the baseline\'s FA/dy):',
    ...c.best.map(line),
  ];
  return lines.join('\n');
}
