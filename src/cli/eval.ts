// `faultline eval <file> --format plv|gsr|conflibert-class`: scores the coder.
//
// Relation mode (the default when a model is shipped): the class of each item
// comes from the relation model (PLV: on the marked pair; GSR: on the most
// confident of the pairs the coder found, whose actors then give the
// countries) or the penta model (ConfliBERT: on every sentence, or only those
// the coder found no event in with --model-decides no-event; the model sees
// the coder's events among its features); extraction stays the coder's. `--no-relation` scores the coder's events alone.
// `--cv K` retrains the model K times, each fold scored by a model that never
// saw it (plus `--with FILE` training files in full): the only honest figures
// on a file the shipped model was trained on.

import { codeText } from '../relation/analyse-relation.js';
import type { EvalFormat } from '../eval/eval-format.js';
import type { SentenceCoder } from '../eval/eval-report.js';
import { formatEvalReport } from '../eval/format-eval-report.js';
import { readEvalFile } from '../eval/read-eval-file.js';
import { scoreEvalFile } from '../eval/score-eval-file.js';
import { evalFormatFromFileName, type EvalFile } from '../eval/eval-format.js';
import type { CrossValidationSummary, EvalReport, ItemVerdict } from '../eval/eval-report.js';
import { foldScores, meanFoldScore } from '../eval/fold-scores.js';
import { PLV_ROOTS } from '../eval/plv-root.js';
import { fnv1a } from '../learn/assign-folds.js';
import { loadShippedModel, MODEL_FILES, readModelFile } from '../learn/load-model.js';
import type { ModelFile, ModelTask } from '../learn/model-file.js';
import { loadResources, type Resources } from '../load-resources.js';
import { baselineVerdicts } from '../relation/baseline-verdicts.js';
import { RELATION_FEATURES } from '../relation/code-relation.js';
import { knownCandidateItems, rankerExamples, relationItems, sentenceItems, type RelationItem } from '../relation/relation-items.js';
import { PAIR_FEATURES, PAIR_LABELS, trainFoldRankers } from '../relation/pair-ranker.js';
import { relationVerdicts } from '../relation/relation-verdicts.js';
import { trainFoldModels } from '../relation/train-relation-model.js';
import type { Event } from '../records.js';
import type { LinearModel } from '../learn/linear-model.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { evalGeovirusCommand } from './eval-geovirus.js'; // geo (issue 3)

/** Codes a gold item's text as a document of its own, spans indexing the whole text (see codeText). */
export function textCoder(res: Resources): SentenceCoder {
  return (text: string): Event[] => codeText(text, res).events;
}

export interface EvalOptions {
  file: string;
  format: EvalFormat | 'geovirus';
  json: boolean;
  errors: number;
  /** Relation mode (default true). */
  relation?: boolean;
  /** Cross-validation folds (relation mode, retrained per fold). */
  cv?: number;
  /** Extra training files for --cv, in full. */
  with?: readonly string[];
  /** Model file instead of the shipped one. */
  model?: string;
  /** ConfliBERT: the penta model decides sentences without events only (default) or all. */
  modelDecides?: 'no-event' | 'all';
  /** User dictionary folders laid over the built-in ones. */
  dicts?: readonly string[];
}

/** Labels of a task's model, in the order the scorer lists them. */
export function taskLabels(task: ModelTask): string[] {
  if (task === 'pair') return [...PAIR_LABELS];
  return task === 'relation' ? [...PLV_ROOTS, 'CONCEDE', 'RETREAT'] : ['0', '1', '2', '3', '4'];
}

export function taskOfFormat(format: EvalFormat): ModelTask {
  return format === 'conflibert-class' ? 'penta' : 'relation';
}

/** Reads a gold file, its format given or guessed from its name; prints its problems. */
export async function readGoldFile(io: CliIo, path: string, format?: EvalFormat): Promise<EvalFile> {
  const f = format ?? evalFormatFromFileName(path);
  if (f === null) throw new CliError('bad-option', `cannot tell the format of ${path} from its name: give --format`);
  let file;
  try {
    file = await readEvalFile(path, f);
  } catch (err) {
    throw new CliError('read-failed', `cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  for (const p of file.problems.slice(0, 10)) io.stderr(`${p.file}:${p.line}: ${p.message}\n`);
  if (file.problems.length > 10) io.stderr(`… and ${file.problems.length - 10} more problems\n`);
  return file;
}

/** Items of a file whose pairs are guessed as a scorer must (PLV: one per sentence), for training the pair ranker. */
export function guessedItems(file: EvalFile, res: Resources, task: ModelTask): RelationItem[] {
  return file.format === 'plv' ? sentenceItems(file, res, task) : relationItems(file, res, task, 'coder');
}

/** Sentence verdicts (aligned with the file's items) by sentence. */
function sentenceVerdictMap(file: EvalFile, verdicts: ReadonlyArray<ItemVerdict | null>): Map<string, ItemVerdict | null> {
  const out = new Map<string, ItemVerdict | null>();
  if (file.format !== 'plv') return out;
  file.items.forEach((item, i) => {
    const v = verdicts[i];
    if (v !== undefined && (v !== null || !out.has(item.sentence))) out.set(item.sentence, v);
  });
  return out;
}

/** A text coder that codes each distinct text once. */
function cachedCoder(res: Resources): SentenceCoder {
  const code = textCoder(res);
  const cache = new Map<string, Event[]>();
  return (text) => {
    let events = cache.get(text);
    if (events === undefined) cache.set(text, (events = code(text)));
    return events;
  };
}

/** Share of the file's sentences the model was trained on. */
function trainedShare(model: ModelFile, file: EvalFile): number {
  const seen = new Set(model.training.sentences);
  const texts = [...new Set(file.items.map((i) => ('sentence' in i ? i.sentence : i.text)))];
  return texts.length === 0 ? 0 : texts.filter((t) => seen.has(fnv1a(t).toString(36))).length / texts.length;
}

interface RelationRun {
  verdicts: Array<ItemVerdict | null>;
  /** PLV: the answer for each distinct sentence read with no pair marked (extraction). */
  sentenceVerdicts?: Map<string, ItemVerdict | null>;
  mode: string;
  cv?: CrossValidationSummary;
  trainedShare?: number;
}

async function relationRun(io: CliIo, file: EvalFile, res: Resources, coder: SentenceCoder, o: EvalOptions): Promise<RelationRun | null> {
  const task = taskOfFormat(file.format);
  const labels = taskLabels(task);
  const scored = relationItems(file, res, task, 'coder');
  const decide = o.modelDecides ?? 'all';
  if (o.cv !== undefined) {
    if (!Number.isInteger(o.cv) || o.cv < 2) throw new CliError('bad-option', '--cv needs a whole number of folds ≥ 2');
    const training = relationItems(file, res, task, 'gold');
    const extra: RelationItem[] = [];
    const withFiles: EvalFile[] = [];
    for (const path of o.with ?? []) withFiles.push(await readGoldFile(io, path));
    for (const f of withFiles) extra.push(...relationItems(f, res, task, 'gold'));
    const sentences = sentenceItems(file, res, task);
    const withGuessed = withFiles.map((f) => ({ f, guessed: task === 'relation' ? guessedItems(f, res, task) : [] }));
    // The relation model also learns the guessed pairs that are the known pair, as the ranker's picks will be.
    training.push(...knownCandidateItems(file, file.format === 'plv' ? sentences : file.format === 'gsr' ? scored : [], task));
    for (const { f, guessed } of withGuessed) extra.push(...knownCandidateItems(f, guessed, task));
    const fm = trainFoldModels(training, scored, o.cv, extra, labels);
    const foldOfGroup = new Map(scored.map((item, i) => [item.group, fm.folds[i] ?? 0]));
    const verdicts = relationVerdicts(file, scored, task, (_, position) => fm.models[fm.folds[position] ?? 0] ?? fm.models[0]!, res);
    // PLV extraction: each sentence read with no pair marked, the pair chosen by the pair ranker of its
    // fold, trained on the guessed pairs of every file's sentences outside the fold.
    const rankerData = sentences.length === 0 ? [] : rankerExamples(file, sentences);
    if (sentences.length > 0) for (const { f, guessed } of withGuessed) rankerData.push(...rankerExamples(f, guessed));
    const rankers = trainFoldRankers(rankerData, (g) => foldOfGroup.get(g), rankerData.length === 0 ? 0 : o.cv);
    const rankerOf = (item: RelationItem): LinearModel | null => rankers[foldOfGroup.get(item.group) ?? 0] ?? null;
    const modelOf = (item: RelationItem): LinearModel => fm.models[foldOfGroup.get(item.group) ?? 0] ?? fm.models[0]!;
    const sentenceVerdicts = sentenceVerdictMap(file, relationVerdicts(file, sentences, task, modelOf, res, rankerOf));
    const foldOf = file.items.map(() => 0);
    scored.forEach((item, position) => (foldOf[item.index] = fm.folds[position] ?? 0));
    const folds = foldScores(file, coder, verdicts, foldOf, o.cv, decide);
    const baselines: CrossValidationSummary['baselines'] = [];
    for (const kind of ['sentence', 'between'] as const) {
      const b = baselineVerdicts(file, foldOf, o.cv, kind, kind === 'between' ? 0.1 : 1);
      if (b === null) continue;
      const bf = foldScores(file, coder, b, foldOf, o.cv, 'all');
      baselines.push({ name: `naive Bayes, word 1-2-grams of the ${kind === 'between' ? 'words between the pair (alpha 0.1)' : 'sentence (alpha 1)'}`, folds: bf, mean: meanFoldScore(bf) });
    }
    return {
      verdicts,
      ...(file.format === 'plv' ? { sentenceVerdicts } : {}),
      mode: `relation, ${o.cv}-fold cross-validation (each fold scored by a model trained without it)${sentences.length > 0 ? '; extraction by sentence, pairs ranked by the fold\'s pair ranker' : ''}`,
      cv: { k: o.cv, extra_training: [...(o.with ?? [])], folds, mean: meanFoldScore(folds), baselines },
    };
  }
  let model: ModelFile | null;
  try {
    model = o.model !== undefined ? readModelFile(o.model) : loadShippedModel(task);
  } catch (err) {
    throw new CliError('bad-model', err instanceof Error ? err.message : String(err));
  }
  if (model === null) {
    if (task === 'penta') return null;
    io.stderr(`faultline: no ${MODEL_FILES[task]} shipped: relation mode uses the coder's events on the pair only\n`);
    return {
      verdicts: relationVerdicts(file, scored, task, () => ({ kind: 'logistic', labels, bias: labels.map(() => 0), weights: new Map() }), res),
      mode: 'relation (no model)',
    };
  }
  if (model.task !== task) throw new CliError('bad-model', `the model is a ${model.task} model; ${file.format} needs a ${task} model`);
  if (model.features !== RELATION_FEATURES)
    io.stderr(`faultline: the model was trained on features ${model.features}, this version computes ${RELATION_FEATURES}: retrain it with faultline train\n`);
  const m = model.model;
  const share = trainedShare(model, file);
  if (share > 0)
    io.stderr(
      `faultline: ${(share * 100).toFixed(0)}% of these sentences were in the model's training data: these figures do not measure it (use --cv 5)\n`,
    );
  // PLV extraction: each sentence read with no pair marked, the pair chosen by the shipped pair ranker (or the fixed order without one).
  const sentences = sentenceItems(file, res, task);
  let ranker: ModelFile | null = null;
  if (sentences.length > 0) {
    try {
      ranker = loadShippedModel('pair');
    } catch (err) {
      throw new CliError('bad-model', err instanceof Error ? err.message : String(err));
    }
    if (ranker !== null && ranker.features !== PAIR_FEATURES) {
      io.stderr(`faultline: the pair ranker was trained on features ${ranker.features}, this version computes ${PAIR_FEATURES}: retrain it with faultline train\n`);
      ranker = null;
    }
  }
  const rankerModel = ranker?.model ?? null;
  return {
    verdicts: relationVerdicts(file, scored, task, () => m, res),
    ...(sentences.length > 0 ? { sentenceVerdicts: sentenceVerdictMap(file, relationVerdicts(file, sentences, task, () => m, res, () => rankerModel)) } : {}),
    mode:
      `relation (model ${o.model ?? `data/${MODEL_FILES[task]}`}, trained on ${model.training.files.map((f) => f.name).join(' + ')})` +
      (sentences.length > 0 ? `; extraction by sentence, pairs ${ranker !== null ? `ranked by data/${MODEL_FILES.pair}` : 'in the fixed order (no pair ranker shipped)'}` : ''),
    trainedShare: share,
  };
}

export async function evalCommand(io: CliIo, o: EvalOptions): Promise<void> {
  if (o.format === 'geovirus') return evalGeovirusCommand(io, { file: o.file, json: o.json, errors: o.errors }); // geo (issue 3)
  if (!Number.isInteger(o.errors) || o.errors < 0) throw new CliError('bad-option', '--errors must be a whole number');
  const file = await readGoldFile(io, o.file, o.format);
  const res = loadResources({ dicts: o.dicts ?? [] });
  const coder = cachedCoder(res);
  const run = o.relation === false ? null : await relationRun(io, file, res, coder, o);
  const report: EvalReport =
    run === null
      ? { ...scoreEvalFile(file, coder), mode: 'rules' }
      : { ...scoreEvalFile(file, coder, run.verdicts, o.modelDecides ?? 'all', run.sentenceVerdicts), mode: run.mode };
  if (run?.cv) report.cv = run.cv;
  if (run?.trainedShare !== undefined) report.extra = { ...report.extra, model_trained_on_share: run.trainedShare };
  if (o.json) {
    const { errors: _errors, ...rest } = report;
    io.stdout(JSON.stringify({ ...rest, errors: report.errors.slice(0, o.errors) }, null, 2) + '\n');
    return;
  }
  io.stdout(formatEvalReport(report));
  if (o.errors > 0) {
    io.stdout(`\nWorst ${Math.min(o.errors, report.errors.length)} misses:\n`);
    for (const e of report.errors.slice(0, o.errors)) {
      io.stdout(`  line ${e.line}: gold ${e.gold}, predicted ${e.predicted}${e.rule ? ` (rule ${e.rule})` : ''}${e.detail ? `  [${e.detail}]` : ''}\n    ${e.text}\n`);
      if (e.explanation) io.stdout(`    because: ${e.explanation}\n`);
    }
  }
}
