// Reads data/cameo/events.tsv and data/cameo/plover.tsv once and builds the
// CAMEO table. I/O: the parsing and joining live in the pure cameo-table.ts.

import { readDataFile } from '../data-dir.js';
import { buildCameoTable, parseCameoEvents, parseCameoPlover, type CameoProblem, type CameoTable } from './cameo-table.js';

const EVENTS_FILE = 'cameo/events.tsv';
const PLOVER_FILE = 'cameo/plover.tsv';

let cached: CameoTable | undefined;

/** Renders problems one per line as `file:line: message`. */
export function formatCameoProblems(problems: readonly CameoProblem[]): string {
  return problems.map((p) => (p.line > 0 ? `${p.file}:${p.line}: ${p.message}` : `${p.file}: ${p.message}`)).join('\n');
}

/**
 * The CAMEO table shipped in data/cameo/, built on first call and cached.
 * Throws one Error listing every problem when either file is malformed or the
 * two files disagree on the set of codes.
 */
export function loadCameoTable(): CameoTable {
  if (cached !== undefined) return cached;
  const events = parseCameoEvents(readDataFile(EVENTS_FILE), EVENTS_FILE);
  const plover = parseCameoPlover(readDataFile(PLOVER_FILE), PLOVER_FILE);
  const table = buildCameoTable(events.rows, plover.rows, { events: EVENTS_FILE, plover: PLOVER_FILE });
  const problems = [...events.problems, ...plover.problems, ...table.problems];
  if (problems.length > 0) {
    throw new Error(`CAMEO data has ${problems.length} problem(s):\n${formatCameoProblems(problems)}`);
  }
  cached = table;
  return table;
}
