// The generated scenarios every detector test and the backtest share.
import { addDays } from '../../src/analytics/calendar-day.js';
import type { BacktestCase } from '../../src/analytics/backtest.js';
import { generateScenario, type ScenarioOptions } from './generate-series.js';

/** Days of history before replay starts (a year and more of baseline). */
export const WARM_UP_DAYS = 400;

type Shape = Omit<ScenarioOptions, 'seed'>;

export const SHAPES = {
  /** Steady cooperation with a little background conflict. */
  steadyCooperation: { days: 1130, conflictRate: 0.2, cooperationRate: 4, weekendFactor: 0.6, coverage: 150 },
  /** Sudden conflict onset: ×10 overnight on a pair with some conflict, coverage up 30%. */
  suddenOnset: {
    days: 1130, conflictRate: 0.5, cooperationRate: 3, weekendFactor: 0.6, coverage: 200, dispersion: 0.1,
    change: { day: 800, factor: 10, rampDays: 0, lastsDays: 90, coverageFactor: 1.3 },
  },
  /** Moderate onset: ×4 overnight, the hard case for every detector. */
  moderateOnset: {
    days: 1130, conflictRate: 0.5, cooperationRate: 3, weekendFactor: 0.6, coverage: 200, dispersion: 0.1,
    change: { day: 800, factor: 4, rampDays: 0, lastsDays: 90, coverageFactor: 1.2 },
  },
  /** Slow build: ×5 reached over 45 days. */
  slowBuild: {
    days: 1130, conflictRate: 1, cooperationRate: 4, weekendFactor: 0.6, coverage: 300, dispersion: 0.1,
    change: { day: 800, factor: 5, rampDays: 45, lastsDays: 120, coverageFactor: 1.3 },
  },
  /** Noisy, heavily covered pair, no change: overdispersed counts, media surges. */
  noisyHighCoverage: {
    days: WARM_UP_DAYS + 5 * 365, conflictRate: 12, cooperationRate: 28, weekendFactor: 0.6, coverage: 800, dispersion: 0.15,
    surges: { chance: 1 / 60, days: 5, factor: 1.8 },
  },
  /** A usually silent pair: a couple of cooperation events a month. */
  silent: { days: 1130, conflictRate: 0, cooperationRate: 0.05, coverage: 60 },
} satisfies Record<string, Shape>;

export type ShapeName = keyof typeof SHAPES;

/** A backtest case of one shape and seed, replayed after the warm-up. */
export function scenarioCase(name: ShapeName, seed: number): BacktestCase {
  const shape: Shape = SHAPES[name];
  const s = generateScenario({ ...shape, seed });
  const c = shape.change;
  // The rest of the changed period (and a week after) is neither quiet nor an onset window.
  const exclude = c === undefined ? [] : [{ from: addDays(s.from, c.day), to: addDays(s.from, c.day + c.lastsDays + 7) }];
  return { key: `${name}#${seed}`, series: s.series, onsets: s.onsets, from: addDays(s.from, WARM_UP_DAYS), to: s.to, exclude };
}
