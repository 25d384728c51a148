// Codes each distinct sentence once, and turns a coder that throws on a
// sentence into a recorded failure instead of a failed evaluation.

import type { Event } from '../records.js';
import type { SentenceCoder } from './eval-report.js';

export interface CodedSentence {
  events: Event[];
  /** The coder's error message when it threw on this sentence, else null. */
  failure: string | null;
}

export interface MemoCoder {
  (text: string): CodedSentence;
  /** Number of distinct sentences the coder threw on so far. */
  failures(): number;
}

export function memoizeCoder(coder: SentenceCoder): MemoCoder {
  const cache = new Map<string, CodedSentence>();
  let failures = 0;
  const code = (text: string): CodedSentence => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    let coded: CodedSentence;
    try {
      coded = { events: coder(text), failure: null };
    } catch (e) {
      failures++;
      coded = { events: [], failure: e instanceof Error ? e.message : String(e) };
    }
    cache.set(text, coded);
    return coded;
  };
  return Object.assign(code, { failures: () => failures });
}
