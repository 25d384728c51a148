// Per-class scores and the confusion matrix of a single-label classification.

import type { Confusion, TypeScore } from './eval-report.js';
import { harmonicMean, ratio } from './extraction-score.js';

export const NONE = 'NONE';

export interface LabelPair {
  gold: string;
  /** Predicted label, or NONE. */
  predicted: string;
}

export interface ClassTally {
  per_type: Record<string, TypeScore>;
  confusion: Confusion;
}

/**
 * Scores each gold class (n, correct, predicted, precision, recall, F1) and
 * builds the confusion matrix. Labels are ordered as in `order`, then any other
 * label in order of appearance, then NONE when it was predicted.
 */
export function tallyClasses(pairs: readonly LabelPair[], order: readonly string[]): ClassTally {
  const seen = new Set<string>();
  for (const p of pairs) {
    seen.add(p.gold);
    seen.add(p.predicted);
  }
  const labels = order.filter((l) => seen.has(l) && l !== NONE);
  for (const p of pairs)
    for (const l of [p.gold, p.predicted]) if (l !== NONE && !labels.includes(l)) labels.push(l);
  if (seen.has(NONE)) labels.push(NONE);
  const at = new Map(labels.map((l, i) => [l, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  for (const p of pairs) {
    const row = matrix[at.get(p.gold) ?? -1];
    const col = at.get(p.predicted);
    if (row !== undefined && col !== undefined) row[col] = (row[col] ?? 0) + 1;
  }
  const per_type: Record<string, TypeScore> = {};
  for (const label of labels) {
    const n = pairs.filter((p) => p.gold === label).length;
    if (n === 0) continue;
    const predicted = pairs.filter((p) => p.predicted === label).length;
    const correct = pairs.filter((p) => p.gold === label && p.predicted === label).length;
    const precision = ratio(correct, predicted);
    const recall = ratio(correct, n);
    per_type[label] = { n, correct, predicted, precision, recall, f1: harmonicMean(precision, recall) };
  }
  return { per_type, confusion: { labels, matrix } };
}
