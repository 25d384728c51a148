// Everything the relation model looks at for one marked (source, target) pair
// in a sentence, computed with the coder's own parts:
//
// - the rule coder's events on the sentence (codeDocument) that link the pair;
// - the coder re-run with the marked spans forced in as the actor mentions,
//   so its verb patterns, voice and modality apply even where the resolver
//   did not recognise an actor ("a U.S. Supreme Court decision");
// - the verb-pattern matches of the sentence and the CAMEO codes they name;
// - the words between and around the two spans, the predicate (the verb the
//   source governs, its object, particle, infinitive and voice), negation and
//   modal cues, and the sectors the resolver gives the two sides.
//
// The result is a set of named features (see data/model/README.md) and
// the events behind them, so a decision can be explained. Pure.

import type { ActorMention } from '../actors/types.js';
import { codeDocument, type DocumentResources } from '../coder/code-document.js';
import { codeSentence } from '../coder/code-sentence.js';
import { IRREGULAR_PAST } from '../coder/inflections.js';
import { matchPatterns } from '../coder/match-patterns.js';
import { ADVERBS, DETERMINERS, PASSIVE_AUXILIARIES, SPEECH_VERBS, TIME_WORDS } from '../coder/word-classes.js';
import { tokenize, type Token } from '../nlp/tokens.js';
import type { Event, PloverType, Span } from '../records.js';
import { pairMentions, mentionInside } from './pair-mentions.js';
import { patternLexicon } from './pattern-lexicon.js';
import { stemWord } from './stem-word.js';

export interface RelationPair {
  /** Spans of the source mention(s) in the sentence; empty when implicit. */
  source: readonly Span[];
  /** Spans of the target mention(s); empty when implicit. */
  target: readonly Span[];
}

/** A verb-pattern match found in the sentence. */
export interface PatternHit {
  rule: string;
  cameo: string;
  plover: PloverType;
  verb: Span;
  /** Where the anchor lies relative to the pair. */
  position: 'between' | 'after-source' | 'other';
  /** True when the pattern's @T slot holds the marked target. */
  linksTarget: boolean;
}

export interface RelationAnalysis {
  features: Map<string, number>;
  /** Events of the rule coder on the sentence alone that link source to target. */
  linked: Event[];
  /** Events of the coder with the marked spans forced in as mentions that link source to target. */
  forced: Event[];
  /** Every event of the rule coder on the sentence (offsets into the sentence). */
  events: Event[];
  hits: PatternHit[];
  /** The resolver's mentions (offsets into the sentence). */
  mentions: ActorMention[];
}

const AUX = new Set(
  "is are was were be been being am has have had do does did 's 're 've 'd will would shall should can could may might must also reportedly allegedly has already then again jointly now recently later formally officially publicly strongly".split(
    ' ',
  ),
);
const NEGATION = new Set(["not", "n't", 'never', 'no', 'without', 'cannot', 'neither', 'nor', 'refuse', 'refused', 'refuses', 'declined', 'denied', 'failed']);
const HYPOTHETICAL = new Set(['could', 'might', 'may', 'should', 'can', 'must', 'would', 'if', 'ought']);
const INTENT = new Set(['will', "'ll", 'shall', 'plan', 'plans', 'planned', 'intends', 'intend', 'vowed', 'vows', 'pledged', 'promised', 'expected', 'ready', 'prepared', 'threatened', 'threatens', 'warned', 'offered', 'wants', 'seeks', 'sought']);

/** Tokens that end the search for a verb or its object. */
const STOPS = new Set(['.', ';', ':', '!', '?', '(', ')', '"', '“', '”']);
/** Words ending in -ed that are seldom verbs. */
const KEEP_ED = new Set('united red bed need speed seed feed shed hundred kindred sacred naked wicked armed'.split(' '));
/** Prepositions and particles that change a verb's sense ("called for", "called off"). */
const PARTICLES = new Set('to for on off out up down back with against into from over in at by about'.split(' '));

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const overlapsAny = (spans: readonly Span[], s: Span): boolean => spans.some((x) => overlaps(x, s));

/** Events linking the pair: source spans overlap the marked source and target spans the marked target. */
export function linkingEvents(events: readonly Event[], pair: RelationPair): Event[] {
  const side = (gold: readonly Span[], got: readonly Span[]): boolean => gold.length === 0 || got.some((g) => overlapsAny(gold, g));
  return events.filter(
    (e) =>
      (pair.source.length > 0 || pair.target.length > 0) &&
      side(pair.source, e.evidence.spans.source) &&
      side(pair.target, e.evidence.spans.target) &&
      (pair.source.length === 0 || e.evidence.spans.source.length > 0) &&
      (pair.target.length === 0 || e.evidence.spans.target.length > 0),
  );
}

/**
 * The rule coder on a text coded as a document of its own (the splitter may
 * cut it into several sentences): events and mentions with offsets into
 * `text`, and each event's evidence text is `text`.
 */
export function codeText(text: string, res: DocumentResources): { events: Event[]; mentions: ActorMention[] } {
  const coded = codeDocument({ text, docId: null, publishedAt: null, homeCountry: null }, res);
  const offsetOf = (i: number): number => coded.sentences[i]?.start ?? 0;
  const events = coded.events.map((e) => {
    const d = offsetOf(e.sentence);
    const shift = (s: Span): Span => ({ start: s.start + d, end: s.end + d });
    const sp = e.evidence.spans;
    return {
      ...e,
      evidence: {
        ...e.evidence,
        text,
        spans: { source: sp.source.map(shift), verb: shift(sp.verb), target: sp.target.map(shift), location: sp.location ? shift(sp.location) : null },
      },
    };
  });
  const mentions = coded.mentions.flatMap((sm) => {
    const d = offsetOf(sm.sentence);
    return sm.mentions.map((m) => (d === 0 ? m : { ...m, start: m.start + d, end: m.end + d }));
  });
  return { events, mentions };
}

function tokenIn(tok: Token, spans: readonly Span[]): boolean {
  return spans.some((s) => tok.start < s.end && s.start < tok.end);
}

/** A token that carries meaning for the features (a word, or a quote or colon). */
const isWord = (t: Token | undefined): t is Token => t !== undefined && t.word;

export function analyseRelation(text: string, pair: RelationPair, res: DocumentResources, coded?: { events: Event[]; mentions: ActorMention[] }): RelationAnalysis {
  const f = new Map<string, number>();
  const add = (name: string, value = 1): void => {
    f.set(name, Math.max(f.get(name) ?? 0, value));
  };
  const { events, mentions } = coded ?? codeText(text, res);
  const linked = linkingEvents(events, pair);
  const tokens = tokenize(text);
  const { mentions: forcedMentions, marked } = pairMentions(text, mentions, pair.source, pair.target);
  const forcedRun = codeSentence({ text, index: 0, docId: null, date: null, mentions: forcedMentions, speaker: null }, res);
  const forced = linkingEvents(forcedRun.events, pair);

  // --- the rule coder's verdicts -------------------------------------------------
  for (const e of linked) {
    add(`rule:${e.plover}`);
    add(`rule-root:${e.cameo.slice(0, 2)}`);
  }
  for (const e of forced) {
    add(`forced:${e.plover}`);
    add(`forced-root:${e.cameo.slice(0, 2)}`);
    if (e.evidence.rule.includes('>')) add(`forced-modal:${e.plover}`);
  }
  const reversed = linkingEvents(forcedRun.events, { source: pair.target, target: pair.source });
  for (const e of reversed) add(`forced-reversed:${e.plover}`);
  for (const e of events) add(`sentence-event:${e.plover}`, 0.5);
  if (linked.length === 0 && forced.length === 0) add('no-rule-event');

  // --- token regions ---------------------------------------------------------------
  const sTok = tokens.filter((t) => tokenIn(t, pair.source)).map((t) => t.index);
  const tTok = tokens.filter((t) => tokenIn(t, pair.target)).map((t) => t.index);
  const sFirst = sTok[0] ?? -1;
  const tFirst = tTok[0] ?? -1;
  // The first contiguous run of each side.
  const runEnd = (first: number, idx: readonly number[]): number => {
    let end = first;
    while (idx.includes(end + 1)) end++;
    return end;
  };
  const sLast = sFirst < 0 ? -1 : runEnd(sFirst, sTok);
  const tLast = tFirst < 0 ? -1 : runEnd(tFirst, tTok);
  let between: Token[] = [];
  if (sFirst >= 0 && tFirst >= 0) {
    if (sLast < tFirst) {
      add('order:source-first');
      between = tokens.slice(sLast + 1, tFirst);
    } else if (tLast < sFirst) {
      add('order:target-first');
      between = tokens.slice(tLast + 1, sFirst);
    } else add('order:nested');
  } else add(sFirst < 0 && tFirst < 0 ? 'order:none' : sFirst < 0 ? 'order:implicit-source' : 'order:implicit-target');

  const betweenWords = between.filter(isWord);
  const n = betweenWords.length;
  add(`gap:${n === 0 ? '0' : n <= 2 ? '1-2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : '11+'}`);
  const stems = betweenWords.map((t) => stemWord(t.lower));
  for (const s of stems) add(`between:${s}`);
  for (let i = 0; i + 1 < stems.length; i++) add(`between2:${stems[i]}_${stems[i + 1]}`);
  if (between.some((t) => t.text === ',')) add('between:<comma>');
  if (between.some((t) => /^["“”]$/.test(t.text))) add('between:<quote>');

  // Words next to each side: the verb after the source, the preposition before the target…
  const around = (prefix: string, from: number, step: 1 | -1, count: number, skipAux: boolean): void => {
    const out: string[] = [];
    for (let i = from; i >= 0 && i < tokens.length && out.length < count; i += step) {
      const t = tokens[i];
      if (!t) break;
      if (!t.word) {
        if (t.text === ',' || t.text === '.' || t.text === ';' || t.text === ':') out.push(`<${t.text}>`);
        else continue;
      } else if (tokenIn(t, pair.source) || tokenIn(t, pair.target)) out.push('<actor>');
      else if (skipAux && AUX.has(t.lower)) continue;
      else out.push(stemWord(t.lower));
      if (out.length === 1) add(`${prefix}1:${out[0]}`);
    }
    if (out.length >= 2) add(`${prefix}2:${out[0]}_${out[1]}`);
  };
  if (sFirst >= 0) {
    around('after-source', sLast + 1, 1, 2, true);
    around('before-source', sFirst - 1, -1, 2, false);
  }
  if (tFirst >= 0) {
    around('after-target', tLast + 1, 1, 3, false);
    around('before-target', tFirst - 1, -1, 2, false);
  }

  // Cues of negation and modality near the pair.
  const window = [...between, ...tokens.slice(Math.max(sLast, tLast) + 1, Math.max(sLast, tLast) + 4)];
  if (window.some((t) => NEGATION.has(t.lower))) add('cue:negation');
  if (window.some((t) => HYPOTHETICAL.has(t.lower))) add('cue:hypothetical');
  if (window.some((t) => INTENT.has(t.lower))) add('cue:intent');
  if (tokens.some((t) => t.lower === 'by') && tFirst >= 0 && sFirst > tFirst) add('cue:by-agent');
  if (/\?\s*["”']?\s*$/.test(text)) add('cue:question');

  // The whole sentence, weakly.
  for (const t of tokens) if (isWord(t) && !tokenIn(t, pair.source) && !tokenIn(t, pair.target)) add(`word:${stemWord(t.lower)}`, 0.5);

  // --- the predicate -----------------------------------------------------------------
  // The verb the source governs (the first verb-like word after it: "rebels
  // surrendered", "U.N. helicopters evacuated"), with its object, preposition,
  // voice and a spelling-tolerant prefix; and the sentence's first verb that
  // is not a verb of saying, for sentences whose pair is a guess.
  const lexicon = patternLexicon(res.patterns, res.cameo);
  const inPair = (t: Token): boolean => tokenIn(t, pair.source) || tokenIn(t, pair.target);
  const verbLike = (t: Token): boolean =>
    t.word && !inPair(t) && !AUX.has(t.lower) && (res.patterns.byAnchor.has(t.lower) || IRREGULAR_PAST.has(t.lower) || (/^[a-z]{3,}ed$/.test(t.lower) && !KEEP_ED.has(t.lower)));
  const predicate = (from: number, limit: number): number => {
    for (let i = from; i >= 0 && i < tokens.length && i < from + limit; i++) {
      const t = tokens[i];
      if (!t) break;
      if (!t.word && STOPS.has(t.text)) break;
      if (verbLike(t) && !TIME_WORDS.has(t.lower) && !ADVERBS.has(t.lower) && !SPEECH_VERBS.has(t.lower)) return i;
    }
    return -1;
  };
  const verbFeatures = (prefix: string, vi: number): void => {
    const v = tokens[vi];
    if (!v) return;
    const stem = stemWord(v.lower);
    add(`${prefix}:${stem}`);
    if (stem.length >= 5) add(`${prefix}-p5:${stem.slice(0, 5)}`, 0.5);
    const shares = lexicon.get(v.lower);
    if (shares) for (const [plover, share] of shares) add(`${prefix}-lex:${plover}`, Math.round(share * 100) / 100);
    // Voice: a participle after a form of "be" ("was indicted", "were killed").
    let j = vi - 1;
    while (j >= 0 && ADVERBS.has(tokens[j]?.lower ?? '')) j--;
    if (PASSIVE_AUXILIARIES.has(tokens[j]?.lower ?? '')) add(`${prefix}-passive`);
    if (NEGATION.has(tokens[j]?.lower ?? '') || NEGATION.has(tokens[j - 1]?.lower ?? '')) add(`${prefix}-negated`);
    // The preposition or particle right after it, and its first content word.
    let object = '';
    for (let i = vi + 1; i < tokens.length && i <= vi + 4; i++) {
      const t = tokens[i];
      if (!t || (!t.word && STOPS.has(t.text))) break;
      if (!t.word) continue;
      if (i === vi + 1 && PARTICLES.has(t.lower)) {
        add(`${prefix}-prep:${stem}_${t.lower}`);
        continue;
      }
      if (DETERMINERS.has(t.lower) || t.lower === "'s") continue;
      object = inPair(t) ? '<actor>' : stemWord(t.lower);
      break;
    }
    if (object !== '') add(`${prefix}-obj:${stem}_${object}`);
    // Its infinitive complement: "agreed to lift", "threatened to ban", "refused to allow".
    const to = tokens[vi + 1]?.lower === 'to' ? vi + 2 : tokens[vi + 2]?.lower === 'to' ? vi + 3 : -1;
    const x = to >= 0 ? tokens[to] : undefined;
    if (x && x.word && !inPair(x) && !DETERMINERS.has(x.lower)) {
      const xs = stemWord(x.lower);
      add(`${prefix}-to:${stem}_${xs}`);
      add(`${prefix}-to-verb:${xs}`);
      const xShares = lexicon.get(x.lower) ?? lexicon.get(`${x.lower}s`) ?? lexicon.get(`${x.lower}ed`) ?? lexicon.get(`${x.lower}d`);
      if (xShares) for (const [plover, share] of xShares) add(`${prefix}-to-lex:${plover}`, Math.round(share * 100) / 100);
    }
  };
  // Without a verb after the source (a passive "X were killed by Y", an
  // implicit source), the verb after the target stands in.
  let sourceVerb = sFirst >= 0 ? predicate(sLast + 1, 8) : -1;
  if (sourceVerb < 0 && tFirst >= 0 && (sFirst < 0 || tFirst < sFirst)) sourceVerb = predicate(tLast + 1, 6);
  if (sourceVerb >= 0) verbFeatures('verb', sourceVerb);
  // "Canada and the United Kingdom have agreed…": the pair shares the verb (a joint act).
  if (f.has('order:source-first') && betweenWords.length > 0 && betweenWords.every((t) => t.lower === 'and' || t.lower === 'the' || t.lower === '&')) {
    add('order:coordinated');
    const v = tokens[sourceVerb];
    if (v) add(`coordinated-verb:${stemWord(v.lower)}`);
    for (const [k, value] of f) if (k.startsWith('verb-lex:')) add(`coordinated-${k}`, value);
  }
  // The verb that governs the target ("demanded the removal of X", "called on X").
  if (tFirst >= 0) {
    for (let i = tFirst - 1; i >= 0 && i >= tFirst - 6; i--) {
      const t = tokens[i];
      if (!t || (!t.word && STOPS.has(t.text))) break;
      if (verbLike(t) && !SPEECH_VERBS.has(t.lower)) {
        add(`target-verb:${stemWord(t.lower)}`);
        const shares = lexicon.get(t.lower);
        if (shares) for (const [plover, share] of shares) add(`target-verb-lex:${plover}`, Math.round(share * 100) / 100);
        break;
      }
    }
  }
  let firstVerb = -1;
  for (let i = 0; i < tokens.length && firstVerb < 0; i++) {
    const t = tokens[i];
    if (t && verbLike(t) && !SPEECH_VERBS.has(t.lower) && !ADVERBS.has(t.lower) && !TIME_WORDS.has(t.lower) && i > 0) firstVerb = i;
  }
  if (firstVerb >= 0 && firstVerb !== sourceVerb) verbFeatures('first-verb', firstVerb);
  else if (firstVerb >= 0) add('first-verb:=verb');

  // --- the two sides -----------------------------------------------------------------
  const side = (name: 'source' | 'target', spans: readonly Span[]): void => {
    const first = spans[0];
    if (first === undefined) return;
    const inside = mentionInside(mentions, first);
    if (inside) {
      // The kind of the target's mention (country, person…) only added noise in cross-validation.
      if (name === 'source') add(`${name}-kind:${inside.kind}`);
      if (inside.actor.sector) add(`${name}-sector:${inside.actor.sector}`);
      if (inside.actor.igo) add(`${name}-igo`);
      if (!inside.actor.sector && inside.actor.country) add(`${name}-country-only`);
    } else add(`${name}-unresolved`);
    const words = tokens.filter((t) => isWord(t) && tokenIn(t, [first]));
    const head = words[words.length - 1];
    if (head) add(`${name}-head:${stemWord(head.lower)}`);
  };
  side('source', pair.source);
  side('target', pair.target);

  // --- verb patterns ---------------------------------------------------------------------
  const mentionOf = new Int32Array(tokens.length).fill(-1);
  const sorted = [...forcedMentions].sort((a, b) => a.start - b.start);
  sorted.forEach((m, mi) => {
    for (const t of tokens) if (t.start >= m.start && t.end <= m.end) mentionOf[t.index] = mi;
  });
  const targetMention = sorted.findIndex((m) => marked.some((k) => k.side === 'target' && k.start === m.start && k.end === m.end));
  const hits: PatternHit[] = [];
  // A pattern the coder read under modality ("will support" is an intent,
  // "vowed to fight" a threat) counts as the type the coder gave it, not as the
  // plain act: the converted events, by the pattern that fired and its verb.
  const converted = [...events, ...forcedRun.events].filter((e) => e.evidence.rule.includes('>'));
  const modalOf = (rule: string, verb: Span): Event | undefined =>
    converted.find((e) => e.evidence.rule.startsWith(`${rule}>`) && e.evidence.spans.verb.start < verb.end && verb.start < e.evidence.spans.verb.end);
  const lo = Math.min(sLast, tLast);
  const hi = Math.max(sFirst, tFirst);
  for (const m of matchPatterns(tokens, mentionOf, sorted, res.patterns)) {
    const code = res.cameo.get(m.pattern.cameo);
    if (!code) continue;
    const position = sFirst >= 0 && tFirst >= 0 && m.anchor > lo && m.anchor < hi ? 'between' : sFirst >= 0 && m.anchor > sLast && m.anchor <= sLast + 4 ? 'after-source' : 'other';
    const linksTarget = targetMention >= 0 && m.targets.includes(targetMention);
    const rule = `${m.pattern.id}#${m.pattern.cameo}`;
    const verb = { start: tokens[m.start]?.start ?? 0, end: tokens[m.end - 1]?.end ?? 0 };
    const modal = modalOf(rule, verb);
    const hit: PatternHit = {
      rule: modal?.evidence.rule ?? rule,
      cameo: modal?.cameo ?? code.code,
      plover: modal?.plover ?? code.plover,
      verb,
      position,
      linksTarget,
    };
    hits.push(hit);
    const root = hit.cameo.slice(0, 2);
    if (linksTarget) {
      add(`pattern-target:${hit.plover}`);
      add(`pattern-target-root:${root}`);
    }
    if (position !== 'other') {
      add(`pattern-${position}:${hit.plover}`);
      add(`pattern-${position}-root:${root}`);
    } else add(`pattern-other:${hit.plover}`, 0.5);
    add(`pattern-any-root:${root}`, 0.5);
  }
  // Anchor words between the pair that some pattern starts with, even when the pattern did not match.
  for (const t of between.length > 0 ? between : tokens.slice(sLast + 1, sLast + 5)) {
    if (!t.word) continue;
    const patterns = res.patterns.byAnchor.get(t.lower);
    if (!patterns || patterns.length === 0) continue;
    const shares = new Map<string, number>();
    for (const p of patterns) {
      const c = res.cameo.get(p.cameo);
      if (c) shares.set(c.plover, (shares.get(c.plover) ?? 0) + 1 / patterns.length);
    }
    for (const [plover, share] of shares) add(`anchor:${plover}`, Math.round(share * 100) / 100);
  }

  // Modality turns a type into another (an intent to release is AGREE, a
  // refusal to meet is REJECT): the cues crossed with what the patterns say.
  const cues = ['negation', 'hypothetical', 'intent'].filter((c) => f.has(`cue:${c}`));
  const verbToken = tokens[sourceVerb];
  if (verbToken) for (const c of cues) add(`${c}×verb:${stemWord(verbToken.lower)}`);
  if (cues.length > 0) {
    const types = new Set<string>();
    for (const h of hits) if (h.position !== 'other' || h.linksTarget) types.add(h.plover);
    for (const e of [...linked, ...forced]) types.add(e.plover);
    for (const c of cues) for (const t of types) add(`${c}×${t}`);
  }

  // What the pattern dictionary says about the words of each region.
  const lex = (prefix: string, region: readonly Token[]): void => {
    const sums = new Map<string, number>();
    let n = 0;
    for (const t of region) {
      const shares = t.word ? lexicon.get(t.lower) : undefined;
      if (!shares) continue;
      n++;
      for (const [plover, share] of shares) sums.set(plover, (sums.get(plover) ?? 0) + share);
    }
    for (const [plover, sum] of sums) add(`${prefix}:${plover}`, Math.round((sum / n) * 100) / 100);
  };
  lex('lex-between', between);
  if (tFirst >= 0) {
    lex('lex-target', tokens.slice(tFirst, tLast + 1));
    lex('lex-after-target', tokens.slice(tLast + 1, tLast + 5));
  }
  if (sFirst >= 0 && between.length === 0) lex('lex-after-source', tokens.slice(sLast + 1, sLast + 6));
  lex('lex-sentence', tokens.filter((t) => !tokenIn(t, pair.source) && !tokenIn(t, pair.target)));

  return { features: f, linked, forced, events, hits, mentions };
}
