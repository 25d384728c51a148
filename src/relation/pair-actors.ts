// The actors a (source, target) pair of spans stands for, so that a relation
// verdict on a guessed pair can say who did what to whom, not only what. A
// side whose spans are a side of one of the coder's events takes that event's
// actors (with what the coder inferred: coreference, a counterpart's
// country); otherwise each span takes the actor of the mention it covers.
// Pure.

import type { ActorMention } from '../actors/types.js';
import type { Actor, Event, Span } from '../records.js';
import type { RelationPair } from './analyse-relation.js';

export interface PairActors {
  source: Actor[];
  target: Actor[];
}

const sameSpans = (a: readonly Span[], b: readonly Span[]): boolean =>
  a.length === b.length && a.every((s, i) => s.start === b[i]?.start && s.end === b[i]?.end);

function sideActors(spans: readonly Span[], events: readonly Event[], mentions: readonly ActorMention[]): Actor[] {
  if (spans.length === 0) return [];
  for (const e of events) {
    if (sameSpans(e.evidence.spans.source, spans)) return e.source;
    if (sameSpans(e.evidence.spans.target, spans)) return e.target;
  }
  return spans.flatMap((s) => {
    const m = mentions.find((x) => x.start < s.end && s.start < x.end);
    return m ? [m.actor] : [];
  });
}

/** The actors of a pair, from the events and mentions the coder found in the same text (text offsets). */
export function pairActors(pair: RelationPair, coded: { events: readonly Event[]; mentions: readonly ActorMention[] }): PairActors {
  return {
    source: sideActors(pair.source, coded.events, coded.mentions),
    target: sideActors(pair.target, coded.events, coded.mentions),
  };
}
