// Events as CSV rows for spreadsheets and R/pandas: one row per event, actors
// flattened (several joined by ";"), one column per place field. Pure.

import type { Actor, Event } from '../records.js';
import { csvCell } from './csv-records.js';

export const EVENT_CSV_COLUMNS = [
  'id', 'date', 'source_name', 'source_country', 'source_igo', 'source_sector',
  'cameo', 'plover', 'mode', 'context', 'quad', 'goldstein',
  'target_name', 'target_country', 'target_igo', 'target_sector',
  'place', 'place_country', 'place_admin1', 'lat', 'lon', 'geonames_id', 'place_precision',
  'confidence', 'doc_id', 'sentence', 'rule', 'text', 'urls',
] as const;

export function eventCsvHeader(): string {
  return EVENT_CSV_COLUMNS.join(',');
}

const joined = (actors: readonly Actor[], f: (a: Actor) => string | null): string => actors.map((a) => f(a) ?? '').join(';');

/** One row; `urls` are the event's report addresses (from its mentions). */
export function eventCsvRow(e: Event, urls: readonly string[] = []): string {
  const p = e.location;
  const cells: Record<(typeof EVENT_CSV_COLUMNS)[number], string | number | null> = {
    id: e.id,
    date: e.date,
    source_name: joined(e.source, (a) => a.name),
    source_country: joined(e.source, (a) => a.country),
    source_igo: joined(e.source, (a) => a.igo),
    source_sector: joined(e.source, (a) => a.sector),
    cameo: e.cameo,
    plover: e.plover,
    mode: e.mode,
    context: e.context,
    quad: e.quad,
    goldstein: e.goldstein,
    target_name: joined(e.target, (a) => a.name),
    target_country: joined(e.target, (a) => a.country),
    target_igo: joined(e.target, (a) => a.igo),
    target_sector: joined(e.target, (a) => a.sector),
    place: p?.name ?? null,
    place_country: p?.country ?? null,
    place_admin1: p?.admin1 ?? null,
    lat: p?.lat ?? null,
    lon: p?.lon ?? null,
    geonames_id: p?.geonamesId ?? null,
    place_precision: p?.precision ?? null,
    confidence: e.confidence,
    doc_id: e.docId,
    sentence: e.sentence,
    rule: e.evidence.rule,
    text: e.evidence.text,
    urls: urls.join(' '),
  };
  return EVENT_CSV_COLUMNS.map((c) => csvCell(cells[c])).join(',');
}
