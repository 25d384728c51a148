// The CAMEO event table and the CAMEO → PLOVER crosswalk, parsed from the two
// editable TSV files in data/cameo/ (see data/cameo/README.md).
//
// Pure: the caller reads the files and passes their text in. Parsers collect
// problems as data ({file, line, message}) and keep going; buildCameoTable
// joins the two row lists and reports codes that appear in only one of them.

import { PLOVER_TYPES, type PloverType, type Quad } from '../records.js';

/** One input problem, located by file name and 1-based line number. */
export interface CameoProblem {
  file: string;
  /** 1-based line number; 0 when the problem is not tied to one line. */
  line: number;
  message: string;
}

/** A row of data/cameo/events.tsv. */
export interface CameoEventRow {
  code: string;
  name: string;
  goldstein: number;
  quad: Quad;
  line: number;
}

/** A row of data/cameo/plover.tsv. */
export interface CameoPloverRow {
  code: string;
  plover: PloverType;
  mode: string | null;
  context: string | null;
  line: number;
}

export interface ParseResult<Row> {
  rows: Row[];
  problems: CameoProblem[];
}

/** Everything known about one CAMEO event code. */
export interface CameoCode {
  /** The code as text with its leading zeros: "010", "0311", "111". */
  code: string;
  name: string;
  /** Goldstein weight, −10 … +10. */
  goldstein: number;
  quad: Quad;
  plover: PloverType;
  mode: string | null;
  context: string | null;
}

/** Penta class: 0 statements/appeals, 1 verbal cooperation … 4 material conflict. */
export type Penta = 0 | 1 | 2 | 3 | 4;

export interface CameoTable {
  get(code: string): CameoCode | undefined;
  has(code: string): boolean;
  /** Every code, in file order. */
  all(): readonly CameoCode[];
  /** The two-digit root of a code ("111" → "11", "0311" → "03"). */
  root(code: string): string;
  /** 0 for roots 01–02, 1 for 03–05, 2 for 06–08, 3 for 09–13, 4 for 14–20. */
  penta(code: string): Penta;
  /** Problems found while joining the two files (empty when both agree). */
  readonly problems: readonly CameoProblem[];
}

/** A CAMEO event code: a root 01–20 followed by zero to two more digits. */
const CODE_RE = /^(0[1-9]|1\d|20)\d{0,2}$/;

const PLOVER_SET: ReadonlySet<string> = new Set(PLOVER_TYPES);

function isPloverType(value: string): value is PloverType {
  return PLOVER_SET.has(value);
}

/** True when `code` is shaped like a CAMEO event code (2–4 digits, root 01–20). */
export function isCameoCode(code: string): boolean {
  return CODE_RE.test(code);
}

/** The two-digit root of a code ("111" → "11"). */
export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}

/** Quad class of a root: 1 for 01–05, 2 for 06–08, 3 for 09–13, 4 for 14–20. */
export function quadOfCode(code: string): Quad {
  if (!isCameoCode(code)) throw new RangeError(`not a CAMEO event code: "${code}"`);
  const root = Number(cameoRoot(code));
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

/** Penta class of a code: quad 1 split into statements/appeals (0) and the rest (1). */
export function pentaOfCode(code: string): Penta {
  if (!isCameoCode(code)) throw new RangeError(`not a CAMEO event code: "${code}"`);
  const root = Number(cameoRoot(code));
  if (root <= 2) return 0;
  return quadOfCode(code);
}

interface DataLine {
  line: number;
  cells: string[];
}

/** Splits TSV text into data lines, skipping blank lines and `#` comments. */
function dataLines(text: string): DataLine[] {
  const out: DataLine[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    out.push({ line: i + 1, cells: raw.split('\t').map((cell) => cell.trim()) });
  }
  return out;
}

/** Checks the code cell and that it was not seen before; returns an error message or null. */
function checkCode(code: string, seen: Map<string, number>): string | null {
  if (!isCameoCode(code)) return `bad CAMEO code "${code}" (expected 2-4 digits with root 01-20, leading zeros kept)`;
  const first = seen.get(code);
  if (first !== undefined) return `duplicate code "${code}" (first on line ${first})`;
  return null;
}

/** Parses data/cameo/events.tsv: `code<TAB>name<TAB>goldstein<TAB>quad`. */
export function parseCameoEvents(text: string, file: string): ParseResult<CameoEventRow> {
  const rows: CameoEventRow[] = [];
  const problems: CameoProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of dataLines(text)) {
    const report = (message: string): void => {
      problems.push({ file, line, message });
    };
    if (cells.length !== 4) {
      report(`expected 4 tab-separated columns (code, name, goldstein, quad), found ${cells.length}`);
      continue;
    }
    const [code = '', name = '', goldsteinText = '', quadText = ''] = cells;
    const codeProblem = checkCode(code, seen);
    if (codeProblem !== null) {
      report(codeProblem);
      continue;
    }
    if (name === '') {
      report(`code ${code}: empty name`);
      continue;
    }
    const goldstein = Number(goldsteinText);
    if (goldsteinText === '' || !Number.isFinite(goldstein) || goldstein < -10 || goldstein > 10) {
      report(`code ${code}: Goldstein weight "${goldsteinText}" is not a number in -10..10`);
      continue;
    }
    const quad = quadOfCode(code);
    if (quadText !== String(quad)) {
      report(`code ${code}: quad "${quadText}" does not match root ${cameoRoot(code)} (expected ${quad})`);
      continue;
    }
    seen.set(code, line);
    rows.push({ code, name, goldstein, quad, line });
  }
  return { rows, problems };
}

/** Parses data/cameo/plover.tsv: `code<TAB>plover<TAB>mode<TAB>context` (empty cell = none). */
export function parseCameoPlover(text: string, file: string): ParseResult<CameoPloverRow> {
  const rows: CameoPloverRow[] = [];
  const problems: CameoProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of dataLines(text)) {
    const report = (message: string): void => {
      problems.push({ file, line, message });
    };
    if (cells.length < 2 || cells.length > 4) {
      report(`expected 2 to 4 tab-separated columns (code, plover, mode, context), found ${cells.length}`);
      continue;
    }
    const [code = '', plover = '', mode = '', context = ''] = cells;
    const codeProblem = checkCode(code, seen);
    if (codeProblem !== null) {
      report(codeProblem);
      continue;
    }
    if (!isPloverType(plover)) {
      report(`code ${code}: "${plover}" is not a PLOVER event type (${PLOVER_TYPES.join(' ')})`);
      continue;
    }
    if (/\s/.test(mode) || /\s/.test(context)) {
      report(`code ${code}: mode and context must not contain spaces (separate contexts with ";")`);
      continue;
    }
    seen.set(code, line);
    rows.push({ code, plover, mode: mode === '' ? null : mode, context: context === '' ? null : context, line });
  }
  return { rows, problems };
}

/** Names of the two files, for problems that concern both. */
export interface CameoFileNames {
  events: string;
  plover: string;
}

/**
 * Joins event rows and crosswalk rows into a table. Codes present in only one
 * of the two lists are left out of the table and reported in `problems`.
 */
export function buildCameoTable(
  events: readonly CameoEventRow[],
  plover: readonly CameoPloverRow[],
  files: CameoFileNames = { events: 'cameo/events.tsv', plover: 'cameo/plover.tsv' },
): CameoTable {
  const problems: CameoProblem[] = [];
  const crosswalk = new Map<string, CameoPloverRow>();
  for (const row of plover) crosswalk.set(row.code, row);

  const byCode = new Map<string, CameoCode>();
  const list: CameoCode[] = [];
  for (const event of events) {
    const mapping = crosswalk.get(event.code);
    if (mapping === undefined) {
      problems.push({ file: files.plover, line: 0, message: `code ${event.code} (${files.events} line ${event.line}) has no PLOVER mapping` });
      continue;
    }
    const entry: CameoCode = {
      code: event.code,
      name: event.name,
      goldstein: event.goldstein,
      quad: event.quad,
      plover: mapping.plover,
      mode: mapping.mode,
      context: mapping.context,
    };
    byCode.set(entry.code, entry);
    list.push(entry);
  }
  const known = new Set(events.map((event) => event.code));
  for (const row of plover) {
    if (!known.has(row.code)) {
      problems.push({ file: files.plover, line: row.line, message: `code ${row.code} is not in ${files.events}` });
    }
  }

  return {
    get: (code) => byCode.get(code),
    has: (code) => byCode.has(code),
    all: () => list,
    root: cameoRoot,
    penta: pentaOfCode,
    problems,
  };
}
