// Scores a coder on a parsed gold file of any format.

import type { EvalFile } from './eval-format.js';
import type { EvalReport, ItemVerdict, SentenceCoder } from './eval-report.js';
import { scoreConflibertClass } from './score-conflibert-class.js';
import { scoreGsr } from './score-gsr.js';
import { scorePlv } from './score-plv.js';

/** Verdicts (relation mode), when given, are aligned with `file.items` (see each scorer); sentence verdicts (PLV) give the extracted triples. */
export function scoreEvalFile(
  file: EvalFile,
  coder: SentenceCoder,
  verdicts?: ReadonlyArray<ItemVerdict | null>,
  verdictsDecide: 'no-event' | 'all' = 'no-event',
  sentenceVerdicts?: ReadonlyMap<string, ItemVerdict | null>,
): EvalReport {
  switch (file.format) {
    case 'plv':
      return scorePlv(file.items, coder, verdicts, sentenceVerdicts);
    case 'gsr':
      return scoreGsr(file.items, coder, verdicts);
    case 'conflibert-class':
      return scoreConflibertClass(file.items, coder, verdicts, verdictsDecide);
  }
}
