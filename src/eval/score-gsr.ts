// Scores a coder on PLOVER gold-standard records. The coder's answer for a
// sentence is its most confident event; no event predicts NONE (wrong).
//
// - event type accuracy (reported as root_accuracy): exact PLOVER type after
//   the record's old-name mapping (CONCEDE and RETREAT are not merged here);
// - source (target) country accuracy, over records with at least one gold
//   source (target) country: right when the best event's source (target)
//   actors include every gold country. IGO counts as a "country" that any
//   predicted IGO actor matches; NGO, IMG, ISM name none and are not checked.
//   For a symmetric record (actors marked SRC/TAR, all listed as sources) the
//   gold countries may be found among the predicted sources or targets;
// - extraction at country level, per distinct sentence: a predicted (type,
//   source countries, target countries) triple is right when its type equals a
//   gold triple's and it shares a source country and a target country with it;
//   a gold side without any country is not checked. Triples are de-duplicated
//   per sentence and matched at most once.
//
// penta_accuracy is null: the records have no penta class.
//
// With verdicts (relation mode over the pairs the coder found, its events'
// and its mentions'), the answer is the verdict: its type, and the countries
// of the pair it chose (the coder's best event when a verdict carries no
// actors). Extraction stays the coder's: it scores the events themselves.

import type { Actor, Event } from '../records.js';
import { PLOVER_TYPES } from '../records.js';
import { bestEvent } from './best-event.js';
import { countMatches } from './count-matches.js';
import type { EvalError, EvalReport, ItemVerdict, SentenceCoder } from './eval-report.js';
import { extractionScore, ratio } from './extraction-score.js';
import { memoizeCoder } from './memoize-coder.js';
import type { GsrActor, GsrItem } from './parse-gsr.js';
import { rankErrors } from './rank-errors.js';
import { NONE, tallyClasses, type LabelPair } from './tally-classes.js';

interface CountryTriple {
  /** PLOVER type (a relation verdict's label is one too). */
  type: string;
  source: string[];
  target: string[];
}

interface GoldTriple extends CountryTriple {
  symmetric: boolean;
}

/** Country key of a gold actor: ISO3, "IGO", or null. */
export function gsrActorCountry(actor: GsrActor): string | null {
  return actor.country ?? (actor.igo ? 'IGO' : null);
}

/** Country key of a coded actor: ISO3, "IGO" for any IGO, or null. */
export function actorCountry(actor: Actor): string | null {
  return actor.country ?? (actor.igo !== null ? 'IGO' : null);
}

function keys<A>(actors: readonly A[], key: (a: A) => string | null): string[] {
  return [...new Set(actors.flatMap((a) => key(a) ?? []))].sort();
}

function tripleKey(t: CountryTriple | GoldTriple): string {
  return `${t.source.join('+')}|${t.type}|${t.target.join('+')}|${'symmetric' in t && t.symmetric ? 'sym' : ''}`;
}

function dedupe<T extends CountryTriple>(triples: readonly T[]): T[] {
  const byKey = new Map<string, T>();
  for (const t of triples) if (!byKey.has(tripleKey(t))) byKey.set(tripleKey(t), t);
  return [...byKey.values()];
}

function goldTriple(item: GsrItem): GoldTriple {
  return {
    type: item.type,
    source: keys(item.source, gsrActorCountry),
    target: keys(item.target, gsrActorCountry),
    symmetric: item.symmetric,
  };
}

/** The predicted countries a gold side is compared with: a symmetric event's sources may be coded on either side. */
function predictedSide(gold: GoldTriple, side: 'source' | 'target', predicted: CountryTriple): string[] {
  return gold.symmetric && side === 'source' ? [...predicted.source, ...predicted.target] : predicted[side];
}

function eventTriple(e: Event): CountryTriple {
  return { type: e.plover, source: keys(e.source, actorCountry), target: keys(e.target, actorCountry) };
}

function verdictTriple(v: ItemVerdict, actors: NonNullable<ItemVerdict['actors']>): CountryTriple {
  return { type: v.label, source: keys(actors.source, actorCountry), target: keys(actors.target, actorCountry) };
}

function render(t: CountryTriple | GoldTriple): string {
  const side = (k: string[]): string => (k.length === 0 ? '-' : k.join('+'));
  if ('symmetric' in t && t.symmetric && t.target.length === 0) return `${t.type} ${side(t.source)} (symmetric)`;
  return `${t.type} ${side(t.source)} → ${side(t.target)}`;
}

function sideMatches(gold: readonly string[], predicted: readonly string[]): boolean {
  return gold.length === 0 || gold.some((k) => predicted.includes(k));
}

export function scoreGsr(items: readonly GsrItem[], coder: SentenceCoder, verdicts?: ReadonlyArray<ItemVerdict | null>): EvalReport {
  const code = memoizeCoder(coder);
  const pairs: LabelPair[] = [];
  const errors: EvalError[] = [];
  let typeRight = 0;
  const country = { source: { n: 0, right: 0 }, target: { n: 0, right: 0 } };
  items.forEach((item, index) => {
    const { events, failure } = code(item.text);
    const best = bestEvent(events);
    const gold = goldTriple(item);
    const verdict = verdicts?.[index] ?? null;
    // The answer's pair: the verdict's when relation mode chose one, else the coder's best event.
    const got = verdict?.actors ? verdictTriple(verdict, verdict.actors) : best === null ? null : eventTriple(best);
    const type = verdicts === undefined ? (got?.type ?? NONE) : (verdict?.label ?? NONE);
    pairs.push({ gold: item.type, predicted: type });
    let right = type === item.type;
    if (right) typeRight++;
    for (const side of ['source', 'target'] as const) {
      if (gold[side].length === 0) continue;
      country[side].n++;
      const predictedKeys = got === null ? [] : predictedSide(gold, side, got);
      if (gold[side].every((k) => predictedKeys.includes(k))) country[side].right++;
      else right = false;
    }
    if (!right) {
      const error: EvalError = {
        index,
        line: item.line,
        text: item.text,
        gold: render(gold),
        predicted: got === null ? (verdict === null ? NONE : `${verdict.label} (relation mode, no event)`) : render(verdicts === undefined ? got : { ...got, type: verdict?.label ?? got.type }),
        confidence: verdict?.confidence ?? best?.confidence ?? null,
        detail: `${item.id}: ${item.source.map((a) => a.text).join(' + ') || '-'} → ${item.target.map((a) => a.text).join(' + ') || '-'}`,
      };
      if (best !== null) error.rule = best.evidence.rule;
      if (verdict !== null) error.rule = verdict.rule;
      if (verdict?.explanation !== undefined) error.explanation = verdict.explanation;
      if (failure !== null) error.note = `coder failed: ${failure}`;
      errors.push(error);
    }
  });

  const bySentence = new Map<string, GsrItem[]>();
  for (const item of items) bySentence.set(item.text, [...(bySentence.get(item.text) ?? []), item]);
  let tp = 0;
  let predicted = 0;
  let goldCount = 0;
  for (const [sentence, group] of bySentence) {
    const golds = dedupe(group.map(goldTriple));
    const preds = dedupe(code(sentence).events.map(eventTriple));
    tp += countMatches(
      preds,
      golds,
      (p, g) =>
        p.type === g.type &&
        sideMatches(g.source, predictedSide(g, 'source', p)) &&
        sideMatches(g.target, predictedSide(g, 'target', p)),
    );
    predicted += preds.length;
    goldCount += golds.length;
  }

  return {
    format: 'gsr',
    n: items.length,
    root_accuracy: ratio(typeRight, items.length),
    penta_accuracy: null,
    extraction: extractionScore(tp, predicted, goldCount),
    ...tallyClasses(pairs, PLOVER_TYPES),
    errors: rankErrors(errors),
    extra: {
      source_country_accuracy: ratio(country.source.right, country.source.n),
      target_country_accuracy: ratio(country.target.right, country.target.n),
      source_country_n: country.source.n,
      target_country_n: country.target.n,
      coder_failures: code.failures(),
    },
  };
}
