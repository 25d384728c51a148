// Precision, recall and F1 from counts.

import type { ExtractionScore } from './eval-report.js';

/** Precision = tp / predicted, recall = tp / gold; a ratio with a zero denominator is 0. */
export function extractionScore(tp: number, predicted: number, gold: number): ExtractionScore {
  const precision = ratio(tp, predicted);
  const recall = ratio(tp, gold);
  return { precision, recall, f1: harmonicMean(precision, recall), tp, predicted, gold };
}

export function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

export function harmonicMean(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}
