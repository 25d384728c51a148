// `faultline relation "<sentence>" [--source <text|start:end> --target <…>]`:
// relation mode on one marked pair: the PLOVER type and CAMEO code the
// relation model gives it, with its score, the runner-up types, the coder's
// rule and the features behind the decision. Without --source and --target
// the shipped pair ranker picks the pair among the sentence's candidates
// (as extraction from raw sentences does in `faultline eval`; the choice is
// src/relation/guess-pair.ts, shared with POST /api/v1/relation). Also where
// the API and `faultline explain` get the shipped relation and pair models.

import { loadShippedModel } from '../learn/load-model.js';
import type { LinearModel } from '../learn/linear-model.js';
import { loadResources, type Resources } from '../load-resources.js';
import type { Span } from '../records.js';
import { RELATION_FEATURES, type RelationResources } from '../relation/code-relation.js';
import { explainRelation, type RelationAnswer } from '../relation/explain-relation.js';
import { guessPair, pairBlock, type GuessedPair } from '../relation/guess-pair.js';
import { PAIR_FEATURES } from '../relation/pair-ranker.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { markSpans } from './mark-spans.js';

/**
 * The shipped relation model, or null when the package has none or it was
 * trained on other features than this version computes (its answers would be
 * noise; `relationModelWarning` says why). Throws ModelFileError on a broken file.
 */
export function shippedRelationModel(): LinearModel | null {
  const file = loadShippedModel('relation');
  return file !== null && file.features === RELATION_FEATURES ? file.model : null;
}

/** A warning when the shipped model was trained on other features than this version computes, else null. */
export function relationModelWarning(): string | null {
  const file = loadShippedModel('relation');
  if (file === null) return 'no relation model is shipped: the rule coder decides alone';
  if (file.features !== RELATION_FEATURES) return `the relation model was trained on features ${file.features}, this version computes ${RELATION_FEATURES}: retrain it with faultline train`;
  return null;
}

/** The shipped pair ranker, or null when the package has none or it was trained on other features. */
export function shippedPairRanker(): LinearModel | null {
  const file = loadShippedModel('pair');
  return file !== null && file.features === PAIR_FEATURES ? file.model : null;
}

/** The coder's resources plus the shipped relation model. */
export function relationResources(resources: Resources = loadResources(), model: LinearModel | null = shippedRelationModel()): RelationResources {
  return { ...resources, relationModel: model };
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * A span named on the command line: "start:end" (character offsets, end
 * exclusive) or text of the sentence (its first occurrence that does not
 * overlap `avoid`, matched exactly, else ignoring case).
 */
export function findSpan(sentence: string, spec: string, option: string, avoid: Span | null = null): Span {
  const offsets = /^(\d+):(\d+)$/.exec(spec.trim());
  if (offsets) {
    const span = { start: Number(offsets[1]), end: Number(offsets[2]) };
    if (span.start >= span.end) throw new CliError('bad-span', `${option} ${spec}: start must be less than end`);
    if (span.end > sentence.length) throw new CliError('bad-span', `${option} ${spec}: the sentence has ${sentence.length} characters`);
    return span;
  }
  const needle = spec.trim();
  if (needle === '') throw new CliError('bad-span', `${option} is empty: give the actor's text or start:end`);
  for (const hay of [sentence, sentence.toLowerCase()]) {
    const wanted = hay === sentence ? needle : needle.toLowerCase();
    for (let at = hay.indexOf(wanted); at >= 0; at = hay.indexOf(wanted, at + 1)) {
      const span = { start: at, end: at + wanted.length };
      if (avoid === null || !overlaps(span, avoid)) return span;
    }
  }
  throw new CliError('bad-span', `${option} "${needle}" is not in the sentence${avoid === null ? '' : ' (apart from the source)'}`);
}

/** The answer as `faultline relation` prints it. */
export function formatRelation(sentence: string, source: Span, target: Span, a: RelationAnswer): string {
  const marks = [
    { ...source, open: '[', close: ']' },
    { ...target, open: '<', close: '>' },
    ...(a.evidence.verb === null || overlaps(a.evidence.verb, source) || overlaps(a.evidence.verb, target) ? [] : [{ ...a.evidence.verb, open: '{', close: '}' }]),
  ];
  const lines = [
    `${a.plover_type} (CAMEO ${a.cameo_code})  score ${a.score.toFixed(3)}  penta ${a.penta}  decided by ${a.evidence.decided_by === 'model' ? 'the relation model' : 'the rules alone'}`,
    '',
    `  ${markSpans(sentence, marks)}`,
    '  [source] {verb} <target>',
    '',
    `  rule: ${a.evidence.rule ?? 'none fired for this type'}`,
    `  coder alone: ${a.evidence.coder.linked ?? 'no event'}; with the marked actors: ${a.evidence.coder.forced ?? 'no event'}`,
  ];
  if (a.scores.length > 0) lines.push(`  types: ${a.scores.map((s) => `${s.type} ${s.probability}`).join(', ')}`);
  if (a.evidence.top_features.length > 0) {
    lines.push('  top features (contribution: value × (weight − the rival labels\' mean weight, weighted by probability)):');
    for (const f of a.evidence.top_features) lines.push(`    ${`+${f.contribution.toFixed(3)}`.padStart(8)}  ${f.feature}${f.value === 1 ? '' : ` (value ${f.value})`}`);
  }
  return lines.join('\n') + '\n';
}

export async function relationCommand(
  io: CliIo,
  o: { sentence: string; source?: string; target?: string; json: boolean; dicts?: readonly string[] },
): Promise<void> {
  const sentence = o.sentence;
  if (sentence.trim() === '') throw new CliError('no-input', 'the sentence is empty');
  if ((o.source === undefined) !== (o.target === undefined)) throw new CliError('bad-option', 'give both --source and --target, or neither (the pair ranker then picks the pair)');
  const warning = relationModelWarning();
  if (warning !== null) io.stderr(`faultline: ${warning}\n`);
  const resources = loadResources({ dicts: o.dicts ?? [] });
  const res = relationResources(resources);
  let source: Span[];
  let target: Span[];
  let guessed: GuessedPair | null = null;
  if (o.source !== undefined && o.target !== undefined) {
    const s = findSpan(sentence, o.source, '--source');
    const t = findSpan(sentence, o.target, '--target', s);
    if (overlaps(s, t)) throw new CliError('bad-span', '--source and --target overlap');
    [source, target] = [[s], [t]];
  } else {
    const ranker = shippedPairRanker();
    if (ranker === null) io.stderr(`faultline: no pair ranker (data/model/pair.json) for this version: the coder's own guess is the pair\n`);
    guessed = guessPair(sentence, resources, ranker);
    if (guessed === null) throw new CliError('no-relation', 'the sentence names no pair of actors (give --source and --target)');
    [source, target] = [guessed.source, guessed.target];
  }
  const answer = explainRelation(sentence, source, target, res);
  if (answer === null) throw new CliError('no-relation', 'no relation model, and the rule coder does not link the source to the target');
  const one = (spans: readonly Span[]): Span => spans[0] ?? { start: 0, end: 0 };
  const pair = guessed === null ? {} : { pair: pairBlock(sentence, guessed) };
  if (o.json) {
    io.stdout(JSON.stringify({ sentence, source: source.length === 1 ? one(source) : source, target: target.length === 1 ? one(target) : target, ...pair, ...answer }, null, 2) + '\n');
    return;
  }
  if (guessed !== null)
    io.stdout(`pair chosen by ${guessed.score === null ? "the coder's own guess" : `the pair ranker (score ${guessed.score.toFixed(3)})`} among ${guessed.candidates} candidates\n`);
  io.stdout(formatRelation(sentence, one(source), one(target), answer));
}
