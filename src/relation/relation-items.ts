// Turns the items of a gold file into relation-model items: the pair each
// one is about, its label for the task, and the analysis of the pair. Each
// distinct sentence is coded once. Pure.
//
// Pairs: PLV marks them; for training, the pair the coder would guess is
// trained on too when it is the marked pair with other spans (mention spans,
// as extraction from raw sentences sees it). GSR names its actors: for training they are found in
// the text (first occurrence of the actor text), and the pair the coder would
// guess is trained on too, with the same label, since scoring sees that one;
// for scoring, as for ConfliBERT sentences, the pair is the one the coder
// finds itself (choosePair), since the scorer may not peek at the gold actors.

import type { ActorMention } from '../actors/types.js';
import type { DocumentResources } from '../coder/code-document.js';
import type { EvalFile } from '../eval/eval-format.js';
import type { GsrItem } from '../eval/parse-gsr.js';
import type { ModelTask } from '../learn/model-file.js';
import type { Event, Span } from '../records.js';
import { analyseRelation, codeText, type RelationAnalysis, type RelationPair } from './analyse-relation.js';
import type { Features } from '../learn/linear-model.js';
import { choosePair } from './choose-pair.js';
import type { PairActors } from './pair-actors.js';
import { isKnownPair, pairExamples } from './pair-ranker.js';
import { pentaOfPlover } from './plover-penta.js';
import { sentenceCandidates } from './sentence-candidates.js';
import type { TrainingExample } from '../learn/train-logistic.js';

export interface RelationItem {
  /** Index of the item in the file's items. */
  index: number;
  /** The sentence (items of one sentence share a cross-validation fold). */
  group: string;
  text: string;
  /** Gold label for the task: a PLV root (or CONCEDE, RETREAT from GSR) for `relation`, "0"–"4" for `penta`. */
  label: string;
  pair: RelationPair;
  /** Where the pair came from. */
  pairFrom: 'marked' | 'gold-actors' | 'event' | 'mentions' | 'none';
  analysis: RelationAnalysis;
  /**
   * Other pairs of the sentence when the pair is a guess (scoring a GSR or
   * ConfliBERT sentence): the verdict is the model's most confident answer
   * over `pair` and these.
   */
  alternatives?: RelationCandidate[];
  /** Who the pair stands for, when it is a guess (scoring): the verdict's source and target. */
  actors?: PairActors;
  /** Pair-ranker features of the pair, when it is a guess. */
  rankFeatures?: Features;
}

export interface RelationCandidate {
  pair: RelationPair;
  analysis: RelationAnalysis;
  actors?: PairActors;
  /** Pair-ranker features (pair-features.ts). */
  rankFeatures?: Features;
}

export type PairSource = 'gold' | 'coder';

function find(text: string, needle: string): Span[] {
  if (needle === '') return [];
  const i = text.indexOf(needle);
  return i < 0 ? [] : [{ start: i, end: i + needle.length }];
}

/** The GSR record's own pair: its first source and first target (or second source of a symmetric record). */
function gsrGoldPair(item: GsrItem): RelationPair | null {
  const s = item.source[0];
  const t = item.target[0] ?? (item.symmetric ? item.source[1] : undefined);
  const source = s ? find(item.text, s.text) : [];
  const target = t ? find(item.text, t.text) : [];
  return source.length > 0 || target.length > 0 ? { source, target } : null;
}

/**
 * Items of a gold file for a task. `pairs: 'gold'` uses GSR's named actors
 * (training); `'coder'` uses only what a scorer may know (evaluation).
 * ConfliBERT class items have no pair and no PLOVER type: they serve the
 * penta task only.
 */
export function relationItems(file: EvalFile, res: DocumentResources, task: ModelTask, pairs: PairSource, guessMarked = false): RelationItem[] {
  const coded = new Map<string, { events: Event[]; mentions: ActorMention[] }>();
  const codeOnce = (text: string): { events: Event[]; mentions: ActorMention[] } => {
    let c = coded.get(text);
    if (!c) coded.set(text, (c = codeText(text, res)));
    return c;
  };
  const out: RelationItem[] = [];
  const push = (index: number, text: string, label: string, pair: RelationPair, pairFrom: RelationItem['pairFrom']): void => {
    out.push({ index, group: text, text, label, pair, pairFrom, analysis: analyseRelation(text, pair, res, codeOnce(text)) });
  };
  const chosen = (text: string): { pair: RelationPair; from: RelationItem['pairFrom'] } => {
    const c = codeOnce(text);
    const p = choosePair(c.events, c.mentions);
    return { pair: { source: p.source, target: p.target }, from: p.from };
  };
  // Scoring a guessed pair: the other candidate pairs go along (training uses the chosen pair only).
  const pushGuess = (index: number, text: string, label: string): void => {
    if (pairs !== 'coder') {
      const c = chosen(text);
      push(index, text, label, c.pair, c.from);
      return;
    }
    const { chosen: guess, candidates } = sentenceCandidates(text, res, codeOnce(text));
    const [first, ...alternatives] = candidates;
    if (first === undefined) return;
    out.push({ index, group: text, text, label, pair: first.pair, pairFrom: guess.from, analysis: first.analysis, alternatives, ...(first.actors ? { actors: first.actors } : {}), ...(first.rankFeatures ? { rankFeatures: first.rankFeatures } : {}) });
  };
  switch (file.format) {
    case 'plv':
      file.items.forEach((item, i) => {
        const label = task === 'relation' ? item.goldRoot : String(item.goldPenta);
        const marked: RelationPair = { source: item.source.spans, target: item.target.spans };
        if (guessMarked) {
          pushGuess(i, item.sentence, label);
          return;
        }
        push(i, item.sentence, label, marked, 'marked');
        // Training also sees the coder's guess at the same pair, with the mention spans scoring will see.
        if (pairs === 'gold') {
          const guess = chosen(item.sentence);
          const key = (p: RelationPair): string => JSON.stringify([p.source, p.target]);
          if (guess.from !== 'none' && key(guess.pair) !== key(marked) && isKnownPair(marked, guess.pair) && guess.pair.source.length > 0 && guess.pair.target.length > 0)
            push(i, item.sentence, label, guess.pair, guess.from);
        }
      });
      break;
    case 'gsr':
      file.items.forEach((item, i) => {
        // GSR tells CONCEDE from RETREAT: the relation model learns both, and counts them as YIELD for PLV.
        const label = task === 'relation' ? item.type : String(pentaOfPlover(item.type));
        const gold = pairs === 'gold' ? gsrGoldPair(item) : null;
        if (gold === null) {
          pushGuess(i, item.text, label);
          return;
        }
        push(i, item.text, label, gold, 'gold-actors');
        // Training also sees the pair the coder would guess, as scoring will (when it is another pair).
        const guess = chosen(item.text);
        const key = (p: RelationPair): string => JSON.stringify([p.source, p.target]);
        if (guess.from !== 'none' && key(guess.pair) !== key(gold)) push(i, item.text, label, guess.pair, guess.from);
      });
      break;
    case 'conflibert-class':
      if (task !== 'penta') break;
      file.items.forEach((item, i) => pushGuess(i, item.text, String(item.penta)));
      break;
  }
  return out;
}

/**
 * One guessed item per distinct sentence of a PLV file (the first item of the
 * sentence gives its index and label), as if nobody had marked a pair: what
 * extraction from raw sentences scores. Other formats have none (their
 * scored items are guessed already).
 */
export function sentenceItems(file: EvalFile, res: DocumentResources, task: ModelTask): RelationItem[] {
  if (file.format !== 'plv') return [];
  const firstIndex = new Map<string, number>();
  file.items.forEach((item, i) => {
    if (!firstIndex.has(item.sentence)) firstIndex.set(item.sentence, i);
  });
  const indices = [...firstIndex.values()];
  const firsts = indices.flatMap((i) => file.items[i] ?? []);
  return relationItems({ ...file, items: firsts }, res, task, 'coder', true).map((item) => ({ ...item, index: indices[item.index] ?? item.index }));
}

/** Pairs a gold item's sentence names, with the item naming each (PLV: every marked pair of the sentence; GSR: its named actors). */
function knownPairItems(file: EvalFile, index: number): Array<{ pair: RelationPair; index: number }> {
  switch (file.format) {
    case 'plv': {
      const item = file.items[index];
      if (item === undefined) return [];
      return file.items.flatMap((i, k) => (i.sentence === item.sentence ? [{ pair: { source: i.source.spans, target: i.target.spans }, index: k }] : []));
    }
    case 'gsr': {
      const item = file.items[index];
      const pair = item === undefined ? null : gsrGoldPair(item);
      return pair === null ? [] : [{ pair, index }];
    }
    case 'conflibert-class':
      return [];
  }
}

const knownPairs = (file: EvalFile, index: number): RelationPair[] => knownPairItems(file, index).map((k) => k.pair);

/** The label of a gold item for a task (as relationItems gives it). */
function itemLabel(file: EvalFile, index: number, task: ModelTask): string | null {
  switch (file.format) {
    case 'plv': {
      const item = file.items[index];
      return item === undefined ? null : task === 'relation' ? item.goldRoot : String(item.goldPenta);
    }
    case 'gsr': {
      const item = file.items[index];
      return item === undefined ? null : task === 'relation' ? item.type : String(pentaOfPlover(item.type));
    }
    case 'conflibert-class':
      return null;
  }
}

/** Pair-ranker training examples of guessed items (sentenceItems, or the scored items of a GSR file), grouped by sentence. */
export function rankerExamples(file: EvalFile, guessed: readonly RelationItem[]): Array<{ group: string; examples: TrainingExample[] }> {
  return guessed.map((item) => ({
    group: item.group,
    examples: pairExamples([{ pair: item.pair, ...(item.rankFeatures ? { rankFeatures: item.rankFeatures } : {}) }, ...(item.alternatives ?? [])], knownPairs(file, item.index)),
  }));
}

/**
 * Training items from guessed sentences: every other candidate pair than the
 * coder's guess that is a known pair (with other spans than the known ones), labelled as the item that
 * names that pair, so the relation model also learns to type the pairs the
 * ranker picks.
 */
export function knownCandidateItems(file: EvalFile, guessed: readonly RelationItem[], task: ModelTask): RelationItem[] {
  const out: RelationItem[] = [];
  const key = (p: RelationPair): string => JSON.stringify([p.source, p.target]);
  for (const item of guessed) {
    const known = knownPairItems(file, item.index);
    const knownKeys = new Set(known.map((k) => key(k.pair)));
    // The coder's own guess (item.pair) is a training item of relationItems already.
    for (const c of item.alternatives ?? []) {
      if (knownKeys.has(key(c.pair)) || c.pair.source.length === 0 || c.pair.target.length === 0) continue;
      const k = known.find((x) => isKnownPair(x.pair, c.pair));
      const label = k === undefined ? null : itemLabel(file, k.index, task);
      if (label !== null) out.push({ index: item.index, group: item.group, text: item.text, label, pair: c.pair, pairFrom: 'mentions', analysis: c.analysis });
    }
  }
  return out;
}
