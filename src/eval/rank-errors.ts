// Orders errors worst first: the most confident wrong predictions, then the
// misses (no prediction), each in file order.

import type { EvalError } from './eval-report.js';

export function rankErrors(errors: readonly EvalError[]): EvalError[] {
  return [...errors].sort((a, b) => (b.confidence ?? -1) - (a.confidence ?? -1) || a.index - b.index);
}
