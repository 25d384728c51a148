// Scores a coder on PLV items: for each marked (source, target) pair, the
// coder's relation is its most confident event whose source spans overlap the
// marked source and whose target spans overlap the marked target (direction
// matters: a reversed event does not count). No such event predicts NONE,
// which is wrong for both root and penta.
//
// An implicit side (no markup: "a recipient", "An actor") is not checked.
//
// With verdicts (relation mode: one answer per item from the relation model
// given the marked pair), root and penta come from the verdicts instead.
//
// Extraction counts (source, type, target) triples per distinct sentence: gold
// = the sentence's marked pairs, predicted = all its events, both de-duplicated
// by (source spans, root, target spans); a predicted triple is right when its
// root equals a gold root and both sides overlap that gold triple's spans, each
// triple matched at most once. With sentence verdicts (relation mode: one
// answer per sentence from the relation model on the pair the pair ranker
// finds, nobody's marks used), the predicted triples are those answers
// instead of the coder's events.

import type { Event, Span } from '../records.js';
import { bestEvent } from './best-event.js';
import { countMatches } from './count-matches.js';
import type { EvalError, EvalReport, ItemVerdict, SentenceCoder } from './eval-report.js';
import { extractionScore, ratio } from './extraction-score.js';
import { memoizeCoder } from './memoize-coder.js';
import type { PlvItem } from './parse-plv.js';
import { pentaOfEvent } from './penta-of-event.js';
import { parsePlvRoot, PLV_ROOTS, plvRootOf, type PlvRoot } from './plv-root.js';
import { rankErrors } from './rank-errors.js';
import { spansKey, spansOverlap } from './spans-overlap.js';
import { NONE, tallyClasses, type LabelPair } from './tally-classes.js';

interface Triple {
  source: Span[];
  root: PlvRoot;
  target: Span[];
}

/** A gold side with no spans (implicit actor) accepts any predicted side. */
function sideMatches(gold: readonly Span[], predicted: readonly Span[]): boolean {
  return gold.length === 0 || spansOverlap(gold, predicted);
}

function tripleKey(t: Triple): string {
  return `${spansKey(t.source)}|${t.root}|${spansKey(t.target)}`;
}

function dedupe(triples: readonly Triple[]): Triple[] {
  const byKey = new Map<string, Triple>();
  for (const t of triples) if (!byKey.has(tripleKey(t))) byKey.set(tripleKey(t), t);
  return [...byKey.values()];
}

function eventTriple(e: Event): Triple {
  return { source: e.evidence.spans.source, root: plvRootOf(e.plover), target: e.evidence.spans.target };
}

/** The coder's relation for the item's marked pair, or null. */
export function plvRelation(item: PlvItem, events: readonly Event[]): Event | null {
  return bestEvent(
    events.filter(
      (e) => sideMatches(item.source.spans, e.evidence.spans.source) && sideMatches(item.target.spans, e.evidence.spans.target),
    ),
  );
}

/** The triple of a sentence verdict, or none. */
function verdictTriples(v: ItemVerdict | null | undefined): Triple[] {
  const root = v ? parsePlvRoot(v.label) : null;
  return v?.pair && root !== null ? [{ source: v.pair.source, root, target: v.pair.target }] : [];
}

export function scorePlv(
  items: readonly PlvItem[],
  coder: SentenceCoder,
  verdicts?: ReadonlyArray<ItemVerdict | null>,
  sentenceVerdicts?: ReadonlyMap<string, ItemVerdict | null>,
): EvalReport {
  const code = memoizeCoder(coder);
  const pairs: LabelPair[] = [];
  const errors: EvalError[] = [];
  let rootRight = 0;
  let pentaRight = 0;
  items.forEach((item, index) => {
    const { events, failure } = code(item.sentence);
    const relation = verdicts === undefined ? plvRelation(item, events) : null;
    const verdict = verdicts?.[index] ?? null;
    let root: PlvRoot | typeof NONE;
    let penta: number | null;
    if (verdicts !== undefined) {
      root = verdict === null ? NONE : (parsePlvRoot(verdict.label) ?? NONE);
      penta = verdict?.penta ?? null;
    } else {
      root = relation === null ? NONE : plvRootOf(relation.plover);
      penta = relation === null ? null : pentaOfEvent(relation);
    }
    pairs.push({ gold: item.goldRoot, predicted: root });
    if (root === item.goldRoot) rootRight++;
    if (penta === item.goldPenta) pentaRight++;
    if (root !== item.goldRoot || penta !== item.goldPenta) {
      const answered = verdicts === undefined ? relation !== null : verdict !== null;
      const error: EvalError = {
        index,
        line: item.line,
        text: item.sentence,
        gold: `${item.goldRoot}/${item.goldPenta}`,
        predicted: answered ? `${root}/${penta ?? ''}` : NONE,
        confidence: verdict?.confidence ?? relation?.confidence ?? null,
        detail: `${item.source.text} → ${item.target.text}`,
      };
      if (relation !== null) error.rule = relation.evidence.rule;
      if (verdict !== null) error.rule = verdict.rule;
      if (verdict?.explanation !== undefined) error.explanation = verdict.explanation;
      if (failure !== null) error.note = `coder failed: ${failure}`;
      errors.push(error);
    }
  });

  const bySentence = new Map<string, PlvItem[]>();
  for (const item of items) bySentence.set(item.sentence, [...(bySentence.get(item.sentence) ?? []), item]);
  let tp = 0;
  let pairsRight = 0;
  let predicted = 0;
  let gold = 0;
  for (const [sentence, group] of bySentence) {
    const golds = dedupe(group.map((i) => ({ source: i.source.spans, root: i.goldRoot, target: i.target.spans })));
    const preds = dedupe(sentenceVerdicts ? verdictTriples(sentenceVerdicts.get(sentence)) : code(sentence).events.map(eventTriple));
    const samePair = (p: Triple, g: Triple): boolean => sideMatches(g.source, p.source) && sideMatches(g.target, p.target);
    tp += countMatches(preds, golds, (p, g) => p.root === g.root && samePair(p, g));
    pairsRight += countMatches(preds, golds, samePair);
    predicted += preds.length;
    gold += golds.length;
  }

  return {
    format: 'plv',
    n: items.length,
    root_accuracy: ratio(rootRight, items.length),
    penta_accuracy: ratio(pentaRight, items.length),
    extraction: extractionScore(tp, predicted, gold),
    ...tallyClasses(pairs, PLV_ROOTS),
    errors: rankErrors(errors),
    // How much of the extraction error is the pair's, not the type's: F1 of the pairs with any type.
    extra: { extraction_pair_f1: extractionScore(pairsRight, predicted, gold).f1, coder_failures: code.failures() },
  };
}
