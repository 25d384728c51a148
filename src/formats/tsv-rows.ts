// Rows of the small TSV tables in data/formats/: one row a line, '#' starts a
// comment line, blank lines are skipped, cells separated by one TAB. Pure.

export interface TsvRow {
  /** 1-based line number in the file. */
  line: number;
  cells: string[];
}

export function tsvRows(text: string): TsvRow[] {
  const rows: TsvRow[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    rows.push({ line: i + 1, cells: raw.split('\t').map((c) => c.trim()) });
  });
  return rows;
}
