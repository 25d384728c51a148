// Relation mode: given a sentence and the spans of a source and a target,
// the most likely PLOVER type and a CAMEO code for what the source did to
// the target, with a score and the evidence. The learned linear model
// decides, over features that include the rule coder's own verdicts (see
// analyse-relation.ts); the evidence names the rule that agrees with the
// decision, if any, and the model's strongest features. Without a model the
// rule coder's linking event decides alone. Pure: the model comes in with
// the resources.
//
// Not on the normal coding path: `faultline eval` and the API call it for a
// marked pair, or for a sentence the coder found no event in.

import type { ActorMention } from '../actors/types.js';
import type { DocumentResources } from '../coder/code-document.js';
import type { CameoTable } from '../codes/cameo-table.js';
import { bestEvent } from '../eval/best-event.js';
import type { Penta } from '../eval/penta-of-event.js';
import { predictLinear, topFeatures, type Contribution, type Features, type LinearModel } from '../learn/linear-model.js';
import type { Event, PloverType, Span } from '../records.js';
import { PLOVER_TYPES } from '../records.js';
import { analyseRelation, codeText, type RelationAnalysis, type RelationPair } from './analyse-relation.js';
import { patternLexicon } from './pattern-lexicon.js';
import { pentaOfPlover } from './plover-penta.js';
import { tokenize } from '../nlp/tokens.js';

/** Version of the feature extractor: a model trained on other features must be retrained. */
export const RELATION_FEATURES = 'relation-v2';

export interface RelationResources extends DocumentResources {
  /** The trained relation model (labels: PLOVER types, YIELD for CONCEDE/RETREAT), or null for rules only. */
  relationModel: LinearModel | null;
}

export interface RelationEvidence {
  /** Rule of the coder's event or verb pattern that agrees with the decision, or "model:relation". */
  rule: string;
  /** Span of that rule's verb phrase, when there is one. */
  verb: Span | null;
  /** Where the decision came from. */
  decidedBy: 'model' | 'rules';
  /** The model's features that pushed the decision most (empty for rules only). */
  features: Contribution[];
  /** The coder's types for the pair, if it linked them ("forced" = with the marked spans as actors). */
  coder: { linked: PloverType | null; forced: PloverType | null };
}

export interface RelationResult {
  plover: PloverType;
  /** The model's label (PLOVER type, or YIELD when it does not tell CONCEDE from RETREAT). */
  label: string;
  cameo: string;
  penta: Penta;
  /** Probability of the decision (model), or the coder's confidence (rules). */
  score: number;
  evidence: RelationEvidence;
}

const asSpans = (s: Span | readonly Span[]): readonly Span[] => ('start' in s ? [s] : s);

/** The most general CAMEO code of each PLOVER type (shortest, first in the table). */
function defaultCodes(cameo: CameoTable): Map<PloverType, string> {
  const out = new Map<PloverType, string>();
  for (const c of cameo.all()) {
    const have = out.get(c.plover);
    if (have === undefined || c.code.length < have.length) out.set(c.plover, c.code);
  }
  return out;
}
const defaults = new WeakMap<CameoTable, Map<PloverType, string>>();

function isPlover(label: string): label is PloverType {
  return (PLOVER_TYPES as readonly string[]).includes(label);
}

/** A PLV root (or PLOVER type) matches a PLOVER type: YIELD covers CONCEDE and RETREAT. */
function agrees(label: string, plover: PloverType): boolean {
  return label === plover || (label === 'YIELD' && (plover === 'CONCEDE' || plover === 'RETREAT'));
}

export function codeRelation(
  sentence: string,
  source: Span | readonly Span[],
  target: Span | readonly Span[],
  res: RelationResources,
  coded?: { events: Event[]; mentions: ActorMention[] },
): RelationResult | null {
  const pair: RelationPair = { source: asSpans(source), target: asSpans(target) };
  const analysis = analyseRelation(sentence, pair, res, coded ?? codeText(sentence, res));
  return decideRelation(sentence, pair, analysis, res);
}

/** The decision over an analysis already made (eval computes features once per item). */
export function decideRelation(sentence: string, pair: RelationPair, a: RelationAnalysis, res: RelationResources): RelationResult | null {
  const forced = bestEvent(a.forced);
  const linked = bestEvent(a.linked);
  const coder = { linked: linked?.plover ?? null, forced: forced?.plover ?? null };
  const model = res.relationModel;
  if (model === null) {
    const e = linked ?? forced;
    if (e === null) return null;
    return {
      plover: e.plover,
      label: e.plover,
      cameo: e.cameo,
      penta: pentaOfPlover(e.plover),
      score: e.confidence,
      evidence: { rule: e.evidence.rule, verb: e.evidence.spans.verb, decidedBy: 'rules', features: [], coder },
    };
  }
  const { label, probability, split } = relationLabel(model, a.features);
  // The rule behind the decision: the coder's event, else a verb pattern, of the type chosen.
  // Between CONCEDE and RETREAT the model's own split (learnt from files that
  // tell them apart) goes before the coder's reading.
  const kind = label === 'YIELD' && split !== null ? split : label;
  const events = [linked, forced, ...a.forced, ...a.linked].filter((e): e is Event => e !== null);
  const event = events.find((e) => agrees(kind, e.plover)) ?? null;
  const hit =
    a.hits.find((h) => h.linksTarget && agrees(kind, h.plover)) ??
    a.hits.find((h) => h.position !== 'other' && agrees(kind, h.plover)) ??
    a.hits.find((h) => agrees(kind, h.plover)) ??
    null;
  let plover: PloverType;
  if (event) plover = event.plover;
  else if (hit) plover = hit.plover;
  else if (isPlover(kind)) plover = kind;
  else plover = yieldType(sentence, pair, res);
  let codes = defaults.get(res.cameo);
  if (!codes) defaults.set(res.cameo, (codes = defaultCodes(res.cameo)));
  const cameo = event?.cameo ?? hit?.cameo ?? codes.get(plover) ?? '';
  return {
    plover,
    label,
    cameo,
    penta: pentaOfPlover(plover),
    score: Math.round(probability * 1000) / 1000,
    evidence: {
      rule: event?.evidence.rule ?? hit?.rule ?? 'model:relation',
      verb: event?.evidence.spans.verb ?? hit?.verb ?? null,
      decidedBy: 'model',
      features: topFeatures(model, a.features, label, 8),
      coder,
    },
  };
}

/**
 * The model's PLV root: CONCEDE and RETREAT (labels learnt from files that
 * tell them apart) count towards YIELD (files that do not). `split` says
 * which of the two the model prefers when it has learnt them.
 */
export function relationLabel(model: LinearModel, features: Features): { label: string; probability: number; split: PloverType | null } {
  const { probabilities } = predictLinear(model, features);
  const p = (l: string): number => probabilities[model.labels.indexOf(l)] ?? 0;
  let label = '';
  let probability = -1;
  for (const l of model.labels) {
    if (l === 'CONCEDE' || l === 'RETREAT') continue;
    const q = l === 'YIELD' ? p('YIELD') + p('CONCEDE') + p('RETREAT') : p(l);
    if (q > probability) {
      label = l;
      probability = q;
    }
  }
  const concede = p('CONCEDE');
  const retreat = p('RETREAT');
  const split = concede + retreat < 0.05 * Math.max(probability, 1e-9) ? null : concede >= retreat ? 'CONCEDE' : 'RETREAT';
  return { label, probability, split };
}

/** CONCEDE or RETREAT for a YIELD decision no rule named: what the pattern words after the source say. */
function yieldType(sentence: string, pair: RelationPair, res: DocumentResources): PloverType {
  const lexicon = patternLexicon(res.patterns, res.cameo);
  const from = Math.min(...pair.source.map((s) => s.end), sentence.length);
  let concede = 0;
  let retreat = 0;
  for (const t of tokenize(sentence.slice(from === Infinity ? 0 : from)).slice(0, 8)) {
    const shares = lexicon.get(t.lower);
    concede += shares?.get('CONCEDE') ?? 0;
    retreat += shares?.get('RETREAT') ?? 0;
  }
  return retreat > concede ? 'RETREAT' : 'CONCEDE';
}
