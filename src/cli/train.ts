// `faultline train <files...> [--format F] [--task relation|penta|pair] [--out PATH] [--cv K]`:
// trains the relation model (PLOVER root of a marked pair; from PLV and GSR
// files) or the penta model (class 0–4 of a sentence; from ConfliBERT class
// files, and PLV/GSR items) and writes its weights as JSON (default
// data/model/<task>.json). Training the relation model without --out also
// trains the pair ranker (which of a sentence's candidate pairs its event is
// between; from the same files) into data/model/pair.json; `--task pair`
// trains the ranker alone. With --cv K it also prints, for each file, the
// accuracy of K models each scored on the fold it was not trained on (the
// other files are trained on in full), with the naive Bayes baseline of the
// same folds; `faultline eval --cv K` gives the full report.

import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { EvalFormat } from '../eval/eval-format.js';
import { fnv1a } from '../learn/assign-folds.js';
import { predictLinear } from '../learn/linear-model.js';
import { MODEL_FILES } from '../learn/load-model.js';
import { MODEL_TASKS, serializeModelFile, type ModelTask } from '../learn/model-file.js';
import { dataPath } from '../data-dir.js';
import { loadResources } from '../load-resources.js';
import { baselineVerdicts } from '../relation/baseline-verdicts.js';
import { RELATION_FEATURES, relationLabel } from '../relation/code-relation.js';
import { knownCandidateItems, rankerExamples, relationItems, type RelationItem } from '../relation/relation-items.js';
import { TRAINING_OPTIONS, trainFoldModels, trainingExamples, trainRelationModel } from '../relation/train-relation-model.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { guessedItems, readGoldFile, taskLabels } from './eval.js';
import type { EvalFile } from '../eval/eval-format.js';
import { PAIR_FEATURES, PAIR_TRAINING_OPTIONS, trainPairRanker } from '../relation/pair-ranker.js';

export interface TrainOptions {
  files: readonly string[];
  format?: EvalFormat;
  task?: string;
  out?: string;
  cv?: number;
}

const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;

export async function trainCommand(io: CliIo, o: TrainOptions): Promise<void> {
  if (o.files.length === 0) throw new CliError('bad-option', 'give at least one gold file');
  const files = [];
  for (const path of o.files) files.push(await readGoldFile(io, path, o.format));
  let task: ModelTask;
  if (o.task !== undefined) {
    const t = MODEL_TASKS.find((x) => x === o.task);
    if (t === undefined) throw new CliError('bad-option', `--task must be one of ${MODEL_TASKS.join(', ')}`);
    task = t;
  } else task = files.every((f) => f.format === 'conflibert-class') ? 'penta' : 'relation';
  const res = loadResources();
  if (task === 'pair') {
    writeRanker(io, files, (f) => guessedItems(f, res, 'relation'), o.out ?? dataPath(MODEL_FILES.pair));
    return;
  }
  const labels = taskLabels(task);
  // Relation: the guessed pairs of each sentence (PLV read as raw sentences, GSR as scored) give the
  // pair ranker its examples and the relation model the guessed pairs that are the known pair.
  const guessed = new Map(files.map((file) => [file, task === 'relation' ? guessedItems(file, res, task) : []]));
  const perFile = files.map((file) => ({ file, items: relationItems(file, res, task, 'gold'), known: knownCandidateItems(file, guessed.get(file) ?? [], task) }));
  for (const { file, items } of perFile) {
    io.stderr(`${file.file}: ${items.length} ${task} items\n`);
    if (items.length === 0) io.stderr(`  (a ${file.format} file has no items for the ${task} task)\n`);
  }
  const all: RelationItem[] = perFile.flatMap((p) => [...p.items, ...p.known]);
  if (all.length === 0) throw new CliError('bad-option', `no training items for the ${task} task`);

  if (o.cv !== undefined) {
    if (!Number.isInteger(o.cv) || o.cv < 2) throw new CliError('bad-option', '--cv needs a whole number of folds ≥ 2');
    for (const { file, items } of perFile) {
      if (items.length === 0) continue;
      const own = perFile.find((p) => p.file === file)?.known ?? [];
      const extra = perFile.filter((p) => p.file !== file).flatMap((p) => [...p.items, ...p.known]);
      const fm = trainFoldModels([...items, ...own], items, o.cv, extra, labels);
      const right = new Array<number>(o.cv).fill(0);
      const n = new Array<number>(o.cv).fill(0);
      items.forEach((item, i) => {
        const fold = fm.folds[i] ?? 0;
        const model = fm.models[fold];
        if (!model) return;
        n[fold] = (n[fold] ?? 0) + 1;
        // Relation: PLV roots (CONCEDE and RETREAT count as YIELD).
        const merged = (l: string): string => (l === 'CONCEDE' || l === 'RETREAT' ? 'YIELD' : l);
        const got = task === 'relation' ? relationLabel(model, item.analysis.features).label : predictLinear(model, item.analysis.features).label;
        if (merged(got) === merged(item.label)) right[fold] = (right[fold] ?? 0) + 1;
      });
      const accs = n.map((x, f) => (x === 0 ? 0 : (right[f] ?? 0) / x));
      const mean = accs.reduce((a, b) => a + b, 0) / accs.length;
      const what = task === 'relation' ? 'PLV root' : 'penta';
      io.stdout(`${file.file} (${file.format}, ${what}${file.format === 'gsr' ? ', GSR actors as the pair' : ''}): ${o.cv}-fold accuracy ${accs.map(percent).join(' ')}  mean ${percent(mean)}\n`);
      // Baselines: the same folds, the file's own labels.
      const foldOf = file.items.map(() => -1);
      items.forEach((item, i) => (foldOf[item.index] = fm.folds[i] ?? 0));
      for (const kind of ['sentence', 'between'] as const) {
        const b = baselineVerdicts(file, foldOf, o.cv, kind, kind === 'between' ? 0.1 : 1);
        if (b === null || task === 'penta') continue;
        const gold = (i: number): string => {
          const it = file.items[i];
          return it === undefined ? '' : 'goldRoot' in it ? it.goldRoot : 'type' in it ? it.type : String(it.penta);
        };
        const bAcc = Array.from({ length: o.cv }, (_, f) => {
          const idx = foldOf.flatMap((x, i) => (x === f ? [i] : []));
          return idx.length === 0 ? 0 : idx.filter((i) => b[i]?.label === gold(i)).length / idx.length;
        });
        io.stdout(`  baseline naive Bayes (${kind}): ${bAcc.map(percent).join(' ')}  mean ${percent(bAcc.reduce((a, x) => a + x, 0) / bAcc.length)}\n`);
      }
    }
  }

  const model = trainRelationModel(trainingExamples(all), labels);
  const out = o.out ?? dataPath(MODEL_FILES[task]);
  const text = serializeModelFile({
    task,
    features: RELATION_FEATURES,
    model,
    training: {
      files: perFile.map((p) => ({ name: basename(p.file.file), format: p.file.format, items: p.items.length + p.known.length })),
      options: { ...TRAINING_OPTIONS },
      sentences: [...new Set(all.map((i) => fnv1a(i.text).toString(36)))].sort(),
    },
  });
  writeModel(out, text);
  io.stdout(`wrote ${out}: ${task} model, ${labels.length} labels, ${model.weights.size} features, ${(text.length / 1024).toFixed(0)} KiB, trained on ${all.length} items\n`);
  if (task === 'relation' && o.out === undefined) writeRanker(io, files, (f) => guessed.get(f) ?? [], dataPath(MODEL_FILES.pair));
}

function writeModel(out: string, text: string): void {
  try {
    writeFileSync(out, text);
  } catch (err) {
    throw new CliError('write-failed', `cannot write ${out}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Trains the pair ranker on the sentences of the files whose pairs are known (PLV, GSR) and writes it. */
function writeRanker(io: CliIo, files: readonly EvalFile[], guessedOf: (f: EvalFile) => readonly RelationItem[], out: string): void {
  const sentences = files.flatMap((f) => rankerExamples(f, guessedOf(f)));
  const used = sentences.filter((s) => s.examples.length > 0);
  if (used.length === 0) throw new CliError('bad-option', 'no sentence with a known pair among its candidates: the pair ranker needs PLV or GSR files');
  const model = trainPairRanker(used.map((s) => s.examples));
  const text = serializeModelFile({
    task: 'pair',
    features: PAIR_FEATURES,
    model,
    training: {
      files: files.map((f) => ({ name: basename(f.file), format: f.format, items: f.items.length })),
      options: { ...PAIR_TRAINING_OPTIONS },
      sentences: [...new Set(used.map((s) => fnv1a(s.group).toString(36)))].sort(),
    },
  });
  writeModel(out, text);
  io.stdout(
    `wrote ${out}: pair ranker, ${model.weights.size} features, trained on ${used.length} sentences (${sentences.length - used.length} left out: none of their candidate pairs is the known one)\n`,
  );
}
