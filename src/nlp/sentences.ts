// Sentence segmentation with offsets into the document text.

import type { Sentence } from '../records.js';

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'sen', 'rep',
  'gov', 'st', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'adm', 'brig',
  'cmdr', 'rev', 'hon', 'amb', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'fig', 'approx', 'dept', 'est', 'u.s', 'u.n',
  'u.k', 'e.g', 'i.e', 'a.m', 'p.m',
]);

/**
 * Splits text into sentences. Ends a sentence at . ! ? (with any closing
 * quotes or brackets) followed by white space and an upper-case letter, digit
 * or opening quote, and always at a blank line or a line break.
 * Offsets are into `text`; sentence texts are trimmed.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  const boundary = /([.!?]+)(["'”’)\]]*)(\s+)(?=["'“‘([]?[\p{Lu}\p{N}])|\n+/gu;
  for (const m of text.matchAll(boundary)) {
    if (m[0].startsWith('\n')) {
      push(m.index);
      continue;
    }
    const punct = m[1] ?? '';
    const endOfPunct = m.index + punct.length + (m[2]?.length ?? 0);
    if (punct === '.' && !(m[2] ?? '')) {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index));
      const word = before?.[1]?.toLowerCase() ?? '';
      // "Mr. Smith", "U.S. officials", single initials "J. Smith"
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
        // "... in the U.S. The next ..." is ambiguous; prefer not splitting.
        continue;
      }
    }
    push(endOfPunct);
  }
  push(text.length);
  return out;
}
