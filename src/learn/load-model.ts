// Reads a shipped model file from data/model/ (or any path). I/O: the model
// code itself is pure and receives the parsed file.

import { existsSync, readFileSync } from 'node:fs';
import { dataPath } from '../data-dir.js';
import { parseModelFile, type ModelFile, type ModelTask } from './model-file.js';

/** Default file of each task's shipped model, under data/. */
export const MODEL_FILES: Readonly<Record<ModelTask, string>> = {
  relation: 'model/relation.json',
  penta: 'model/penta.json',
  pair: 'model/pair.json',
};

export class ModelFileError extends Error {
  override readonly name = 'ModelFileError';
}

const cache = new Map<string, ModelFile>();

/** Reads and validates a model file; throws ModelFileError naming the file. */
export function readModelFile(path: string): ModelFile {
  const hit = cache.get(path);
  if (hit) return hit;
  const parsed = parseModelFile(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new ModelFileError(`${path}: ${parsed.problems.slice(0, 5).join('; ')}`);
  cache.set(path, parsed.file);
  return parsed.file;
}

/** The shipped model of a task, or null when the package has none. */
export function loadShippedModel(task: ModelTask): ModelFile | null {
  const path = dataPath(MODEL_FILES[task]);
  if (!existsSync(path)) return null;
  const file = readModelFile(path);
  if (file.task !== task) throw new ModelFileError(`${path}: a ${file.task} model, expected ${task}`);
  return file;
}
