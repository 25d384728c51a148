// Renders events for listings: table, json, jsonl, csv.

import type { Actor, Event } from '../records.js';

export type ListFormat = 'table' | 'json' | 'jsonl' | 'csv';
export const LIST_FORMATS: readonly ListFormat[] = ['table', 'json', 'jsonl', 'csv'];

/** "IRQ/GOV", "UNO", "Hamas" — the short form of an actor used in tables. */
export function actorLabel(a: Actor): string {
  const base = a.country ?? a.igo ?? a.name;
  return a.sector && a.sector !== 'IGO' ? `${base}/${a.sector}` : base;
}

export function actorsLabel(actors: readonly Actor[]): string {
  return actors.length === 0 ? '-' : actors.map(actorLabel).join('+');
}

const CSV_COLUMNS = ['id', 'docId', 'sentence', 'date', 'source', 'cameo', 'plover', 'mode', 'context', 'target', 'quad', 'goldstein', 'speaker', 'location', 'confidence', 'rule', 'text'] as const;

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvRow(e: Event): string {
  const cells: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
    id: e.id,
    docId: e.docId,
    sentence: e.sentence,
    date: e.date,
    source: actorsLabel(e.source),
    cameo: e.cameo,
    plover: e.plover,
    mode: e.mode,
    context: e.context,
    target: actorsLabel(e.target),
    quad: e.quad,
    goldstein: e.goldstein,
    speaker: e.speaker ? actorLabel(e.speaker) : null,
    location: e.location?.name ?? null,
    confidence: e.confidence,
    rule: e.evidence.rule,
    text: e.evidence.text,
  };
  return CSV_COLUMNS.map((c) => csvCell(cells[c])).join(',');
}

/** Pads columns of a text table. */
export function textTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

function verbText(e: Event): string {
  return e.evidence.text.slice(e.evidence.spans.verb.start, e.evidence.spans.verb.end);
}

export function formatEvents(events: readonly Event[], format: ListFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(events, null, 2) + '\n';
    case 'jsonl':
      return events.map((e) => JSON.stringify(e)).join('\n') + (events.length > 0 ? '\n' : '');
    case 'csv':
      return [CSV_COLUMNS.join(','), ...events.map(csvRow)].join('\n') + '\n';
    case 'table':
      return textTable(
        ['id', 'date', 'source', 'event', 'cameo', 'target', 'goldstein', 'verb'],
        events.map((e) => [
          e.id,
          e.date ?? '-',
          actorsLabel(e.source),
          e.plover,
          e.cameo,
          actorsLabel(e.target),
          e.goldstein.toFixed(1),
          verbText(e),
        ]),
      );
  }
}
