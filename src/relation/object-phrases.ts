// The phrase right after a verb, as a target candidate when no actor stands
// there (and the phrase before the first verb, as a source candidate): PLOVER codes what a verb is done to, and that is often a thing or a
// person the dictionaries do not know ("condemned the attack", "filed a
// lawsuit against Thom", "opened an investigation into Boztepe"). One
// preposition may lead the phrase; it ends at the next clause word,
// punctuation or preposition, after at most seven words. Pure.

import type { ActorMention } from '../actors/types.js';
import { TIME_WORDS } from '../coder/word-classes.js';
import type { Token } from '../nlp/tokens.js';
import type { Span } from '../records.js';

/** Prepositions that may lead the object ("against Thom", "into the deaths"); they also end a phrase. */
const LEADS = new Set(['against', 'into', 'on', 'to', 'with', 'at', 'for', 'of', 'from', 'over', 'about', 'in']);
/** Words and punctuation that end the phrase: a new clause, a list, an agent. */
const ENDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'after', 'before', 'because', 'as', 'since', 'than', 'if', 'and', 'by']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'some', 'all', 'any']);
const MAX_WORDS = 7;

const phraseWord = (t: Token | undefined): boolean => t !== undefined && t.word && !ENDS.has(t.lower) && !LEADS.has(t.lower);

/**
 * True when the "and" at `j` joins two modifiers of one noun ("the quick and
 * decisive response"), not two clauses or objects ("the march and praised the
 * rally"): a determiner and one word before it, and after it a word that is no
 * determiner followed by another word of the phrase that is none either.
 */
function coordinatesModifier(tokens: readonly Token[], j: number): boolean {
  const a = tokens[j + 1];
  const b = tokens[j + 2];
  return (
    DETERMINERS.has(tokens[j - 2]?.lower ?? '') &&
    phraseWord(tokens[j - 1]) &&
    phraseWord(a) &&
    phraseWord(b) &&
    !DETERMINERS.has(a?.lower ?? '') &&
    !DETERMINERS.has(b?.lower ?? '')
  );
}

/**
 * Object phrases after the given verb spans (at most `limit`, in text order),
 * leaving out any that overlaps an actor mention (that one is a candidate
 * already) or that is a lone determiner.
 */
export function objectPhrases(tokens: readonly Token[], verbs: readonly Span[], mentions: readonly ActorMention[], limit = 2): Span[] {
  const out: Span[] = [];
  for (const verb of [...verbs].sort((a, b) => a.start - b.start)) {
    let i = tokens.findIndex((t) => t.start >= verb.end);
    if (i < 0) continue;
    if (LEADS.has(tokens[i]?.lower ?? '')) i++;
    const first = tokens[i];
    if (first === undefined || !first.word || ENDS.has(first.lower)) continue;
    let last = i;
    for (let j = i + 1; j < tokens.length && j - i < MAX_WORDS; j++) {
      const t = tokens[j];
      if (t !== undefined && t.lower === 'and' && coordinatesModifier(tokens, j)) continue;
      if (t === undefined || !t.word || ENDS.has(t.lower) || LEADS.has(t.lower)) break;
      last = j;
    }
    if (last === i && DETERMINERS.has(first.lower)) continue;
    const span: Span = { start: first.start, end: tokens[last]?.end ?? first.end };
    if (mentions.some((m) => m.start < span.end && span.start < m.end)) continue;
    if (out.some((o) => o.start === span.start)) continue;
    out.push(span);
    if (out.length >= limit) break;
  }
  return out;
}

/** Auxiliaries and adverbs between a subject and its verb ("has reportedly agreed"). */
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'also', 'reportedly', 'allegedly', 'now', 'again', 'already', 'then', 'not', "n't", 'never', 'jointly', 'formally', 'officially', 'publicly', 'strongly', 'on']);

/**
 * The phrase right before the first verb, as a source candidate when no
 * actor is named there ("Clinton has said …", "the women-led Hirak movement
 * boycotted …"): the words back from the verb, past auxiliaries, to the
 * start of the clause (punctuation or a clause word), at most seven words;
 * null when an actor mention overlaps it.
 */
export function subjectPhrase(tokens: readonly Token[], verb: Span, mentions: readonly ActorMention[]): Span | null {
  let i = -1;
  for (const t of tokens) if (t.end <= verb.start) i = t.index;
  // Past auxiliaries and a time or place adverbial ("… here on Thursday called").
  const skippable = (t: Token | undefined): boolean => t !== undefined && (AUXILIARIES.has(t.lower) || TIME_WORDS.has(t.lower) || t.lower === 'here' || /^\d/.test(t.text));
  while (i >= 0 && skippable(tokens[i])) i--;
  const last = tokens[i];
  if (last === undefined || !last.word || ENDS.has(last.lower) || LEADS.has(last.lower)) return null;
  let first = i;
  for (let j = i - 1; j >= 0 && i - j < MAX_WORDS; j--) {
    const t = tokens[j];
    if (t === undefined || !t.word || ENDS.has(t.lower) || LEADS.has(t.lower)) break;
    first = j;
  }
  const span: Span = { start: tokens[first]?.start ?? last.start, end: last.end };
  if (mentions.some((m) => m.start < span.end && span.start < m.end)) return null;
  return span;
}

/** Prepositions of place before a name ("in Barcelona", "at Digha", "to Kirkuk"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'into', 'near']);

/**
 * Names the dictionaries do not know that stand where a place would ("set up
 * an institute in Barcelona", "a landing station at Digha"): a run of
 * capitalised words right after a preposition of place, not at the start of
 * the sentence and overlapping no actor mention; at most `limit`, in text order.
 */
export function placePhrases(tokens: readonly Token[], mentions: readonly ActorMention[], limit = 2): Span[] {
  const out: Span[] = [];
  for (let i = 1; i + 1 < tokens.length && out.length < limit; i++) {
    if (!PLACE_PREPOSITIONS.has(tokens[i]?.lower ?? '')) continue;
    let j = i + 1;
    if (tokens[j]?.lower === 'the') j++;
    const first = tokens[j];
    if (first === undefined || !first.word || !/^\p{Lu}/u.test(first.text)) continue;
    let last = j;
    while (last + 1 < tokens.length && last - j < 3 && /^\p{Lu}/u.test(tokens[last + 1]?.text ?? '') && tokens[last + 1]?.word) last++;
    const span: Span = { start: first.start, end: tokens[last]?.end ?? first.end };
    if (mentions.some((m) => m.start < span.end && span.start < m.end)) continue;
    out.push(span);
  }
  return out;
}

/** Prepositions that mark what an act is aimed at wherever they stand after the verb ("filed a lawsuit in a Paris court against the prince"). */
const AIMED_AT = new Set(['against']);

/**
 * The phrase after each "against" that starts at or after `from` (the first
 * verb), as a target candidate: the object phrase after the verb ends at the
 * first preposition, so a target further on is missed otherwise. At most `limit`.
 */
export function aimedPhrases(tokens: readonly Token[], from: number, mentions: readonly ActorMention[], limit = 1): Span[] {
  const markers = tokens.filter((t) => t.start >= from && AIMED_AT.has(t.lower)).map((t): Span => ({ start: t.start, end: t.end }));
  return objectPhrases(tokens, markers, mentions, limit);
}
