// Reads one file into Documents: plain text, HTML, JSON and JSON Lines.
// Every problem is reported as data, by file (and line), never thrown.

import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Document } from '../records.js';
import { decodeText } from './decode-text.js';
import { parseDocumentRecord } from './document-record.js';
import { extractHtml } from './extract-html.js';
import { makeDocument, type DocumentDefaults, type DocumentInput } from './make-document.js';
import { normalisePublishedAt } from './normalise-published-at.js';

/** What reading one report gave: a Document, a failure with its reason, or a skipped file. */
export type ReadResult =
  | { ok: true; file: string; line?: number; index?: number; document: Document }
  | { ok: false; skipped?: false; file: string; line?: number; index?: number; reason: string }
  | { ok: false; skipped: true; file: string; reason: string };

export interface ReadOptions extends DocumentDefaults {
  /** Files larger than this are refused before reading. Default 20 MiB. */
  maxBytes?: number | undefined;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

type Format = 'text' | 'html' | 'json' | 'jsonl';

const FORMATS: ReadonlyMap<string, Format> = new Map([
  ['.txt', 'text'],
  ['.text', 'text'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.json', 'json'],
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
]);

/** File extensions read (lower case, with the dot). */
export const SUPPORTED_EXTENSIONS: readonly string[] = [...FORMATS.keys()];

/** One line for a person: "reports/a.jsonl:3: malformed JSON: …". */
export function describeReadResult(result: ReadResult): string {
  const where =
    'line' in result && result.line !== undefined
      ? `${result.file}:${result.line}`
      : 'index' in result && result.index !== undefined
        ? `${result.file}[${result.index}]`
        : result.file;
  if (result.ok) return `${where}: ${result.document.id}`;
  return `${where}: ${result.skipped === true ? 'skipped: ' : ''}${result.reason}`;
}

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** A file-system or parse error as a short reason ("no such file or directory"). */
export function fileErrorReason(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = String(error.code);
    if (code === 'ENOENT') return 'no such file or directory';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'EISDIR') return 'is a directory';
  }
  return error instanceof Error ? error.message : String(error);
}

/** A Document from one input, or the reason it cannot be one. */
function build(input: DocumentInput, options: ReadOptions): { document: Document } | { reason: string } {
  try {
    return { document: makeDocument(input, options) };
  } catch (error) {
    return { reason: fileErrorReason(error) };
  }
}

function fromInput(file: string, input: DocumentInput, options: ReadOptions, at: { line?: number; index?: number }): ReadResult {
  const built = build(input, options);
  return 'document' in built ? { ok: true, file, ...at, document: built.document } : { ok: false, file, ...at, reason: built.reason };
}

function fromValue(file: string, value: unknown, options: ReadOptions, at: { line?: number; index?: number }): ReadResult {
  const record = parseDocumentRecord(value);
  return record.ok ? fromInput(file, record.input, options, at) : { ok: false, file, ...at, reason: record.reason };
}

function readJson(file: string, text: string, options: ReadOptions): ReadResult[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [{ ok: false, file, reason: `malformed JSON: ${fileErrorReason(error)}` }];
  }
  if (!Array.isArray(value)) return [fromValue(file, value, options, {})];
  if (value.length === 0) return [{ ok: false, file, reason: 'empty JSON array: no reports' }];
  return value.map((item: unknown, index) => fromValue(file, item, options, { index }));
}

function readJsonLines(file: string, text: string, options: ReadOptions): ReadResult[] {
  const results: ReadResult[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim() ?? '';
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      results.push({ ok: false, file, line: i + 1, reason: `malformed JSON: ${fileErrorReason(error)}` });
      continue;
    }
    results.push(fromValue(file, value, options, { line: i + 1 }));
  }
  return results;
}

function readHtml(file: string, html: string, options: ReadOptions): ReadResult {
  const article = extractHtml(html);
  if (article.text.trim() === '') return { ok: false, file, reason: 'no text found in the HTML page' };
  // A page's own date that cannot be read is dropped rather than failing the page.
  const published = article.publishedAt === null ? null : normalisePublishedAt(article.publishedAt);
  return fromInput(
    file,
    { text: article.text, title: article.title, url: article.url, source: article.siteName, publishedAt: published },
    options,
    {},
  );
}

/**
 * Reads one file. The format comes from the extension (.txt/.text, .html/.htm,
 * .json, .jsonl/.ndjson); other files are skipped. A .json file holds one
 * report object or an array of them, a .jsonl file one object a line; each bad
 * element or line is one failure and the others are still read.
 */
export async function readDocument(file: string, options: ReadOptions = {}): Promise<ReadResult[]> {
  const ext = extname(file).toLowerCase();
  const format = FORMATS.get(ext);
  if (format === undefined) {
    return [{ ok: false, skipped: true, file, reason: ext === '' ? 'no file extension' : `unsupported file type "${ext}"` }];
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (!info.isFile()) return [{ ok: false, file, reason: 'not a regular file' }];
    if (info.size === 0) return [{ ok: false, file, reason: 'empty file' }];
    if (info.size > maxBytes) return [{ ok: false, file, reason: `file too large (${mib(info.size)}; the limit is ${mib(maxBytes)})` }];
    bytes = await readFile(file);
  } catch (error) {
    return [{ ok: false, file, reason: fileErrorReason(error) }];
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return [{ ok: false, file, reason: decoded.reason }];

  switch (format) {
    case 'text':
      return [fromInput(file, { text: decoded.text }, options, {})];
    case 'html':
      return [readHtml(file, decoded.text, options)];
    case 'json':
      return readJson(file, decoded.text, options);
    case 'jsonl': {
      const results = readJsonLines(file, decoded.text, options);
      return results.length > 0 ? results : [{ ok: false, file, reason: 'empty file' }];
    }
  }
}
