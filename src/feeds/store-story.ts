// Stores one story that arrived from a feed or page, recognising republished
// copies: the story's MinHash signature finds stored first copies that share
// an LSH band, and the best one that passes isNearDuplicate becomes the
// original. A duplicate is stored with its text and a link to the original;
// its events that match an event of the original (same CAMEO code, same
// source and target actors) become mentions of that event instead of new
// events, so counts are counts of happenings; the rest stay its own events.

import type { CodedDocument } from '../coder/code-document.js';
import { compareStories, isNearDuplicate, signatureFromHex, signatureToHex, storySignature } from '../dedupe/near-duplicate.js';
import type { Actor, Document, Event } from '../records.js';
import type { EventMention, Store } from '../store/store.js';

export type StoryOutcome =
  | { status: 'ingested'; docId: string; events: number }
  | { status: 'duplicate'; docId: string; originalId: string; similarity: number; merged: number; own: number }
  | { status: 'exists'; docId: string };

/** Candidates compared in full, the most band-sharing first. */
const CANDIDATES = 20;

const actorKey = (a: Actor): string => `${a.country ?? ''}/${a.igo ?? ''}/${a.sector ?? ''}/${a.name}`;
const eventKey = (e: Event): string => `${e.cameo}|${e.source.map(actorKey).sort().join('+')}|${e.target.map(actorKey).sort().join('+')}`;

export async function storeStory(store: Store, doc: Document, code: (doc: Document) => CodedDocument, now: string): Promise<StoryOutcome> {
  if (await store.hasDocument(doc.id)) {
    // The same text again: under a new address it is one more report of the same events.
    const stored = await store.getDocument(doc.id);
    if (doc.url !== null && stored !== null && stored.url !== doc.url) {
      await store.addMentions((await store.eventsOfDocument(doc.id)).map((e) => mentionOf(e.id, doc, null)));
    }
    return { status: 'exists', docId: doc.id };
  }
  const sig = storySignature(`${doc.title ?? ''}\n${doc.text}`);
  let best: { docId: string; similarity: number } | null = null;
  for (const c of await store.similarDocuments(sig.bands, CANDIDATES)) {
    const other = { shingles: c.shingles, signature: signatureFromHex(c.signature) };
    const s = compareStories(sig, other);
    if (isNearDuplicate(s, Math.min(sig.shingles, c.shingles)) && (best === null || s.jaccard > best.similarity)) {
      best = { docId: c.docId, similarity: s.jaccard };
    }
  }
  const coded = code(doc);
  if (best === null) {
    await store.saveDocument(doc, coded.sentences, coded.events);
    await store.saveSignature({ docId: doc.id, shingles: sig.shingles, signature: signatureToHex(sig.signature), bands: sig.bands });
    return { status: 'ingested', docId: doc.id, events: coded.events.length };
  }
  const originalId = (await store.duplicateOf(best.docId))?.originalId ?? best.docId;
  const { own, mentions } = splitMerged(doc, coded.events, await store.eventsOfDocument(originalId));
  const link = { docId: doc.id, originalId, similarity: best.similarity, method: 'minhash', linkedAt: now };
  const saved = await store.saveDuplicate(doc, coded.sentences, own, link, mentions);
  if (!saved.inserted) return { status: 'exists', docId: doc.id };
  return { status: 'duplicate', docId: doc.id, originalId, similarity: best.similarity, merged: mentions.length, own: own.length };
}

/**
 * A near-duplicate's events: each that matches an event of its first copy
 * (same CAMEO code, same source and target actors) becomes a mention of that
 * event, the rest stay the duplicate's own.
 */
export function splitMerged(doc: Document, events: readonly Event[], original: readonly Event[]): { own: Event[]; mentions: EventMention[] } {
  const unmatched = new Map<string, Event[]>();
  for (const e of original) unmatched.set(eventKey(e), [...(unmatched.get(eventKey(e)) ?? []), e]);
  const own: Event[] = [];
  const mentions: EventMention[] = [];
  for (const e of events) {
    const match = unmatched.get(eventKey(e))?.shift();
    if (match === undefined) own.push(e);
    else mentions.push(mentionOf(match.id, doc, doc.id));
  }
  return { own, mentions };
}

function mentionOf(eventId: string, doc: Document, docId: string | null): EventMention {
  return { eventId, origin: 'document', docId, externalId: null, source: doc.source, url: doc.url, publishedAt: doc.publishedAt, fields: null };
}
