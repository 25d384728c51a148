// One report as a JSON object (a .json file, an element of a .json array, or
// a .jsonl line), validated at the boundary.

import { z } from 'zod';
import type { DocumentInput } from './make-document.js';
import { normalisePublishedAt } from './normalise-published-at.js';

const optionalString = z.string({ error: 'must be a string' }).nullish();
const optionalDate = z.union([z.string(), z.number()], { error: 'must be a date string or a number' }).nullish();

/** The publication-date keys read, in order of preference. */
const DATE_KEYS = ['publishedAt', 'published', 'date'] as const;

/**
 * A report object: `text` is required; `title`, `url`, `source`, `dateline`,
 * `language` and the publication date (`publishedAt`, or its aliases
 * `published` and `date`) are optional. Other keys are ignored.
 */
export const DocumentRecordSchema = z
  .object({
    text: z
      .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
      .refine((s) => s.trim() !== '', 'is empty'),
    title: optionalString,
    url: optionalString,
    source: optionalString,
    dateline: optionalString,
    language: optionalString,
    publishedAt: optionalDate,
    published: optionalDate,
    date: optionalDate,
  })
  .superRefine((record, ctx) => {
    const date = pickDate(record);
    if (date !== null && normalisePublishedAt(date.value) === null) {
      ctx.addIssue({ code: 'custom', path: [date.key], message: `is not a recognised date (${JSON.stringify(date.value)})` });
    }
  });

/** The first publication-date key that has a value. */
function pickDate(
  record: Partial<Record<(typeof DATE_KEYS)[number], string | number | null | undefined>>,
): { key: string; value: string | number } | null {
  for (const key of DATE_KEYS) {
    const value = record[key];
    if (value !== null && value !== undefined && value !== '') return { key, value };
  }
  return null;
}

export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

export type RecordResult = { ok: true; input: DocumentInput } | { ok: false; reason: string };

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** Validates one parsed JSON value as a report; the reason names each bad field. */
export function parseDocumentRecord(value: unknown): RecordResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: `expected a JSON object with a "text" field, got ${kind(value)}` };
  }
  const parsed = DocumentRecordSchema.safeParse(value);
  if (!parsed.success) {
    const reason = parsed.error.issues
      .map((issue) => (issue.path.length > 0 ? `"${issue.path.join('.')}" ${issue.message}` : issue.message))
      .join('; ');
    return { ok: false, reason };
  }
  const r = parsed.data;
  const date = pickDate(r);
  return {
    ok: true,
    input: {
      text: r.text,
      title: r.title,
      url: r.url,
      source: r.source,
      dateline: r.dateline,
      language: r.language,
      publishedAt: date === null ? null : date.value,
    },
  };
}
