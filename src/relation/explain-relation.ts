// Relation mode with its explanation, in the shape the API, `faultline
// relation` and `faultline explain` show: the PLOVER type and CAMEO code the
// relation model gives a marked (source, target) pair, its probability, the
// runner-up types, the coder's rule that agrees with it, and the features
// that pushed the decision most. Pure: the model comes in with the resources.
//
// What a feature "contributed" (featureContributions): its weight for the
// explained label k against the other labels' weights, each of those weighted
// by how probable the model finds it among the competitors:
//
//     q_j = p_j / Σ_{i≠k} p_i   (j ≠ k)
//     c_f = x_f × (w_fk − Σ_{j≠k} q_j w_fj)
//
// Against the plain mean of the other labels (linear-model.ts's topFeatures,
// used by `faultline eval`), labels the model never considered would count
// as much as the real rival; against the mean over all labels including k
// (the gradient of log p_k), a confident decision (p_k near 1) would make
// every contribution vanish. With the bias term b_k − Σ q_j b_j the
// contributions add up to s_k − Σ_{j≠k} q_j s_j: how far the label's score
// stands above its rivals' expected score. When the rivals have no
// probability left at all (p_k = 1 in floating point) q is uniform.

import { linearScores, softmax, type Features, type LinearModel } from '../learn/linear-model.js';
import type { Event, PloverType, Span } from '../records.js';
import { analyseRelation, type RelationPair } from './analyse-relation.js';
import { decideRelation, type RelationResources } from './code-relation.js';

export interface FeatureContribution {
  feature: string;
  /** The feature's value in the item. */
  value: number;
  /** Its weight for the explained label. */
  weight: number;
  /** value × (weight − the other labels' mean weight, weighted by their probabilities). */
  contribution: number;
}

/**
 * Every feature of the item the model knows, with its contribution to
 * log p(`label`), largest first (ties by name). Empty for an unknown label.
 */
export function featureContributions(model: LinearModel, features: Features, label: string): FeatureContribution[] {
  const k = model.labels.indexOf(label);
  if (k < 0) return [];
  const p = softmax(linearScores(model, features));
  let rest = 0;
  for (let j = 0; j < p.length; j++) if (j !== k) rest += p[j] ?? 0;
  const others = model.labels.length - 1;
  const q = p.map((pj, j) => (j === k ? 0 : rest > 0 ? pj / rest : others > 0 ? 1 / others : 0));
  const out: FeatureContribution[] = [];
  for (const [feature, value] of features) {
    const w = model.weights.get(feature);
    if (w === undefined || value === 0) continue;
    let rivals = 0;
    for (let j = 0; j < w.length; j++) rivals += (q[j] ?? 0) * (w[j] ?? 0);
    const weight = w[k] ?? 0;
    out.push({ feature, value, weight, contribution: value * (weight - rivals) });
  }
  return out.sort((a, b) => b.contribution - a.contribution || (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0));
}

/** The `n` features that pushed `label` up most (positive contributions only). */
export function topContributions(model: LinearModel, features: Features, label: string, n: number): FeatureContribution[] {
  return featureContributions(model, features, label)
    .filter((c) => c.contribution > 0)
    .slice(0, n);
}

export interface RelationScore {
  /** A PLOVER type, or YIELD (CONCEDE or RETREAT, for models trained on PLV roots). */
  type: string;
  probability: number;
}

/** The answer of relation mode (field names as the API's JSON). */
export interface RelationAnswer {
  plover_type: PloverType;
  cameo_code: string;
  /** Probability of the decision (model), or the coder's confidence (rules only). */
  score: number;
  /** The model's most probable types (empty without a model). */
  scores: RelationScore[];
  /** CAMEO quad-like penta class of the type (1 verbal cooperation … 4 material conflict). */
  penta: number;
  evidence: {
    /** The coder's rule (event or verb pattern) of the chosen type, or null when none fired. */
    rule: string | null;
    /** The verb phrase of that rule. */
    verb: (Span & { text: string }) | null;
    decided_by: 'model' | 'rules';
    /** What the rule coder alone says about the pair (linked), and with the marked spans forced in as its actors. */
    coder: { linked: PloverType | null; forced: PloverType | null };
    top_features: FeatureContribution[];
  };
}

export interface ExplainOptions {
  /** Features listed (default 8). */
  features?: number;
  /** Types listed in `scores` (default 3). */
  scores?: number;
}

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

const asSpans = (s: Span | readonly Span[]): readonly Span[] => ('start' in s ? [s] : s);

/** The model's types by probability, CONCEDE and RETREAT counted under YIELD when the model has that label. */
function rankTypes(model: LinearModel, features: Features, n: number): RelationScore[] {
  const p = softmax(linearScores(model, features));
  const folds = model.labels.includes('YIELD');
  const sums = new Map<string, number>();
  model.labels.forEach((label, k) => {
    const type = folds && (label === 'CONCEDE' || label === 'RETREAT') ? 'YIELD' : label;
    sums.set(type, (sums.get(type) ?? 0) + (p[k] ?? 0));
  });
  return [...sums]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([type, probability]) => ({ type, probability: round(probability, 3) }));
}

/**
 * Relation mode on one marked pair, explained. Null only without a model
 * when the rule coder does not link the pair either.
 */
export function explainRelation(
  sentence: string,
  source: Span | readonly Span[],
  target: Span | readonly Span[],
  res: RelationResources,
  options: ExplainOptions = {},
): RelationAnswer | null {
  const pair: RelationPair = { source: asSpans(source), target: asSpans(target) };
  const analysis = analyseRelation(sentence, pair, res);
  const r = decideRelation(sentence, pair, analysis, res);
  if (r === null) return null;
  const model = res.relationModel;
  const verb = r.evidence.verb;
  return {
    plover_type: r.plover,
    cameo_code: r.cameo,
    score: r.score,
    scores: model === null ? [] : rankTypes(model, analysis.features, options.scores ?? 3),
    penta: r.penta,
    evidence: {
      rule: r.evidence.rule === 'model:relation' ? null : r.evidence.rule,
      verb: verb === null ? null : { ...verb, text: sentence.slice(verb.start, verb.end) },
      decided_by: r.evidence.decidedBy,
      coder: r.evidence.coder,
      top_features:
        model === null
          ? []
          : topContributions(model, analysis.features, r.label, options.features ?? 8).map((c) => ({
              feature: c.feature,
              value: round(c.value, 4),
              weight: round(c.weight, 4),
              contribution: round(c.contribution, 4),
            })),
    },
  };
}

/** What the relation model says about a stored event's (source, target) pair. */
export interface EventModelView {
  plover_type: PloverType;
  cameo_code: string;
  score: number;
  scores: RelationScore[];
  top_features: FeatureContribution[];
  /** The rule-coded type of the event. */
  rule_type: PloverType;
  /** False when the model's type differs from the rule's. */
  agrees: boolean;
}

const validSpan = (text: string) => (s: Span) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length;

/**
 * The relation model on the pair of a stored event, in its sentence: null
 * without a model, or when the event carries no sentence or no source span
 * inside it (imported events).
 */
export function modelOnEvent(event: Event, res: RelationResources, features = 5): EventModelView | null {
  if (res.relationModel === null) return null;
  const { text, spans } = event.evidence;
  const valid = validSpan(text);
  if (text.trim() === '' || spans.source.length === 0 || !spans.source.every(valid) || !spans.target.every(valid)) return null;
  const a = explainRelation(text, spans.source, spans.target, res, { features });
  if (a === null) return null;
  return {
    plover_type: a.plover_type,
    cameo_code: a.cameo_code,
    score: a.score,
    scores: a.scores,
    top_features: a.evidence.top_features,
    rule_type: event.plover,
    agrees: a.plover_type === event.plover,
  };
}
