// What tells the pair a sentence is about from the other pairs it names: the
// features of the pair ranker (pair-ranker.ts). Structure only, no words of
// the verb: which mention each side is (first, second…), what kind of mention
// (country, person, sector, a place, an object phrase), whether the coder's
// rules link the pair, where the verb patterns stand, what word comes before
// each side ("by" marks an agent, "in" a place), the distance between them.
// Pure.

import type { ActorMention } from '../actors/types.js';
import type { Token } from '../nlp/tokens.js';
import type { Span } from '../records.js';
import type { RelationAnalysis, RelationPair } from './analyse-relation.js';

export interface SentenceView {
  tokens: readonly Token[];
  /** The resolver's mentions of the sentence. */
  mentions: readonly ActorMention[];
  /** Start of the first verb of a coder event or pattern, or null. */
  firstVerb: number | null;
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
  // A linear model cannot weigh a kind of mention by where it stands: the pairs of both ("an object right after the verb").
  const targetKind = [...f.keys()].find((k) => k.startsWith('target-kind:')) ?? '';
  const sourceKind = [...f.keys()].find((k) => k.startsWith('source-kind:')) ?? '';
  for (const k of [...f.keys()]) {
    if (k.startsWith('target-before:') || k === 'target:first-after-verb' || k.startsWith('target-rank:')) add(`${targetKind}&${k}`);
    if (k === 'source:subject' || k.startsWith('source-before:') || k.startsWith('source-rank:')) add(`${sourceKind}&${k}`);
  }
  return f;
}
