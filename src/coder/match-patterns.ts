// Finds verb-pattern matches in a tokenised sentence and keeps the most
// specific non-overlapping ones.

import type { ActorMention } from '../actors/types.js';
import type { Token } from '../nlp/tokens.js';
import type { VerbPattern, VerbPatternIndex } from './verb-patterns.js';
import { IRREGULAR_PAST } from './inflections.js';
import { isAdverb } from './modality.js';
import { DETERMINERS } from './word-classes.js';

export interface PatternMatch {
  pattern: VerbPattern;
  /** Token range of the whole match [start, end). */
  start: number;
  end: number;
  /** Token index of the anchor (first item). */
  anchor: number;
  /** Mentions filling @T, in order. */
  targets: number[];
  /** True when a trailing @T found no actor and the pattern matched without it. */
  targetMissing: boolean;
}

const MAX_GAP = 4;

const HAVE_FORMS = new Set(['have', 'has', 'had', 'having']);

/** Words between an auxiliary "have" and its participle besides -ly adverbs: "have long refused". */
const AUX_ADVERBS = new Set(['long', 'not', 'never', 'already', 'also', 'just', 'yet', 'still', 'since', 'now', 'repeatedly', 'often', 'twice']);

/** Extra tokens a gap may span when they spell one amount: "$ 1.7 billion", "500 million euros". */
const MAX_AMOUNT_TOKENS = 4;

const AMOUNT_WORDS = new Set(['$', '€', '£', '%', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'dollars', 'euros', 'pounds', 'usd', 'us$', 'tons', 'tonnes', 'kg', 'metric']);

/** A token of an amount of money or a number. */
function isAmountWord(tok: Token | undefined): boolean {
  return tok !== undefined && (AMOUNT_WORDS.has(tok.lower) || /^\d/.test(tok.text));
}

/** Non-word tokens a gap may cross: "pledged $500 million in aid". */
const GAP_SYMBOLS = new Set(['$', '€', '£', '%', '-']);

const NOMINAL_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'these', 'those', "'s"]);

/**
 * A word a gap may skip: any word, but not into an actor mention when the
 * next item is the target slot (the target must start where the gap ends).
 */
function isGapWord(tok: Token | undefined, mentionOf: Int32Array, next: VerbPattern['items'][number] | undefined): boolean {
  if (tok === undefined || (!tok.word && !GAP_SYMBOLS.has(tok.text))) return false;
  return next?.kind !== 'target' || (mentionOf[tok.index] ?? -1) < 0;
}

interface Partial {
  end: number;
  targets: number[];
  targetMissing: boolean;
}

function matchFrom(
  items: VerbPattern['items'],
  k: number,
  pos: number,
  tokens: readonly Token[],
  mentionOf: Int32Array,
  targets: number[],
): Partial | null {
  if (k === items.length) return { end: pos, targets, targetMissing: false };
  const item = items[k];
  if (!item) return null;
  switch (item.kind) {
    case 'words': {
      // Literal words after the anchor may lie inside an actor mention:
      // "expelled two Russian diplomats" matches `expel+ _ diplomats`.
      const tok = tokens[pos];
      // "cease-fire" is written "ceasefire" in patterns, and the other way round.
      if (!tok || !tok.word || !(item.forms.has(tok.lower) || (tok.lower.includes('-') && item.forms.has(tok.lower.replace(/-/g, ''))))) return null;
      if (k === 0 && (mentionOf[pos] ?? -1) >= 0) return null;
      return matchFrom(items, k + 1, pos + 1, tokens, mentionOf, targets);
    }
    case 'gap': {
      // An amount ("$1.7 billion", "500 million euros") fills one slot of the gap.
      let cost = 0;
      for (let g = 0; g <= MAX_GAP + MAX_AMOUNT_TOKENS; g++) {
        if (g > 0) {
          const tok = tokens[pos + g - 1];
          if (!isGapWord(tok, mentionOf, items[k + 1])) break;
          if (!(tok !== undefined && isAmountWord(tok) && isAmountWord(tokens[pos + g - 2]))) cost++;
          if (cost > MAX_GAP) break;
        }
        const r = matchFrom(items, k + 1, pos + g, tokens, mentionOf, targets);
        if (r) return r;
      }
      return null;
    }
    case 'target': {
      let p = pos;
      while (p < tokens.length && (mentionOf[p] ?? -1) < 0 && DETERMINERS.has(tokens[p]?.lower ?? '')) p++;
      const mi = mentionOf[p] ?? -1;
      if (mi < 0 || (p > 0 && mentionOf[p - 1] === mi)) {
        // A trailing target slot is optional: the coder looks for the object itself.
        if (k === items.length - 1) return { end: pos, targets, targetMissing: true };
        return null;
      }
      const found = [mi];
      let q = p;
      while ((mentionOf[q] ?? -1) === mi) q++;
      // "sanctions on Iran and Syria": conjoined targets
      for (;;) {
        const sep = tokens[q]?.lower;
        if (sep !== 'and' && sep !== ',') break;
        let r = q + 1;
        while (r < tokens.length && (mentionOf[r] ?? -1) < 0 && DETERMINERS.has(tokens[r]?.lower ?? '')) r++;
        const next = mentionOf[r] ?? -1;
        if (next < 0) break;
        found.push(next);
        q = r;
        while ((mentionOf[q] ?? -1) === next) q++;
      }
      return matchFrom(items, k + 1, q, tokens, mentionOf, [...targets, ...found]);
    }
  }
}

/**
 * The word sets a pattern needs after its anchor: a pattern is tried only
 * when each of them has a form somewhere in the sentence, which spares the
 * gap search for most patterns of a common anchor ("call+", "say+").
 */
const requiredWords = new WeakMap<VerbPattern, ReadonlyArray<ReadonlySet<string>>>();

function wordsNeeded(p: VerbPattern): ReadonlyArray<ReadonlySet<string>> {
  let r = requiredWords.get(p);
  if (!r) {
    r = p.items.slice(1).flatMap((it) => (it.kind === 'words' ? [it.forms] : []));
    requiredWords.set(p, r);
  }
  return r;
}

function anyIn(forms: ReadonlySet<string>, present: ReadonlySet<string>): boolean {
  if (forms.size <= present.size) {
    for (const f of forms) if (present.has(f)) return true;
  } else {
    for (const w of present) if (forms.has(w)) return true;
  }
  return false;
}

/** CAMEO roots of force, whose verbs have a peaceful sense with some objects. */
const FORCE_ROOTS: ReadonlySet<string> = new Set(['18', '19', '20']);

/** What one fights without force: "funding to fight the Ebola epidemic", "combat corruption". */
const NON_VIOLENT_FOES = new Set(
  `epidemic epidemics pandemic pandemics disease diseases outbreak outbreaks virus viruses ebola covid covid-19
  coronavirus malaria cholera polio measles hiv aids cancer tuberculosis poverty hunger famine malnutrition
  corruption graft inflation unemployment drought droughts wildfire wildfires flood floods locusts
  climate pollution illiteracy desertification deforestation`.split(/\s+/),
);

/** Words between a verb and its object that do not change what is fought: "the", "the deadly Ebola". */
const OBJECT_MODIFIERS = new Set(['the', 'a', 'an', 'this', 'its', 'their', 'deadly', 'spread', 'spreading', 'ongoing', 'global', 'endemic', 'rampant', 'widespread', 'against', 'of', 'back']);

/** "fight the Ebola epidemic", "combat rampant corruption": force verbs in another sense. */
function foeIsNotAnActor(tokens: readonly Token[], anchor: number, mentionOf: Int32Array): boolean {
  for (let t = anchor + 1; t <= anchor + 4 && t < tokens.length; t++) {
    const w = tokens[t]?.lower ?? '';
    if (NON_VIOLENT_FOES.has(w)) return true;
    if ((mentionOf[t] ?? -1) >= 0 || !(OBJECT_MODIFIERS.has(w) || /^\p{Lu}/u.test(tokens[t]?.text ?? ''))) return false;
  }
  return false;
}

/** "the brutal killing": a gerund after a determiner and one lower-case word that is no adverb. */
function gerundAfterAdjective(tokens: readonly Token[], i: number, mentionOf: Int32Array): boolean {
  const before = tokens[i - 1];
  if (!tokens[i]?.lower.endsWith('ing') || !before?.word || (mentionOf[before.index] ?? -1) >= 0) return false;
  return /^\p{Ll}/u.test(before.text) && !isAdverb(before.lower) && NOMINAL_DETERMINERS.has(tokens[i - 2]?.lower ?? '');
}

/** All best matches in a sentence, left to right, without overlaps. */
export function matchPatterns(
  tokens: readonly Token[],
  mentionOf: Int32Array,
  _mentions: readonly ActorMention[],
  index: VerbPatternIndex,
): PatternMatch[] {
  const candidates: PatternMatch[] = [];
  // Every word of the sentence, as the `words` items compare them (hyphens dropped too).
  const present = new Set<string>();
  for (const t of tokens) {
    if (!t.word) continue;
    present.add(t.lower);
    if (t.lower.includes('-')) present.add(t.lower.replace(/-/g, ''));
  }
  for (const tok of tokens) {
    if (!tok.word || (mentionOf[tok.index] ?? -1) >= 0) continue;
    const patterns = index.byAnchor.get(tok.lower) ?? (tok.lower.includes('-') ? index.byAnchor.get(tok.lower.replace(/-/g, '')) : undefined);
    if (!patterns) continue;
    // "have refused talks", "have long refused talks": "have" as an auxiliary anchors nothing.
    if (HAVE_FORMS.has(tok.lower)) {
      let n = tok.index + 1;
      while (n < tok.index + 3 && (mentionOf[n] ?? -1) < 0 && (isAdverb(tokens[n]?.lower ?? '') || AUX_ADVERBS.has(tokens[n]?.lower ?? ''))) n++;
      const next = tokens[n]?.lower ?? '';
      if (/^\p{L}+ed$/u.test(next) || IRREGULAR_PAST.has(next) || next === 'been') continue;
    }
    // A verb anchor right after a determiner is a noun ("the attack Hamas
    // launched", "the killing of civilians"), and so is a gerund after a
    // determiner and an adjective ("the brutal killing of a journalist"):
    // nominal events need `word*` patterns.
    const afterDeterminer = NOMINAL_DETERMINERS.has(tokens[tok.index - 1]?.lower ?? '') || gerundAfterAdjective(tokens, tok.index, mentionOf);
    // Patterns are sorted most specific first: take the first full match, or
    // failing that the first one whose trailing target slot found nobody
    // ("expressed appreciation for this platform" matches the pattern without
    // a target rather than the one with an empty target slot).
    let partial: PatternMatch | null = null;
    let otherSense: boolean | null = null;
    for (const pattern of patterns) {
      const first = pattern.items[0];
      if (afterDeterminer && first?.kind === 'words' && first.source.includes('+')) continue;
      if (FORCE_ROOTS.has(pattern.cameo.slice(0, 2)) && (otherSense ??= foeIsNotAnActor(tokens, tok.index, mentionOf))) continue;
      if (!wordsNeeded(pattern).every((forms) => anyIn(forms, present))) continue;
      const r = matchFrom(pattern.items, 0, tok.index, tokens, mentionOf, []);
      if (!r) continue;
      const m = { pattern, start: tok.index, end: r.end, anchor: tok.index, targets: r.targets, targetMissing: r.targetMissing };
      if (!r.targetMissing) {
        partial = null;
        candidates.push(m);
        break;
      }
      partial ??= m;
    }
    if (partial) candidates.push(partial);
  }
  // "accepted demands from the rebels that …", "conceded at last to demands
  // from …", "rejected calls for …": a verb anchor inside an earlier match that
  // names its word as a literal item is that match's object, a noun there,
  // however specific its own pattern ("demand+ _ @T _ reform+").
  const objectNoun = (b: PatternMatch): boolean => {
    const word = tokens[b.anchor]?.lower ?? '';
    return candidates.some(
      (a) => a !== b && a.anchor < b.anchor && b.anchor < a.end && a.pattern.items.slice(1).some((it) => it.kind === 'words' && it.forms.has(word)),
    );
  };
  for (let i = candidates.length - 1; i >= 0; i--) {
    const b = candidates[i];
    if (b && b.pattern.items[0]?.kind === 'words' && b.pattern.items[0].source.includes('+') && objectNoun(b)) candidates.splice(i, 1);
  }
  // Keep the most specific of overlapping matches (the literal words only:
  // a target mention inside one match may be the subject of the next).
  const score = (m: PatternMatch): number => (m.pattern.specificity - (m.targetMissing ? 1 : 0)) * 1000 - m.pattern.order / 1e6;
  candidates.sort((a, b) => score(b) - score(a));
  const taken: PatternMatch[] = [];
  const used = new Uint8Array(tokens.length);
  for (const c of candidates) {
    let free = true;
    for (let t = c.start; t < c.end; t++) if (used[t] && (mentionOf[t] ?? -1) < 0) free = false;
    if (!free) continue;
    for (let t = c.start; t < c.end; t++) if ((mentionOf[t] ?? -1) < 0) used[t] = 1;
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}
