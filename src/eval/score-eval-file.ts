// Scores a coder on a parsed gold file of any format.

import type { EvalFile } from './eval-format.js';
import type { EvalReport, SentenceCoder } from './eval-report.js';
import { scoreConflibertClass } from './score-conflibert-class.js';
import { scoreGsr } from './score-gsr.js';
import { scorePlv } from './score-plv.js';

export function scoreEvalFile(file: EvalFile, coder: SentenceCoder): EvalReport {
  switch (file.format) {
    case 'plv':
      return scorePlv(file.items, coder);
    case 'gsr':
      return scoreGsr(file.items, coder);
    case 'conflibert-class':
      return scoreConflibertClass(file.items, coder);
  }
}
