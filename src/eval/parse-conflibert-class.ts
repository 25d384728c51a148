// Reader of the ConfliBERT CAMEO class file: one sentence per line, a TAB, and
// its penta class 0–4 (0 statement, 1 verbal cooperation, 2 material
// cooperation, 3 verbal conflict, 4 material conflict). No header.

import { isPenta, type Penta } from './penta-of-event.js';
import { stripBom, type ParseProblem, type Parsed } from './parse-problem.js';

export interface ConflibertClassItem {
  /** 1-based line in the file. */
  line: number;
  text: string;
  penta: Penta;
}

export function parseConflibertClass(text: string, file: string): Parsed<ConflibertClassItem> {
  const items: ConflibertClassItem[] = [];
  const problems: ParseProblem[] = [];
  const lines = stripBom(text).split('\n');
  lines.forEach((rawLine, i) => {
    const raw = rawLine.replace(/\r$/, '');
    if (raw.trim() === '') return;
    const line = i + 1;
    const tab = raw.lastIndexOf('\t');
    if (tab < 0) {
      problems.push({ file, line, message: 'no TAB between sentence and class' });
      return;
    }
    const sentence = raw.slice(0, tab).trim();
    const label = raw.slice(tab + 1).trim();
    const penta = Number(label);
    if (label === '' || !isPenta(penta)) {
      problems.push({ file, line, message: `class "${label}" is not 0–4` });
      return;
    }
    if (sentence === '') {
      problems.push({ file, line, message: 'empty sentence' });
      return;
    }
    items.push({ line, text: sentence, penta });
  });
  return { items, problems };
}
