// A report submitted to POST /api/v1/documents, read as `faultline ingest`
// reads a file: JSON (one report object: text, title, url, source,
// publishedAt …), plain text, or an HTML page (its article extracted).

import { z } from 'zod';
import { parseDocumentRecord } from '../ingest/document-record.js';
import { extractHtml } from '../ingest/extract-html.js';
import { makeDocument, type DocumentDefaults, type DocumentInput } from '../ingest/make-document.js';
import { normalisePublishedAt } from '../ingest/normalise-published-at.js';
import type { Document } from '../records.js';
import { ApiError } from './api-error.js';

/** What the query string may add to a submission: defaults for what the report does not say. */
export const submissionQuerySchema = z.strictObject({
  date: z.iso.date().optional().meta({ description: 'Publication date (YYYY-MM-DD) for a report that carries none.' }),
  source: z.string().min(1).max(200).optional().meta({ description: 'Source name for a report that names none.' }),
  title: z.string().min(1).max(500).optional().meta({ description: 'Title of a plain-text report.' }),
});

export type SubmissionQuery = z.infer<typeof submissionQuerySchema>;

/** The media types read, by the format they carry. */
export const SUBMISSION_TYPES = {
  'application/json': 'json',
  'text/plain': 'text',
  'text/html': 'html',
} as const;

type Format = (typeof SUBMISSION_TYPES)[keyof typeof SUBMISSION_TYPES];

function formatOf(contentType: string | undefined): Format {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type in SUBMISSION_TYPES) return SUBMISSION_TYPES[type as keyof typeof SUBMISSION_TYPES];
  throw new ApiError(
    415,
    'unsupported-media-type',
    `send the report as ${Object.keys(SUBMISSION_TYPES).join(', ')}; got ${type === '' ? 'no Content-Type' : `"${type}"`}`,
  );
}

function inputOf(format: Format, body: string, query: SubmissionQuery): DocumentInput {
  switch (format) {
    case 'json': {
      let value: unknown;
      try {
        value = JSON.parse(body);
      } catch (error) {
        throw new ApiError(400, 'bad-request', `malformed JSON: ${error instanceof Error ? error.message : String(error)}`);
      }
      const record = parseDocumentRecord(value);
      if (!record.ok) throw new ApiError(400, 'bad-request', record.reason);
      return record.input;
    }
    case 'text':
      return { text: body, title: query.title ?? null };
    case 'html': {
      const article = extractHtml(body);
      if (article.text.trim() === '') throw new ApiError(400, 'bad-request', 'no text found in the HTML page');
      const published = article.publishedAt === null ? null : normalisePublishedAt(article.publishedAt);
      return { text: article.text, title: article.title ?? query.title ?? null, url: article.url, source: article.siteName, publishedAt: published };
    }
  }
}

/** The Document a request body makes, or an ApiError (400 or 415) saying why it cannot be one. */
export function readSubmission(contentType: string | undefined, body: string, query: SubmissionQuery): Document {
  const format = formatOf(contentType);
  if (body.trim() === '') throw new ApiError(400, 'bad-request', 'the report is empty');
  const input = inputOf(format, body, query);
  const defaults: DocumentDefaults = {
    ...(query.date === undefined ? {} : { date: query.date }),
    ...(query.source === undefined ? {} : { source: query.source }),
  };
  try {
    return makeDocument(input, defaults);
  } catch (error) {
    throw new ApiError(400, 'bad-request', error instanceof Error ? error.message : String(error));
  }
}
