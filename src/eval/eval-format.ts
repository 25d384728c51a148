// The gold file formats `faultline eval` reads, and a pure dispatcher to their readers.

import { parseConflibertClass, type ConflibertClassItem } from './parse-conflibert-class.js';
import { parseGsr, type GsrItem } from './parse-gsr.js';
import { parsePlv, type PlvItem } from './parse-plv.js';
import type { ParseProblem } from './parse-problem.js';

export const EVAL_FORMATS = ['plv', 'gsr', 'conflibert-class'] as const;
export type EvalFormat = (typeof EVAL_FORMATS)[number];

export type EvalFile =
  | { format: 'plv'; file: string; items: PlvItem[]; problems: ParseProblem[] }
  | { format: 'gsr'; file: string; items: GsrItem[]; problems: ParseProblem[] }
  | { format: 'conflibert-class'; file: string; items: ConflibertClassItem[]; problems: ParseProblem[] };

export function isEvalFormat(value: string): value is EvalFormat {
  return (EVAL_FORMATS as readonly string[]).includes(value);
}

/**
 * Guesses the format from a file name (plv-train.tsv → plv, plover-gsr.json → gsr,
 * conflibert-cameo-class-train.tsv → conflibert-class), or null.
 */
export function evalFormatFromFileName(file: string): EvalFormat | null {
  const name = (file.split(/[\\/]/).pop() ?? file).toLowerCase();
  if (name.endsWith('.json') && name.includes('gsr')) return 'gsr';
  if (name.endsWith('.tsv') && name.includes('plv')) return 'plv';
  if (name.endsWith('.tsv') && name.includes('class')) return 'conflibert-class';
  return null;
}

/** Parses the text of a gold file in the given format. */
export function parseEvalFile(text: string, file: string, format: EvalFormat): EvalFile {
  switch (format) {
    case 'plv':
      return { format, file, ...parsePlv(text, file) };
    case 'gsr':
      return { format, file, ...parseGsr(text, file) };
    case 'conflibert-class':
      return { format, file, ...parseConflibertClass(text, file) };
  }
}
