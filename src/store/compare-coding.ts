// How a document's new coding differs from its stored one: what
// `Store.replaceCoding` reports and whether it writes at all. Events are
// compared by id (a hash of document, sentence, verb position and code, so
// it survives a change of actors) and then by their full JSON.

import type { Event, Sentence } from '../records.js';
import type { RecodeResult } from './store.js';

/** A coding as stored: sentences, events as their JSON text in saved order, and mention keys. */
export interface StoredCoding {
  sentences: readonly Sentence[];
  /** [event id, JSON text] in saved order. */
  events: ReadonlyArray<readonly [string, string]>;
  /** Keys of the mentions the document made of other documents' events, or null when not compared. */
  mentions: readonly string[] | null;
}

/** Names a mention for comparison: the columns its unique index covers. */
export function mentionKey(m: { eventId: string; origin: string; docId: string | null; externalId: string | null; url: string | null }): string {
  return [m.eventId, m.origin, m.docId ?? '', m.externalId ?? '', m.url ?? ''].join('|');
}

const sentenceKey = (s: Sentence): string => `${s.index}|${s.start}|${s.end}|${s.text}`;

/** Compares a stored coding with a new one; `mentions` null leaves mentions out of the comparison. */
export function compareCoding(
  stored: StoredCoding,
  next: { sentences: readonly Sentence[]; events: readonly Event[]; mentions: readonly string[] | null },
): RecodeResult {
  const old = new Map(stored.events);
  const nextIds = new Set(next.events.map((e) => e.id));
  let added = 0;
  let updated = 0;
  for (const e of next.events) {
    const json = old.get(e.id);
    if (json === undefined) added++;
    else if (json !== JSON.stringify(e)) updated++;
  }
  const removed = stored.events.filter(([id]) => !nextIds.has(id)).length;
  const sameOrder = stored.events.length === next.events.length && stored.events.every(([id], i) => next.events[i]?.id === id);
  const sameSentences = sameList(stored.sentences.map(sentenceKey), next.sentences.map(sentenceKey));
  const sameMentions =
    next.mentions === null || stored.mentions === null || sameList([...stored.mentions].sort(), [...next.mentions].sort());
  return {
    before: stored.events.length,
    after: next.events.length,
    added,
    removed,
    updated,
    changed: added + removed + updated > 0 || !sameOrder || !sameSentences || !sameMentions,
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
