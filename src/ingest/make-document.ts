// Builds a Document from a report's text and what its file says about it.

import { createHash } from 'node:crypto';
import { parseDateline } from '../nlp/dateline.js';
import { identityText, normaliseText } from '../nlp/normalise.js';
import type { Document } from '../records.js';
import { normalisePublishedAt } from './normalise-published-at.js';

/** What a file gives for one report. Only `text` is required. */
export interface DocumentInput {
  text: string;
  title?: string | null | undefined;
  url?: string | null | undefined;
  source?: string | null | undefined;
  /** Any form normalisePublishedAt reads; kept as the date only. */
  publishedAt?: string | number | null | undefined;
  /** The dateline place, when the file names it; otherwise read from the text. */
  dateline?: string | null | undefined;
  language?: string | null | undefined;
}

/** Defaults for what a file does not say (the CLI's --date and --source). */
export interface DocumentDefaults {
  /** Publication date for reports that carry none. */
  date?: string | undefined;
  /** Source for reports that carry none and have no agency in their dateline. */
  source?: string | undefined;
}

/** Document id: the first 16 hex digits of the SHA-256 of the text's identity form. */
export function documentId(text: string): string {
  return createHash('sha256').update(identityText(text), 'utf8').digest('hex').slice(0, 16);
}

function clean(value: string | null | undefined): string | null {
  const s = value?.trim();
  return s === undefined || s === '' ? null : s;
}

/**
 * Makes a Document: text normalised (normaliseText), id from its identity
 * form, dateline place and agency read from the start of the text.
 * Source: the file's, else the dateline agency, else `defaults.source`.
 * Publication date: the file's, else `defaults.date`, as YYYY-MM-DD.
 * The text is kept whole, dateline included (it is what the report says);
 * `parseDateline(doc.text)?.end` gives where its body starts.
 * Throws RangeError on empty text or an unreadable date: readers validate first.
 */
export function makeDocument(input: DocumentInput, defaults: DocumentDefaults = {}): Document {
  const text = normaliseText(input.text);
  if (text === '') throw new RangeError('document text is empty');
  const dateline = parseDateline(text);

  let publishedAt: string | null = null;
  const given = input.publishedAt ?? clean(defaults.date);
  if (given !== null && given !== undefined && given !== '') {
    publishedAt = normalisePublishedAt(given);
    if (publishedAt === null) throw new RangeError(`not a recognised date: ${JSON.stringify(given)}`);
  }

  return {
    id: documentId(text),
    source: clean(input.source) ?? dateline?.source ?? clean(defaults.source),
    url: clean(input.url),
    title: clean(input.title)?.replace(/\s+/g, ' ') ?? null,
    publishedAt,
    dateline: clean(input.dateline) ?? dateline?.place ?? null,
    language: clean(input.language) ?? 'en',
    text,
  };
}
