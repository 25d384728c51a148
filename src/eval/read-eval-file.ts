// Reads a gold file from disk and parses it (I/O; the parsing is pure).

import { readFile } from 'node:fs/promises';
import { parseEvalFile, type EvalFile, type EvalFormat } from './eval-format.js';

export async function readEvalFile(path: string, format: EvalFormat): Promise<EvalFile> {
  return parseEvalFile(await readFile(path, 'utf8'), path, format);
}
