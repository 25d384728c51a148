// The result of scoring a coder against one gold file, and the coder it scores.

import type { Actor, Event, Span } from '../records.js';
import type { EvalFormat } from './eval-format.js';

/**
 * Codes one sentence. Offsets in `evidence.spans` are relative to `text`
 * (`evidence.text === text`).
 */
export type SentenceCoder = (text: string) => Event[];

export interface ExtractionScore {
  /** True positives / predicted triples (0 when nothing was predicted). */
  precision: number;
  /** True positives / gold triples (0 when there is no gold triple). */
  recall: number;
  /** Harmonic mean of precision and recall (0 when both are 0). */
  f1: number;
  tp: number;
  predicted: number;
  gold: number;
}

/** Scores of one gold class. */
export interface TypeScore {
  /** Gold items of this class. */
  n: number;
  /** Items of this class predicted as this class. */
  correct: number;
  /** Items predicted as this class (any gold class). */
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Confusion {
  /** Row and column labels, the same list; "NONE" (no prediction) last when present. */
  labels: string[];
  /** matrix[gold][predicted] = number of items. */
  matrix: number[][];
}

/**
 * An answer for one gold item from outside the coder's event list: the
 * relation model given the item's pair (or the pair the coder found). When a
 * scorer receives verdicts, they decide the item's class (root, type or
 * penta) and, when they carry actors, its countries; extraction stays the
 * coder's.
 */
export interface ItemVerdict {
  /** PLV root (plv), PLOVER type (gsr) or penta class "0"–"4" (conflibert-class). */
  label: string;
  /** Penta class of the answer, when it has one. */
  penta: number | null;
  confidence: number;
  /** Rule (or model) behind the answer. */
  rule: string;
  /** Why, in one line: the strongest features. */
  explanation?: string;
  /** Who the answer is about, when the scorer guessed the pair (GSR, ConfliBERT sentences). */
  actors?: { source: Actor[]; target: Actor[] };
  /** Spans of the pair the answer is about (relation answers). */
  pair?: { source: Span[]; target: Span[] };
}

/** One item the coder got wrong. */
export interface EvalError {
  /** Index of the item in the parsed items. */
  index: number;
  /** 1-based line of the item in its file. */
  line: number;
  text: string;
  gold: string;
  /** Predicted label, "NONE" when the coder gave nothing usable. */
  predicted: string;
  /** Confidence of the predicted event, null for NONE. */
  confidence: number | null;
  /** What the gold item names besides its label (PLV: "source → target"; GSR: the actors). */
  detail?: string;
  /** Rule or dictionary entry that produced the predicted event. */
  rule?: string;
  /** Why there is no prediction, e.g. the coder threw on this sentence. */
  note?: string;
  /** Relation mode: the strongest features of the decision. */
  explanation?: string;
}

/** Scores of one cross-validation fold (or the mean over folds). */
export interface FoldScore {
  n: number;
  root_accuracy: number | null;
  penta_accuracy: number | null;
}

/** How a cross-validated run was made and what each fold scored. */
export interface CrossValidationSummary {
  k: number;
  /** Files trained on in full besides the other folds. */
  extra_training: string[];
  folds: FoldScore[];
  /** Unweighted mean over the folds. */
  mean: FoldScore;
  /** Baselines scored on the same folds. */
  baselines: Array<{ name: string; folds: FoldScore[]; mean: FoldScore }>;
}

export interface EvalReport {
  format: EvalFormat;
  /** How classes were decided: "rules" (the coder's events) or relation mode (which model). */
  mode?: string;
  /** Number of gold items scored. */
  n: number;
  /** Share of items with the right PLOVER class (PLV: root; GSR: event type); null when the file has none. */
  root_accuracy: number | null;
  /** Share of items with the right penta class (0–4); null when the file has none. */
  penta_accuracy: number | null;
  /** (source, type, target) extraction; null when the file has no actors. */
  extraction: ExtractionScore | null;
  per_type: Record<string, TypeScore>;
  confusion: Confusion;
  /** All errors, worst first: confident wrong predictions, then misses. */
  errors: EvalError[];
  extra?: Record<string, number>;
  cv?: CrossValidationSummary;
}
