// Relation-mode answers for the items of a gold file, for the eval scorers:
// the relation model on each PLV pair, on the pair the coder found in a GSR
// sentence, or the penta model on a ConfliBERT sentence. A guessed pair
// competes with the sentence's other candidate pairs (item.alternatives):
// a pair with both a source and a target beats a one-sided one, then the pair
// whose source comes first, then a pair one of the coder's events links, then
// the most confident answer gives the type (pairRank); the same order with
// the pairs whose actors resolve to countries first gives who took part, the
// verdict's actors (whoRank; the GSR countries). The explanation names the
// pairs.
// `modelFor` picks the model of each item (one shipped model, or the model
// of the item's fold in cross-validation). Pure.

import type { EvalFile } from '../eval/eval-format.js';
import type { ItemVerdict } from '../eval/eval-report.js';
import { isPenta } from '../eval/penta-of-event.js';
import { predictLinear, topFeatures, type LinearModel } from '../learn/linear-model.js';
import type { ModelTask } from '../learn/model-file.js';
import type { Event, Span } from '../records.js';
import type { RelationAnalysis, RelationPair } from './analyse-relation.js';
import { decideRelation, type RelationResources, type RelationResult } from './code-relation.js';
import { pairScore } from './pair-ranker.js';
import type { RelationCandidate, RelationItem } from './relation-items.js';

const explain = (features: ReadonlyArray<{ feature: string; weight: number }>): string =>
  features
    .slice(0, 6)
    .map((f) => `${f.feature} +${f.weight}`)
    .join(', ');

/** The penta model's answer for an analysed sentence. */
export function decidePenta(a: RelationAnalysis, model: LinearModel): ItemVerdict {
  const p = predictLinear(model, a.features);
  const n = Number(p.label);
  return {
    label: p.label,
    penta: isPenta(n) ? n : null,
    confidence: Math.round(p.probability * 1000) / 1000,
    rule: 'model:penta',
    explanation: explain(topFeatures(model, a.features, p.label, 6)),
  };
}

/**
 * How a candidate pair of a guessed sentence ranks for what happened,
 * compared term by term: a pair naming both sides (parties acting jointly,
 * "A and B agreed", count) before a one-sided one; then the pair whose source
 * comes first (the subject of a news sentence is most often its source); then
 * a pair one of the coder's events links; then the model's confidence.
 */
function pairRank(c: RelationCandidate, score: number): number[] {
  const p = c.pair;
  const twoSided = p.source.length > 0 && p.source.length + p.target.length >= 2;
  return [twoSided ? 1 : 0, -(p.source[0]?.start ?? Infinity), c.analysis.linked.length > 0 ? 1 : 0, score];
}

/**
 * How it ranks for who took part: the same terms, with the number of sides
 * whose actors resolve to a country or an IGO right after the first. Countries
 * can only be read off identified actors: "Jordan → Britain" says more about
 * who than "Jordan → a Jordanian official", "police → Egypt" more than
 * "police → demonstrators".
 */
function whoRank(c: RelationCandidate, score: number): number[] {
  const known = (side: 'source' | 'target'): number => ((c.actors?.[side] ?? []).some((a) => a.country !== null || a.igo !== null) ? 1 : 0);
  const [twoSided = 0, ...rest] = pairRank(c, score);
  return [twoSided, known('source') + known('target'), ...rest];
}

const overlapsAny = (a: readonly Span[], b: readonly Span[]): boolean => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));

/**
 * Whether a pair runs against the direction the rule coder read in the
 * sentence: its source is the target of one of the coder's events and its
 * target that event's source ("Congolese refugees → Burundian militiamen"
 * when the coder read "a camp for Congolese refugees was attacked by
 * Burundian militiamen"), or its source is the target the coder found
 * before the verb, the subject of a passive ("Three US servicemen were
 * killed by …"). Word order decides the subject; the passive's grammar
 * decides who acted.
 */
export function againstCoder(pair: RelationPair, events: readonly Event[]): boolean {
  if (pair.source.length === 0) return false;
  // A joint act ("Czechia and China signed …") is coded both ways: a pair one of the events runs along is not against it.
  const along = events.some((e) => overlapsAny(pair.source, e.evidence.spans.source) && (pair.target.length === 0 || overlapsAny(pair.target, e.evidence.spans.target)));
  if (along) return false;
  return events.some((e) => {
    const { source, target, verb } = e.evidence.spans;
    if (target.length === 0 || !overlapsAny(pair.source, target) || overlapsAny(pair.source, source)) return false;
    if (overlapsAny(pair.target, source)) return true;
    const passive = target.every((t) => t.end <= verb.start) && source.length > 0 && source.every((s) => s.start >= verb.start);
    return passive;
  });
}

const outranks = (a: readonly number[], b: readonly number[]): boolean => {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return false;
};

/**
 * With a pair ranker, its score comes first in both rankings: the ranker has
 * learnt from known pairs what the fixed order only approximates.
 */
const ranked = (rank: number[], ranker: LinearModel | null, c: RelationCandidate): number[] =>
  ranker === null ? rank : [pairScore(ranker, c.rankFeatures ?? new Map<string, number>()), ...rank];

export function relationVerdicts(
  file: EvalFile,
  items: readonly RelationItem[],
  task: ModelTask,
  modelFor: (item: RelationItem, position: number) => LinearModel,
  res: Omit<RelationResources, 'relationModel'>,
  rankerFor: (item: RelationItem, position: number) => LinearModel | null = () => null,
): Array<ItemVerdict | null> {
  const verdicts: Array<ItemVerdict | null> = file.items.map(() => null);
  items.forEach((item, position) => {
    const model = modelFor(item, position);
    const ranker = item.alternatives === undefined ? null : rankerFor(item, position);
    const candidates: RelationCandidate[] = [
      { pair: item.pair, analysis: item.analysis, ...(item.actors ? { actors: item.actors } : {}), ...(item.rankFeatures ? { rankFeatures: item.rankFeatures } : {}) },
      ...(item.alternatives ?? []),
    ];
    const pairNote = (pair: RelationPair): string => {
      const side = (spans: RelationPair['source']): string => spans.map((s) => item.text.slice(s.start, s.end)).join(' + ') || '-';
      return `pair ${side(pair.source)} → ${side(pair.target)}; `;
    };
    if (task === 'penta') {
      let best: ItemVerdict | null = null;
      for (const c of candidates) {
        const v = decidePenta(c.analysis, model);
        if (best === null || v.confidence > best.confidence) best = c === candidates[0] ? v : { ...v, explanation: pairNote(c.pair) + (v.explanation ?? '') };
      }
      verdicts[item.index] = best;
      return;
    }
    let best: { r: RelationResult; pair: RelationPair; rank: number[] } | null = null;
    let who: { pair: RelationPair; actors: RelationCandidate['actors']; rank: number[] } | null = null;
    for (const c of candidates) {
      const r = decideRelation(item.text, c.pair, c.analysis, { ...res, relationModel: model });
      if (r === null) continue;
      const rank = ranked(pairRank(c, r.score), ranker, c);
      if (best === null || outranks(rank, best.rank)) best = { r, pair: c.pair, rank };
      // A pair against the coder's reading of the verb's direction comes last for who took part.
      const wrank = [againstCoder(c.pair, c.analysis.events) ? 0 : 1, ...ranked(whoRank(c, r.score), ranker, c)];
      if (who === null || outranks(wrank, who.rank)) who = { pair: c.pair, actors: c.actors, rank: wrank };
    }
    if (best === null) return;
    const { r } = best;
    verdicts[item.index] = {
      ...(who?.actors ? { actors: who.actors } : {}),
      pair: { source: [...best.pair.source], target: [...best.pair.target] },
      // PLV scores PLV roots (the model's labels); GSR scores PLOVER types.
      label: file.format === 'gsr' ? r.plover : r.label,
      penta: r.penta,
      confidence: r.score,
      rule: r.evidence.rule,
      explanation:
        (best.pair === item.pair ? '' : pairNote(best.pair)) +
        (who !== null && who.pair !== best.pair ? `who from ${pairNote(who.pair)}` : '') +
        explain(r.evidence.features),
    };
  });
  return verdicts;
}
