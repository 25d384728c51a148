// The lines of an input file, streamed: plain text, or the first file of a
// .zip archive. Counts bytes as they are read, for a progress bar.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { openZipEntry } from './zip-entry.js';

export interface LineSource {
  lines: AsyncIterable<string> | Iterable<string>;
  /** Bytes of input to read (compressed size for a zip), for a progress fraction. */
  totalBytes: number;
  bytesRead(): number;
}

/** Opens `file` (".zip": its first entry) as lines; throws when it cannot be read. */
export async function openLines(file: string): Promise<LineSource> {
  const info = await stat(file);
  if (!info.isFile()) throw new Error(`${file} is not a file`);
  if (/\.zip$/i.test(file)) {
    const entry = await openZipEntry(file);
    return { lines: linesOf(entry.stream), totalBytes: entry.compressedSize, bytesRead: entry.compressedRead };
  }
  const stream = createReadStream(file);
  let read = 0;
  stream.on('data', (chunk) => {
    read += chunk.length;
  });
  return { lines: linesOf(stream), totalBytes: info.size, bytesRead: () => read };
}

/** Lines of text given whole (stdin). */
export function linesOfText(text: string): LineSource {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return { lines, totalBytes: text.length, bytesRead: () => text.length };
}

function linesOf(stream: Readable): AsyncIterable<string> {
  stream.setEncoding('utf8');
  return createInterface({ input: stream, crlfDelay: Infinity });
}
