// Spans of a document to highlight, in offsets of Document.text: the source,
// verb, target and place of every stored event (from its evidence, which is
// relative to its sentence), and the actor mentions the coder found (recomputed:
// mentions are not stored), so an analyst sees actors that took part in no event
// too. Pure: the caller passes the document, its sentences, events and mentions.

import type { SentenceMentions } from '../coder/code-document.js';
import { actorLabel } from '../cli/format-events.js';
import type { Document, Event, Sentence, Span } from '../records.js';

export type AnnotationKind = 'source' | 'verb' | 'target' | 'location' | 'actor' | 'place';

export interface Annotation {
  /** Offsets into Document.text, half-open. */
  start: number;
  end: number;
  kind: AnnotationKind;
  /** The event this span belongs to; null for a mention outside any event. */
  eventId: string | null;
  sentence: number;
  /** "IRQ/GOV", "ACCUSE (111)", "Moscow (RUS)". */
  label: string;
}

/**
 * Where a sentence starts in the document text. The stored offsets are used
 * when the text there is the evidence sentence; otherwise (a document stored
 * by an older splitter) the evidence is looked up in the text.
 */
function sentenceStart(doc: Document, sentence: Sentence | undefined, evidence: string): number | null {
  if (sentence !== undefined && doc.text.slice(sentence.start, sentence.start + evidence.length) === evidence) return sentence.start;
  const at = doc.text.indexOf(evidence);
  return at < 0 ? null : at;
}

function shift(span: Span, by: number, limit: number): Span | null {
  const start = span.start + by;
  const end = span.end + by;
  return start >= 0 && end <= limit && start < end ? { start, end } : null;
}

/** Annotations of the events' evidence spans, ordered by start offset. */
export function eventAnnotations(doc: Document, sentences: readonly Sentence[], events: readonly Event[]): Annotation[] {
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  const out: Annotation[] = [];
  for (const e of events) {
    const base = sentenceStart(doc, byIndex.get(e.sentence), e.evidence.text);
    if (base === null) continue;
    const limit = doc.text.length;
    const push = (span: Span, kind: AnnotationKind, label: string): void => {
      const at = shift(span, base, limit);
      if (at !== null) out.push({ ...at, kind, eventId: e.id, sentence: e.sentence, label });
    };
    const s = e.evidence.spans;
    s.source.forEach((span, i) => push(span, 'source', labelOf(e.source, i)));
    push(s.verb, 'verb', `${e.plover} (${e.cameo})`);
    s.target.forEach((span, i) => push(span, 'target', labelOf(e.target, i)));
    if (s.location !== null) {
      push(s.location, 'location', e.location === null ? 'place' : `${e.location.name}${e.location.country === null ? '' : ` (${e.location.country})`}`);
    }
  }
  return sortAnnotations(out);
}

function labelOf(actors: Event['source'], i: number): string {
  const a = actors[i] ?? actors[0];
  return a === undefined ? 'actor' : actorLabel(a);
}

/** Annotations of the actor mentions of each sentence ('place' for a mention that stands where a place would). */
export function mentionAnnotations(sentences: readonly Sentence[], mentions: readonly SentenceMentions[]): Annotation[] {
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  const out: Annotation[] = [];
  for (const { sentence, mentions: list } of mentions) {
    const s = byIndex.get(sentence);
    if (s === undefined) continue;
    for (const m of list) {
      if (m.start >= m.end || m.end > s.end - s.start) continue;
      out.push({
        start: s.start + m.start,
        end: s.start + m.end,
        kind: m.locative ? 'place' : 'actor',
        eventId: null,
        sentence,
        label: actorLabel(m.actor),
      });
    }
  }
  return sortAnnotations(out);
}

function sortAnnotations(list: Annotation[]): Annotation[] {
  return list.sort((a, b) => a.start - b.start || b.end - a.end || a.kind.localeCompare(b.kind));
}
