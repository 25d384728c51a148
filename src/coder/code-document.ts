// Codes a whole document: splits sentences, resolves actors with document
// coreference, follows quotations across sentences so the speaker is known,
// resolves dates against the publication date, and codes each sentence.
// Pure: the dictionaries and the publication date come in as arguments.

import type { ActorDictionary } from '../actors/actor-dictionary.js';
import { DocumentActors, findActors } from '../actors/find-actors.js';
import { inferOnlyCountry } from '../actors/only-country.js';
import { resolveSharedPlaceNames } from '../actors/shared-place-names.js';
import type { ActorMention, DocumentContext } from '../actors/types.js';
import { parseDateline } from '../nlp/dateline.js';
import { findDateExpressions } from '../nlp/dates.js';
import { splitSentences } from '../nlp/sentences.js';
import { tokenize } from '../nlp/tokens.js';
import type { Actor, Event, Sentence } from '../records.js';
import { codeSentence, type CoderResources, type Dropped } from './code-sentence.js';
import { SPEECH_VERBS } from './word-classes.js';

export interface DocumentResources extends CoderResources {
  actors: ActorDictionary;
}

export interface DocumentInput {
  text: string;
  docId: string | null;
  /** Publication date (YYYY-MM-DD): relative dates resolve against it. */
  publishedAt: string | null;
  /** Country the report comes from (dateline or agency), for officials named by title alone. */
  homeCountry: string | null;
}

export interface SentenceMentions {
  sentence: number;
  mentions: ActorMention[];
}

export interface CodedDocument {
  sentences: Sentence[];
  mentions: SentenceMentions[];
  events: Event[];
  dropped: Array<Dropped & { sentence: number }>;
}

const OPEN_QUOTES = new Set(['“', '‘', '«']);
const CLOSE_QUOTES = new Set(['”', '’', '»']);

/** Codes every sentence of a document. */
export function codeDocument(input: DocumentInput, res: DocumentResources): CodedDocument {
  const sentences = splitSentences(input.text);
  const memory = new DocumentActors();
  // The publication date tells the resolver who was in office ("Obama" in 2024 is a former official).
  const context: DocumentContext = input.publishedAt ? { homeCountry: input.homeCountry, date: input.publishedAt } : { homeCountry: input.homeCountry };
  const out: CodedDocument = { sentences, mentions: [], events: [], dropped: [] };
  let inQuote = false;
  let quoteSpeaker: Actor | null = null;
  let previousEnd = 0;
  // The dateline ("JERUSALEM (AP) --") says where the report was filed: no actor of any event is named in it.
  const bodyStart = parseDateline(input.text)?.end ?? 0;

  for (const sentence of sentences) {
    // A new paragraph closes any quotation left open by sloppy punctuation.
    if (input.text.slice(previousEnd, sentence.start).includes('\n\n')) {
      inQuote = false;
      quoteSpeaker = null;
    }
    previousEnd = sentence.end;
    const found = findActors(sentence.text, res.actors, memory, context);
    const inBody = sentence.start < bodyStart ? found.filter((m) => sentence.start + m.start >= bodyStart) : found;
    // "President X reneged on his promise to the Zambian people": an official of the one country named.
    // "Tripoli, the north Lebanese port": a name two countries share, read by the other one named.
    const mentions = inferOnlyCountry(sentence.text, resolveSharedPlaceNames(sentence.text, inBody));
    out.mentions.push({ sentence: sentence.index, mentions });

    // Who speaks in this sentence: the subject of a verb of saying.
    const saidBy = speakerOf(sentence.text, mentions);
    const startsInQuote = inQuote;
    const speaker = saidBy ?? (startsInQuote ? quoteSpeaker : null);
    const dates = input.publishedAt ? findDateExpressions(sentence.text, input.publishedAt) : [];
    const coded = codeSentence(
      {
        text: sentence.text,
        index: sentence.index,
        docId: input.docId,
        date: input.publishedAt,
        dates,
        mentions,
        speaker,
      },
      res,
    );
    out.events.push(...coded.events);
    for (const d of coded.dropped) out.dropped.push({ ...d, sentence: sentence.index });

    // Carry the quotation state to the next sentence.
    for (const ch of sentence.text) {
      if (OPEN_QUOTES.has(ch)) {
        inQuote = true;
        if (saidBy) quoteSpeaker = saidBy;
      } else if (CLOSE_QUOTES.has(ch) && ch !== '’') inQuote = false;
      else if (ch === '"') inQuote = !inQuote;
    }
    if (inQuote && saidBy) quoteSpeaker = saidBy;
  }
  return out;
}

/** The speaker of a sentence: the mention just before a verb of saying ("Al-Araji stressed that"). */
function speakerOf(text: string, mentions: readonly ActorMention[]): Actor | null {
  const tokens = tokenize(text);
  for (const tok of tokens) {
    if (!SPEECH_VERBS.has(tok.lower)) continue;
    if (mentions.some((m) => m.start <= tok.start && tok.end <= m.end)) continue;
    // The nearest non-locative mention ending before the verb, allowing a few words in between.
    let best: ActorMention | null = null;
    for (const m of mentions) {
      if (m.locative || m.end > tok.start) continue;
      if (tok.start - m.end > 40) continue;
      if (!best || m.end > best.end) best = m;
    }
    if (best) return best.actor;
    // "…, said Foreign Minister X"
    for (const m of mentions) if (!m.locative && m.start > tok.end && m.start - tok.end < 6) return m.actor;
  }
  return null;
}
