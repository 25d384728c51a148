// Faultline's escalation detector: a negative-binomial CUSUM with a
// time-varying expectation. Full description in the doc comment of
// detectEscalation and in TENSION.md ("Escalation").
import type { DailyPoint, Detection, Detector } from './types.js';

export interface EscalationOptions {
  /** Days of the recent span the CUSUM scans back from asOf (default 28). */
  spanDays?: number;
  /** Days of trailing baseline before the span (default 120). */
  baselineDays?: number;
  /** Alarm threshold on the CUSUM statistic, in nats (default tuned, see TENSION.md). */
  threshold?: number;
  /** Relative shift the CUSUM is tuned to detect (default 2 = doubling). */
  shift?: number;
  /** Absolute extra rate per day added to the shifted mean, for near-silent series (default 0.3). */
  minShift?: number;
  /** Fewest conflict events a flag may rest on (default 3). */
  minSupport?: number;
  /** Below this support a flag is marked sparse (default 10). */
  sparseSupport?: number;
}

/**
 * Escalation of one series as of `asOf` (points after asOf are ignored).
 * Not implemented yet: signature published for callers.
 */
export function detectEscalation(series: readonly DailyPoint[], asOf: string, options: EscalationOptions = {}): Detection {
  void series; void asOf; void options;
  throw new Error('detectEscalation: not implemented yet');
}

/** A Detector running detectEscalation with the given options. */
export function makeFaultlineDetector(options: EscalationOptions = {}): Detector {
  return { name: 'faultline', detect: (series, asOf) => detectEscalation(series, asOf, options) };
}

/** Faultline's detector with default options. */
export const faultlineDetector: Detector = makeFaultlineDetector();
