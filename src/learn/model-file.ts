// The JSON file a trained model ships in (data/model/*.json): the linear
// model plus what it was trained on, so `faultline eval` can tell when it is
// asked to score the model on its own training data. Parsing is validated
// with zod and reports problems as data. Pure.

import { z } from 'zod';
import type { LinearModel } from './linear-model.js';

export const MODEL_TASKS = ['relation', 'penta', 'pair'] as const;
/**
 * relation: PLOVER root of a (source, target) pair; penta: class 0–4 of a
 * sentence; pair: whether a candidate pair is the pair a sentence reports an
 * event between (the pair ranker).
 */
export type ModelTask = (typeof MODEL_TASKS)[number];

export interface TrainingFile {
  /** File name as given to `faultline train` (base name only). */
  name: string;
  format: string;
  items: number;
}

export interface ModelFile {
  task: ModelTask;
  /** Version of the feature extractor the weights belong to. */
  features: string;
  model: LinearModel;
  training: {
    files: TrainingFile[];
    /** Options the trainer ran with. */
    options: Record<string, number>;
    /** FNV-1a hashes (base 36) of the training sentences. */
    sentences: string[];
  };
}

const FORMAT = 'faultline-linear-model';

const Schema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  task: z.enum(MODEL_TASKS),
  features: z.string(),
  kind: z.enum(['logistic', 'naive-bayes']),
  labels: z.array(z.string()).min(2),
  bias: z.array(z.number()),
  weights: z.record(z.string(), z.array(z.number())),
  training: z.object({
    files: z.array(z.object({ name: z.string(), format: z.string(), items: z.number().int().nonnegative() })),
    options: z.record(z.string(), z.number()),
    sentences: z.array(z.string()),
  }),
});

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/** The model as JSON text (weights rounded to 4 decimals, features sorted). */
export function serializeModelFile(file: ModelFile): string {
  const weights: Record<string, number[]> = {};
  for (const name of [...file.model.weights.keys()].sort()) {
    const w = file.model.weights.get(name) ?? [];
    if (w.some((x) => round(x) !== 0)) weights[name] = w.map(round);
  }
  const json = {
    format: FORMAT,
    version: 1,
    task: file.task,
    features: file.features,
    kind: file.model.kind,
    labels: file.model.labels,
    bias: file.model.bias.map(round),
    weights,
    training: file.training,
  };
  // One feature per line keeps the file diffable.
  return (
    JSON.stringify({ ...json, weights: {} }, null, 1)
      .replace('"weights": {}', `"weights": {\n${Object.entries(weights).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n }`) + '\n'
  );
}

export type ParsedModel = { ok: true; file: ModelFile } | { ok: false; problems: string[] };

export function parseModelFile(text: string): ParsedModel {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [`not JSON: ${e instanceof Error ? e.message : String(e)}`] };
  }
  const parsed = Schema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`) };
  const d = parsed.data;
  const K = d.labels.length;
  const problems: string[] = [];
  if (d.bias.length !== K) problems.push(`bias has ${d.bias.length} values for ${K} labels`);
  for (const [name, w] of Object.entries(d.weights)) if (w.length !== K) problems.push(`weights.${name} has ${w.length} values for ${K} labels`);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    file: {
      task: d.task,
      features: d.features,
      model: { kind: d.kind, labels: d.labels, bias: d.bias, weights: new Map(Object.entries(d.weights)) },
      training: d.training,
    },
  };
}
