// The pair a sentence most likely reports an event between, when nobody
// marked one (`faultline relation` and POST /api/v1/relation without spans):
// the sentence's candidate pairs with both sides named, ranked by the pair
// ranker (or, without one, the coder's own guess first), and the `pair`
// block both answers carry to say how the pair was chosen. The caller loads
// the ranker. Pure.

import type { DocumentResources } from '../coder/code-document.js';
import type { LinearModel } from '../learn/linear-model.js';
import type { Span } from '../records.js';
import { codeText } from './analyse-relation.js';
import { pairScore } from './pair-ranker.js';
import { sentenceCandidates } from './sentence-candidates.js';

/** Candidate pairs listed in the `pair` block (best first). */
export const CONSIDERED_PAIRS = 5;

export interface RankedPair {
  source: Span[];
  target: Span[];
  /** The ranker's probability for the pair (null: no ranker). */
  score: number | null;
}

export interface GuessedPair extends RankedPair {
  /** How many candidate pairs the sentence has (one-sided ones included). */
  candidates: number;
  /** The candidates with both sides named, best first (the chosen one first). */
  ranked: RankedPair[];
}

/**
 * The best of the sentence's candidate pairs with both sides named, by the
 * pair ranker (ties: the earlier candidate), or the coder's own guess without
 * a ranker; null when no candidate names both sides.
 */
export function guessPair(sentence: string, res: DocumentResources, ranker: LinearModel | null): GuessedPair | null {
  const { candidates } = sentenceCandidates(sentence, res, codeText(sentence, res));
  const twoSided: RankedPair[] = candidates
    .filter((c) => c.pair.source.length > 0 && c.pair.target.length > 0)
    .map((c) => ({
      source: [...c.pair.source],
      target: [...c.pair.target],
      score: ranker === null ? null : pairScore(ranker, c.rankFeatures ?? new Map<string, number>()),
    }));
  // A stable sort: equal scores (and no ranker at all) keep the candidates' order, the coder's guess first.
  const ranked = ranker === null ? twoSided : [...twoSided].sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const best = ranked[0];
  return best === undefined ? null : { ...best, candidates: candidates.length, ranked };
}

/** A span with its text. */
export interface SpanText extends Span {
  text: string;
}

export interface PairSide {
  source: SpanText[];
  target: SpanText[];
  score: number | null;
}

/** How the pair of an answer was chosen when the request marked none. */
export interface PairBlock extends PairSide {
  chosen_by: 'pair ranker' | 'coder';
  /** How many candidate pairs the sentence has (one-sided ones included). */
  candidates: number;
  /** The first CONSIDERED_PAIRS candidates with both sides named, best first (the chosen one first). */
  considered: PairSide[];
}

const round4 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10_000) / 10_000);

const withText = (sentence: string, spans: readonly Span[]): SpanText[] => spans.map((s) => ({ start: s.start, end: s.end, text: sentence.slice(s.start, s.end) }));

const side = (sentence: string, p: RankedPair): PairSide => ({ source: withText(sentence, p.source), target: withText(sentence, p.target), score: round4(p.score) });

/** The `pair` block of an answer: who chose the pair, its score, spans and texts, and the candidates considered. */
export function pairBlock(sentence: string, guessed: GuessedPair): PairBlock {
  return {
    chosen_by: guessed.score === null ? 'coder' : 'pair ranker',
    ...side(sentence, guessed),
    candidates: guessed.candidates,
    considered: guessed.ranked.slice(0, CONSIDERED_PAIRS).map((p) => side(sentence, p)),
  };
}
