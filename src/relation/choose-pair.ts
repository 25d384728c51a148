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

/** Places (the first ones named) tried as targets. */
const PLACE_TARGETS = 2;

const spansKey = (spans: readonly { start: number; end: number }[]): string => spans.map((s) => `${s.start}-${s.end}`).join(',');

/**
 * Every pair the sentence mode may be about, the chosen pair first: the pair
 * of each of the coder's events, then each actor mention among the first
 * `limit` (places left out) alone and with each later one as its target,
 * then each of them with each of the first two places as its target.
 * The relation model scores them all and keeps its most confident answer,
 * so a wrong guess at the pair costs less. Duplicates are dropped.
 */
export function candidatePairs(events: readonly Event[], mentions: readonly ActorMention[], limit = 4): RelationPair[] {
  const chosen = choosePair(events, mentions);
  const out: RelationPair[] = [];
  const seen = new Set<string>();
  const push = (p: RelationPair): void => {
    const key = `${spansKey(p.source)}>${spansKey(p.target)}`;
    if (seen.has(key) || (p.source.length === 0 && p.target.length === 0)) return;
    seen.add(key);
    out.push({ source: p.source, target: p.target });
  };
  push(chosen);
  for (const e of events) if (e.evidence.spans.source.length > 0) push({ source: e.evidence.spans.source, target: e.evidence.spans.target });
  const actors = mentions
    .filter((m) => !m.locative)
    .sort((a, b) => a.start - b.start)
    .slice(0, limit);
  for (const a of actors) {
    const source = [{ start: a.start, end: a.end }];
    push({ source, target: [] });
    for (const b of actors) if (b.start >= a.end) push({ source, target: [{ start: b.start, end: b.end }] });
  }
  // A country or capital named as a place ("in Bosnia", "to Lebanon") is whom an act there most often
  // concerns: it may be the target, never the source.
  const places = mentions
    .filter((m) => m.locative)
    .sort((a, b) => a.start - b.start)
    .slice(0, PLACE_TARGETS);
  for (const a of actors) for (const p of places) if (p.start >= a.end || p.end <= a.start) push({ source: [{ start: a.start, end: a.end }], target: [{ start: p.start, end: p.end }] });
  return out;
}
