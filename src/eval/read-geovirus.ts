// Reads a GeoVirus-layout gold file from disk (I/O; the parsing is pure).

import { readFile } from 'node:fs/promises';
import { parseGeovirus, type GeovirusArticle } from './parse-geovirus.js';
import type { Parsed } from './parse-problem.js';

export async function readGeovirus(path: string): Promise<Parsed<GeovirusArticle>> {
  return parseGeovirus(await readFile(path, 'utf8'), path);
}
