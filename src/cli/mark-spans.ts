// Marks spans in a sentence for terminal display:
//   [source]  {verb}  <target>  @(place)

import type { Span } from '../records.js';

export interface Mark extends Span {
  open: string;
  close: string;
}

/** Inserts the marks into the text; overlapping marks are nested by start. */
export function markSpans(text: string, marks: readonly Mark[]): string {
  const inserts: Array<{ at: number; text: string; order: number }> = [];
  marks.forEach((m, i) => {
    inserts.push({ at: m.start, text: m.open, order: 2 * i + 1 });
    inserts.push({ at: m.end, text: m.close, order: -(2 * i + 1) });
  });
  inserts.sort((a, b) => b.at - a.at || a.order - b.order);
  let out = text;
  for (const ins of inserts) out = out.slice(0, ins.at) + ins.text + out.slice(ins.at);
  return out;
}
