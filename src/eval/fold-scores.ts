// Scores of each cross-validation fold: the file's items of one fold are
// scored alone, by the same scorer as the whole file. Pure.

import type { EvalFile } from './eval-format.js';
import type { FoldScore, ItemVerdict, SentenceCoder } from './eval-report.js';
import { scoreEvalFile } from './score-eval-file.js';

function subFile(file: EvalFile, keep: (i: number) => boolean): EvalFile {
  switch (file.format) {
    case 'plv':
      return { ...file, items: file.items.filter((_, i) => keep(i)) };
    case 'gsr':
      return { ...file, items: file.items.filter((_, i) => keep(i)) };
    case 'conflibert-class':
      return { ...file, items: file.items.filter((_, i) => keep(i)) };
  }
}

/** One score per fold; `foldOf[i]` is the fold of item i. */
export function foldScores(
  file: EvalFile,
  coder: SentenceCoder,
  verdicts: ReadonlyArray<ItemVerdict | null>,
  foldOf: readonly number[],
  k: number,
  verdictsDecide: 'no-event' | 'all' = 'no-event',
): FoldScore[] {
  const out: FoldScore[] = [];
  for (let fold = 0; fold < k; fold++) {
    const keep = (i: number): boolean => foldOf[i] === fold;
    const report = scoreEvalFile(
      subFile(file, keep),
      coder,
      verdicts.filter((_, i) => keep(i)),
      verdictsDecide,
    );
    out.push({ n: report.n, root_accuracy: report.root_accuracy, penta_accuracy: report.penta_accuracy });
  }
  return out;
}

/** Unweighted mean of the folds' scores (null when the folds have none). */
export function meanFoldScore(folds: readonly FoldScore[]): FoldScore {
  const mean = (key: 'root_accuracy' | 'penta_accuracy'): number | null => {
    const xs = folds.map((f) => f[key]).filter((x): x is number => x !== null);
    return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
  };
  return { n: folds.reduce((a, f) => a + f.n, 0), root_accuracy: mean('root_accuracy'), penta_accuracy: mean('penta_accuracy') };
}
