// Shared by the format tests: a fresh in-memory store, a few events of our
// own (compound actors, an IGO, places of every precision, an undated one),
// import and export through the same functions the CLI uses.

import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { exportEvents, type ExportFormat } from '../../src/cli/export.js';
import { importRows, rowsOf, type ForeignFormat, type FormatImportSummary } from '../../src/cli/import-formats.js';
import type { Event } from '../../src/records.js';
import { ACTORS, TEXTS, assaultEvent, makeDocument, makeEvent, makeSentences, praiseEvent } from '../store/fixtures.js';

export function openMemoryStore(): Store {
  return SqliteStore.open(':memory:');
}

export async function exportText(store: Store, format: ExportFormat): Promise<string> {
  let out = '';
  await exportEvents(store, format, {}, (t) => {
    out += t;
  });
  return out;
}

export async function importText(store: Store, format: ForeignFormat, text: string): Promise<FormatImportSummary> {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return importRows(rowsOf(format, lines), store);
}

/** Stores three documents of our own with seven events, one undated. */
export async function storeOwnEvents(store: Store): Promise<Event[]> {
  const forum = makeDocument(TEXTS.forum, { publishedAt: '2025-06-13' });
  const strikes = makeDocument(TEXTS.strikes, { publishedAt: '2025-06-14', source: 'VOA' });
  const council = makeDocument(TEXTS.council, { source: null, url: null, publishedAt: null });
  const forumEvents = [
    praiseEvent(forum, 'forum-2', { date: '2025-06-13', sentence: 1 }),
    makeEvent(forum, 'forum-1', { date: '2025-06-13', sentence: 1, source: [ACTORS.iraqGov, ACTORS.un], mode: 'verbal', context: 'military;diplomatic' }),
    makeEvent(forum, 'forum-3', { date: '2025-06-13', location: { name: 'Iraq', country: 'IRQ', admin1: null, lat: 33, lon: 44, geonamesId: 99237, precision: 'country' } }),
  ];
  const strikesEvents = [
    assaultEvent(strikes, 'strikes-1', { date: '2025-06-14', location: { name: 'Isfahan', country: 'IRN', admin1: 'Isfahan', lat: 32.65246, lon: 51.67462, geonamesId: 418863, precision: 'division' } }),
    makeEvent(strikes, 'strikes-2', { date: '2025-06-15', sentence: 1, source: [ACTORS.iran], target: [ACTORS.israelMil], location: null, speaker: ACTORS.iran, confidence: 0.55 }),
  ];
  const councilEvents = [
    makeEvent(council, 'council-1', { date: '2025-06-16', source: [ACTORS.un], target: [ACTORS.iran, ACTORS.israelMil], cameo: '040', plover: 'CONSULT', quad: 1, goldstein: 1 }),
    makeEvent(council, 'council-2', { date: null }),
  ];
  await store.saveDocument(forum, makeSentences(forum), forumEvents);
  await store.saveDocument(strikes, makeSentences(strikes), strikesEvents);
  await store.saveDocument(council, makeSentences(council), councilEvents);
  return [...forumEvents, ...strikesEvents, ...councilEvents];
}

export const SHARED_DEV = new URL('../../../shared/eval/dev/', import.meta.url);
