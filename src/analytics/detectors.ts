// Every detector, Faultline's first, then the baselines every backtest scores.
import { faultlineDetector } from './detect-escalation.js';
import { emaZDetector } from './ema-z-detector.js';
import { persistenceDetector } from './persistence-detector.js';
import { rollingMaxDetector } from './rolling-max-detector.js';
import { trendfinderDetector } from './trendfinder-detector.js';
import type { Detector } from './types.js';

/** The baselines: persistence, Trendfinder, rolling maximum, EMA z-score. */
export const BASELINE_DETECTORS: readonly Detector[] = [
  persistenceDetector,
  trendfinderDetector,
  rollingMaxDetector,
  emaZDetector,
];

/** Faultline's detector followed by the baselines. */
export const DETECTORS: readonly Detector[] = [faultlineDetector, ...BASELINE_DETECTORS];
