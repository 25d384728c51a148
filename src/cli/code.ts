// `faultline code`: text in, events out, nothing stored.

import { makeDocument } from '../ingest/make-document.js';
import { loadResources } from '../load-resources.js';
import { processDocument } from '../pipeline.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { formatEvents } from './format-events.js';

export async function codeCommand(
  io: CliIo,
  o: { text?: string; date?: string; country?: string; format: 'json' | 'jsonl' | 'table'; dicts?: readonly string[] },
): Promise<void> {
  const text = o.text ?? (await io.readStdin());
  if (text.trim() === '') throw new CliError('no-input', 'no text to code: pass --text or pipe text on stdin');
  if (o.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.date)) throw new CliError('bad-date', `--date must be YYYY-MM-DD, got "${o.date}"`);
  if (o.country !== undefined && !/^[A-Z]{3}$/.test(o.country)) throw new CliError('bad-country', `--country must be an ISO 3166-1 alpha-3 code, got "${o.country}"`);
  const res = loadResources({ dicts: o.dicts ?? [] });
  const doc = makeDocument({ text }, o.date === undefined ? {} : { date: o.date });
  const coded = processDocument(doc, res, o.country === undefined ? {} : { homeCountry: o.country });
  // `code` stores nothing: events carry no document id.
  const events = coded.events.map((e) => ({ ...e, docId: null }));
  io.stdout(formatEvents(events, o.format));
}

