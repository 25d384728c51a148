// What tells the pair a sentence is about from the other pairs it names: the
// features of the pair ranker (pair-ranker.ts). Structure only, no words of
// the verb: which mention each side is (first, second…), what kind of mention
// (country, person, sector, a place, an object phrase), whether the coder's
// rules link the pair, where the verb patterns stand, what word comes before
// each side ("by" marks an agent, "in" a place), the distance between them.
// Pure.

import type { ActorMention } from '../actors/types.js';
import { ADVERBS, PASSIVE_AUXILIARIES, RELATIVE_PRONOUNS, SPEECH_VERBS } from '../coder/word-classes.js';
import type { Token } from '../nlp/tokens.js';
import type { Span } from '../records.js';
import type { RelationAnalysis, RelationPair } from './analyse-relation.js';
import { isParticiple, passiveAt } from './passive-voice.js';

export interface SentenceView {
  tokens: readonly Token[];
  /** The resolver's mentions of the sentence. */
  mentions: readonly ActorMention[];
  /** Start of the first verb of a coder event or pattern, or null. */
  firstVerb: number | null;
  /** Starts of every candidate target of the sentence, in text order (for `target-order`); none given, no such feature. */
  targetStarts?: readonly number[];
}

const PREPOSITIONS = new Set(['in', 'of', 'at', 'from', 'to', 'with', 'against', 'on', 'for', 'by', 'into', 'over', 'about', 'between', 'among']);

const PLACE_BEFORE = new Set(['in', 'at', 'to', 'into']);
const overlaps = (m: Span, s: Span): boolean => m.start < s.end && s.start < m.end;

/** The word before a span, as a feature value: a preposition, "and", ",", "^" (start) or "w" (any other word). */
function before(tokens: readonly Token[], at: number): string {
  let prev: Token | undefined;
  for (const t of tokens) {
    if (t.end > at) break;
    if (t.word || t.text === ',') prev = t;
  }
  if (prev === undefined) return '^';
  return PREPOSITIONS.has(prev.lower) || prev.lower === 'and' || prev.lower === ',' ? prev.lower : 'w';
}

function after(tokens: readonly Token[], at: number): string {
  const next = tokens.find((t) => t.start >= at);
  if (next === undefined) return '$';
  if (next.lower === "'s") return "'s";
  return PREPOSITIONS.has(next.lower) || next.lower === 'and' || next.lower === ',' ? next.lower : 'w';
}

/** Words that open a subordinate clause ("after X attacked", "because Y refused"). */
const SUBORDINATORS = new Set(['after', 'because', 'while', 'when', 'if', 'although', 'though', 'since', 'as', 'before', 'until', 'unless', 'whereas', 'once']);
/** Punctuation that ends the clause a side is looked up in. */
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '(', ')', '"', '—', '–', '--']);
const HAVE = new Set(['has', 'have', 'had']);

/** Index of the first token at or after a character offset (tokens.length when none). */
function tokenAt(tokens: readonly Token[], at: number): number {
  const i = tokens.findIndex((t) => t.start >= at);
  return i < 0 ? tokens.length : i;
}


/**
 * The clause a side stands in, by the nearest clause word before it in its
 * stretch of text (back to punctuation or the start): "rel" after a relative
 * pronoun, "sub" after a subordinating word, "said" after "said (that)",
 * "main" when none.
 */
function clauseOf(tokens: readonly Token[], at: number): string {
  for (let i = tokenAt(tokens, at) - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t === undefined || CLAUSE_PUNCTUATION.has(t.text)) break;
    if (t.lower === 'that' && SPEECH_VERBS.has(tokens[i - 1]?.lower ?? '')) return 'said';
    if (SPEECH_VERBS.has(t.lower)) return 'said';
    if (RELATIVE_PRONOUNS.has(t.lower)) return 'rel';
    if (SUBORDINATORS.has(t.lower)) return 'sub';
  }
  return 'main';
}

/**
 * What a side does to the words around it: "speaks" when a verb of saying
 * follows it ("X said", "X has told") or stands right before it (", said X"),
 * "according" after "according to"; "passive-subject" when a passive verb
 * follows it ("X was attacked"); "agent" after a "by" that follows a passive
 * participle ("was attacked by X", "the force led by X"); null otherwise.
 */
function sideRole(tokens: readonly Token[], start: number, end: number): string | null {
  const first = tokenAt(tokens, start);
  let next = tokenAt(tokens, end);
  while (HAVE.has(tokens[next]?.lower ?? '') || ADVERBS.has(tokens[next]?.lower ?? '')) next++;
  const after = tokens[next];
  if (after !== undefined && SPEECH_VERBS.has(after.lower)) return 'speaks';
  const prev = tokens[first - 1];
  if (prev !== undefined && SPEECH_VERBS.has(prev.lower)) return 'speaks';
  if (prev?.lower === 'to' && tokens[first - 2]?.lower === 'according') return 'according';
  if (passiveAt(tokens, next) >= 0) return 'passive-subject';
  if (prev?.lower === 'by') {
    let j = first - 2;
    while (ADVERBS.has(tokens[j]?.lower ?? '')) j--;
    if (isParticiple(tokens[j])) return PASSIVE_AUXILIARIES.has(tokens[j - 1]?.lower ?? '') || PASSIVE_AUXILIARIES.has(tokens[j - 2]?.lower ?? '') ? 'agent' : 'reduced-agent';
  }
  return null;
}

/** Punctuation that closes a preamble before the sentence proper ("KABUL (Agency) :", "(CNN)", "Mexico: Since …"). */
const PREAMBLE_ENDS = new Set([':', ')', '--', '—', '|']);
const PREAMBLE_WORDS = 10;

/** True when a span ends before a preamble's closing punctuation within the first words of the sentence. */
function inPreamble(tokens: readonly Token[], end: number): boolean {
  const close = tokens.slice(0, PREAMBLE_WORDS + 2).find((t) => PREAMBLE_ENDS.has(t.text));
  return close !== undefined && end <= close.start;
}

const bucket = (n: number): string => (n <= 0 ? '0' : n <= 2 ? '1-2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : '11+');

export function pairFeatures(view: SentenceView, pair: RelationPair, analysis: RelationAnalysis, chosen: boolean): Map<string, number> {
  const f = new Map<string, number>();
  const add = (name: string): void => void f.set(name, 1);
  const actors = view.mentions.filter((m) => !m.locative).sort((a, b) => a.start - b.start);
  const s0 = pair.source[0];
  const t0 = pair.target[0];
  const sLast = pair.source[pair.source.length - 1];
  const rank = (span: Span | undefined): string => {
    if (span === undefined) return 'none';
    const i = actors.findIndex((m) => overlaps(m, span));
    return i < 0 ? 'other' : String(Math.min(i, 3));
  };
  const mentionAt = (span: Span | undefined): ActorMention | undefined => (span === undefined ? undefined : view.mentions.find((m) => overlaps(m, span)));
  const known = (m: ActorMention | undefined): number => (m !== undefined && (m.actor.country !== null || m.actor.igo !== null) ? 1 : 0);

  add(pair.target.length === 0 ? 'shape:no-target' : pair.source.length === 0 ? 'shape:no-source' : 'shape:two-sided');
  if (pair.source.length > 1) add('shape:joint-source');
  if (chosen) add('chosen');
  if (analysis.linked.length > 0) add('linked');
  if (analysis.forced.length > 0) add('forced');
  add(`source-rank:${rank(s0)}`);
  add(`target-rank:${rank(t0)}`);
  const sm = mentionAt(s0);
  const tm = mentionAt(t0);
  add(`source-kind:${sm?.kind ?? (s0 === undefined ? 'none' : 'phrase')}`);
  add(`target-kind:${tm === undefined ? (t0 === undefined ? 'none' : PLACE_BEFORE.has(before(view.tokens, t0.start)) && /^\p{Lu}/u.test(view.tokens.find((t) => t.start >= t0.start)?.text ?? '') ? 'name' : 'object') : `${tm.kind}${tm.locative ? ':place' : ''}`}`);
  add(`source-known:${known(sm)}`);
  add(`target-known:${known(tm)}`);
  if (s0 !== undefined) add(`source-before:${before(view.tokens, s0.start)}`);
  if (sLast !== undefined) add(`source-after:${after(view.tokens, sLast.end)}`);
  if (t0 !== undefined) add(`target-before:${before(view.tokens, t0.start)}`);
  const tEnd = pair.target[pair.target.length - 1];
  if (tEnd !== undefined) add(`target-after:${after(view.tokens, tEnd.end)}`);
  if (s0 !== undefined && t0 !== undefined) {
    add(t0.start > s0.start ? 'order:source-first' : 'order:target-first');
    const lo = Math.min(s0.end, t0.end);
    const hi = Math.max(s0.start, t0.start);
    const gap = view.tokens.filter((t) => t.word && t.start >= lo && t.end <= hi).length;
    add(`gap:${gap <= 1 ? '0-1' : gap <= 3 ? '2-3' : gap <= 6 ? '4-6' : gap <= 12 ? '7-12' : '13+'}`);
  }
  for (const h of analysis.hits) {
    add(`verb:${h.position}`);
    if (h.linksTarget) add('verb:links-target');
  }
  if (analysis.hits.length === 0) add('verb:none');
  const verb = view.firstVerb;
  if (verb !== null) {
    if (s0 !== undefined) add(s0.start < verb ? 'source:before-verb' : 'source:after-verb');
    if (t0 !== undefined) add(t0.start > verb ? 'target:after-verb' : 'target:before-verb');
    // The subject: nothing named between the source and the verb.
    if (sLast !== undefined && sLast.end <= verb && !actors.some((m) => m.start >= sLast.end && m.end <= verb)) add('source:subject');
    // The object: nothing named between the verb and the target.
    if (t0 !== undefined && t0.start > verb && !view.mentions.some((m) => m.start > verb && m.end <= t0.start)) add('target:first-after-verb');
  }
  // Clause, voice and speech (pair-v2).
  if (s0 !== undefined && sLast !== undefined) {
    add(`source-clause:${clauseOf(view.tokens, s0.start)}`);
    if (inPreamble(view.tokens, sLast.end)) add('source:preamble');
    add(`source-role:${sideRole(view.tokens, s0.start, sLast.end) ?? 'none'}`);
  }
  const tLast = pair.target[pair.target.length - 1];
  if (t0 !== undefined && tLast !== undefined) {
    add(`target-clause:${clauseOf(view.tokens, t0.start)}`);
    if (inPreamble(view.tokens, tLast.end)) add('target:preamble');
    add(`target-role:${sideRole(view.tokens, t0.start, tLast.end) ?? 'none'}`);
  }
  if (s0 !== undefined && t0 !== undefined) {
    const lo = Math.min(s0.end, t0.end);
    const hi = Math.max(s0.start, t0.start);
    const commas = view.tokens.filter((t) => t.text === ',' && t.start >= lo && t.end <= hi).length;
    add(`commas:${Math.min(commas, 2)}`);
  }
  // Which of the sentence's candidate targets after the verb this one is (the nearest object is the likeliest).
  if (t0 !== undefined && view.targetStarts !== undefined) {
    const from = verb ?? (s0?.end ?? 0);
    const later = view.targetStarts.filter((x) => x >= from);
    const i = later.indexOf(t0.start);
    add(`target-order:${i < 0 ? 'before' : String(Math.min(i, 3))}`);
  }
  if (verb !== null) {
    const words = (a: number, b: number): number => view.tokens.filter((t) => t.word && t.start >= a && t.end <= b).length;
    if (sLast !== undefined && sLast.end <= verb) add(`source-verb-gap:${bucket(words(sLast.end, verb))}`);
    if (t0 !== undefined && t0.start >= verb) add(`target-verb-gap:${bucket(words(verb, t0.start) - 1)}`);
  }
  // A linear model cannot weigh a kind of mention by where it stands: the pairs of both ("an object right after the verb").
  const targetKind = [...f.keys()].find((k) => k.startsWith('target-kind:')) ?? '';
  const sourceKind = [...f.keys()].find((k) => k.startsWith('source-kind:')) ?? '';
  for (const k of [...f.keys()]) {
    if (k.startsWith('target-before:') || k === 'target:first-after-verb' || k.startsWith('target-rank:') || k.startsWith('target-order:') || k.startsWith('target-after:')) add(`${targetKind}&${k}`);
    if (k === 'source:subject' || k.startsWith('source-before:') || k.startsWith('source-rank:') || k.startsWith('source-role:')) add(`${sourceKind}&${k}`);
    if (k.startsWith('source-role:')) add(`${targetKind}&${k}`);
    if (k.startsWith('target-role:')) add(`${sourceKind}&${k}`);
  }
  return f;
}
