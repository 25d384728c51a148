// Tokenisation of one sentence into words and punctuation with offsets.

import type { Span } from '../records.js';

export interface Token extends Span {
  /** The token as written. */
  text: string;
  /** Lower case, curly apostrophes folded to "'". */
  lower: string;
  /** Index of the token in its sentence. */
  index: number;
  /** True for words and numbers, false for punctuation. */
  word: boolean;
}

// Words keep inner apostrophes, hyphens, periods of abbreviations (U.S., Mr.)
// and digits with separators (1,000 / 3.5); everything else is one punctuation
// token per character. A possessive 's is split off as its own token.
const TOKEN =
  /(?:[A-Za-z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|Prof|St|Jr|Sr|No|Adm|Brig|Cmdr|Rev|Hon|Amb)\.|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    const start = m.index;
    let text = m[0];
    // Split a possessive: "Iraq's" → "Iraq" + "'s"
    const poss = /^(.+?)(['’]s)$/u.exec(text);
    if (poss && poss[1] !== undefined && poss[2] !== undefined && poss[1].length > 1) {
      push(tokens, poss[1], start);
      push(tokens, poss[2], start + poss[1].length);
      continue;
    }
    // Split a plural possessive: "states'" handled by the punctuation rule already.
    text = m[0];
    push(tokens, text, start);
  }
  return tokens;
}

function push(tokens: Token[], text: string, start: number): void {
  tokens.push({
    text,
    lower: text.toLowerCase().replace(/’/g, "'"),
    start,
    end: start + text.length,
    index: tokens.length,
    word: /[\p{L}\p{N}]/u.test(text),
  });
}
