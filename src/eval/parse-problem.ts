// What a reader of a gold file returns: the items it could read and, as data,
// every problem it met on the way. One bad row never sinks the file.

/** A problem found in an input file; `line` is 1-based (0 when unknown). */
export interface ParseProblem {
  file: string;
  line: number;
  message: string;
}

export interface Parsed<T> {
  items: T[];
  problems: ParseProblem[];
}

/** 1-based line number of a character offset in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Text without a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
