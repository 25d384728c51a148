// Passive voice without a tagger: a form of "be" (or "get"), perhaps "been"
// or "being" and adverbs, then a word shaped like a past participle ("was
// attacked", "were being held", "has been taken"). The shape is a guess
// ("-ed", "-en", "-wn", "-ght"…), good enough to tell "X was attacked by Y"
// from "X attacked Y". Pure.

import { ADVERBS, PASSIVE_AUXILIARIES } from '../coder/word-classes.js';
import type { Token } from '../nlp/tokens.js';
import type { Span } from '../records.js';

/** Short participles the shape test leaves out (it needs four letters, so "red" and "ten" are no verbs). */
const SHORT_PARTICIPLES = new Set(['led', 'met', 'hit', 'cut', 'won', 'fed', 'shut']);

/** True when a token is shaped like a past participle ("attacked", "taken", "held", "shot", "led"). */
export function isParticiple(t: Token | undefined): boolean {
  return t !== undefined && t.word && (SHORT_PARTICIPLES.has(t.lower) || (t.lower.length > 3 && /(?:ed|en|wn|ne|ght|eld|ld|nt|ung|ot|un)$/.test(t.lower)));
}

/** Index of the participle of a passive verb group starting at token `i` (an auxiliary), or -1. */
export function passiveAt(tokens: readonly Token[], i: number): number {
  if (!PASSIVE_AUXILIARIES.has(tokens[i]?.lower ?? '')) return -1;
  let j = i + 1;
  while (tokens[j]?.lower === 'been' || tokens[j]?.lower === 'being' || ADVERBS.has(tokens[j]?.lower ?? '') || tokens[j]?.lower === 'not') j++;
  return isParticiple(tokens[j]) ? j : -1;
}

/** The first passive verb group of a sentence ("was arrested"): from its auxiliary to its participle, or null. */
export function firstPassive(tokens: readonly Token[]): Span | null {
  for (let i = 0; i < tokens.length; i++) {
    const j = passiveAt(tokens, i);
    const aux = tokens[i];
    const verb = tokens[j];
    if (j >= 0 && aux !== undefined && verb !== undefined) return { start: aux.start, end: verb.end };
  }
  return null;
}
