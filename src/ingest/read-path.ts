// Reads files and folders of reports, in a stable order.

import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { normalisePublishedAt } from './normalise-published-at.js';
import { fileErrorReason, readDocument, type ReadOptions, type ReadResult } from './read-document.js';

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Files under a folder, depth first, names sorted by code unit; hidden entries (".git") left out. */
async function* walk(dir: string, seen: Set<string>): AsyncGenerator<{ file: string } | { file: string; reason: string }> {
  let names: string[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return; // a symbolic link back up the tree
    seen.add(real);
    names = (await readdir(dir)).filter((name) => !name.startsWith('.')).sort(byCodeUnit);
  } catch (error) {
    yield { file: dir, reason: fileErrorReason(error) };
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (error) {
      yield { file: path, reason: fileErrorReason(error) };
      continue;
    }
    if (isDir) yield* walk(path, seen);
    else yield { file: path };
  }
}

/**
 * Reads every report in `paths`: files as given, folders recursively (sorted,
 * so the order is the same on every machine). Yields one result per report,
 * failure or skipped file; one bad file or line never stops the rest.
 * `options.date` / `options.source` fill what a report does not carry;
 * `options.maxBytes` (default 20 MiB) refuses larger files unread.
 * Throws RangeError at once on a bad option (a date that is not a date).
 */
export async function* readPath(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const opts: ReadOptions = { ...options };
  if (options.date !== undefined) {
    const date = normalisePublishedAt(options.date);
    if (date === null) throw new RangeError(`date: not a recognised date: ${JSON.stringify(options.date)}`);
    opts.date = date;
  }
  if (options.maxBytes !== undefined && !(Number.isInteger(options.maxBytes) && options.maxBytes > 0)) {
    throw new RangeError(`maxBytes: expected a positive integer, got ${options.maxBytes}`);
  }
  const seen = new Set<string>();
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (error) {
      yield { ok: false, file: path, reason: fileErrorReason(error) };
      continue;
    }
    if (!isDir) {
      yield* await readDocument(path, opts);
      continue;
    }
    for await (const entry of walk(path, seen)) {
      if ('reason' in entry) yield { ok: false, file: entry.file, reason: entry.reason };
      else yield* await readDocument(entry.file, opts);
    }
  }
}
