// The (source, target) pair of a sentence when nobody marked one: the pair of
// the coder's most confident event, else the first actor mention and the
// next one after it (neither a place), else whatever single actor there is.
// Used by the sentence mode of the relation model (GSR records, ConfliBERT
// sentences, sentences the coder found no event in). Pure.

import type { ActorMention } from '../actors/types.js';
import { bestEvent } from '../eval/best-event.js';
import type { Event } from '../records.js';
import type { RelationPair } from './analyse-relation.js';

export interface ChosenPair extends RelationPair {
  /** Where the pair came from. */
  from: 'event' | 'mentions' | 'none';
}

export function choosePair(events: readonly Event[], mentions: readonly ActorMention[]): ChosenPair {
  const best = bestEvent(events);
  if (best !== null && best.evidence.spans.source.length > 0)
    return { source: best.evidence.spans.source, target: best.evidence.spans.target, from: 'event' };
  const actors = mentions.filter((m) => !m.locative).sort((a, b) => a.start - b.start);
  const first = actors[0];
  if (first === undefined) return { source: [], target: [], from: 'none' };
  const second = actors.find((m) => m.start >= first.end);
  return { source: [{ start: first.start, end: first.end }], target: second ? [{ start: second.start, end: second.end }] : [], from: 'mentions' };
}
