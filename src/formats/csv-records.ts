// RFC 4180 CSV, fed one line at a time (quoted fields may span lines), so a
// file of any size streams through in bounded memory. Pure.

export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  cells: string[];
}

export class CsvRecords {
  #cells: string[] = [];
  #cell = '';
  #inQuotes = false;
  #start = 0;
  #line = 0;

  /** Feeds the next line (without its newline); returns a record when one is complete. */
  push(text: string): CsvRecord | null {
    this.#line++;
    if (!this.#inQuotes) {
      this.#start = this.#line;
      this.#cells = [];
      this.#cell = '';
    } else {
      this.#cell += '\n';
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (this.#inQuotes) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            this.#cell += '"';
            i++;
          } else this.#inQuotes = false;
        } else this.#cell += c;
      } else if (c === '"') this.#inQuotes = true;
      else if (c === ',') {
        this.#cells.push(this.#cell);
        this.#cell = '';
      } else if (c !== '\r' || i !== text.length - 1) this.#cell += c;
    }
    if (this.#inQuotes) return null;
    this.#cells.push(this.#cell);
    return { line: this.#start, cells: this.#cells };
  }

  /** True when the input ended inside a quoted field. */
  get unterminated(): boolean {
    return this.#inQuotes;
  }

  /** Line where the unfinished record started. */
  get pendingLine(): number {
    return this.#start;
  }
}

/** One CSV cell, quoted when it needs to be. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
