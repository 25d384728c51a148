// Streams the first file of a .zip archive (GDELT ships its exports one CSV a
// zip) without unpacking it to disk: the central directory at the end of the
// file says where the entry starts and how long it is; its bytes go through
// node:zlib's raw inflate. Memory stays bounded whatever the size. Stored
// (method 0) and deflated (method 8) entries are read; ZIP64 and encrypted
// archives are refused with a clear reason.

import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

export interface ZipEntryStream {
  name: string;
  /** The decompressed bytes. */
  stream: Readable;
  /** Compressed bytes of the entry, and a counter of those read so far (for progress). */
  compressedSize: number;
  compressedRead(): number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

export async function openZipEntry(file: string): Promise<ZipEntryStream> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    // The end-of-central-directory record is 22 bytes plus a comment of up to 64 KiB.
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Error('not a zip archive (no end of central directory)');
    const entries = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    if (entries === 0xffff || dirOffset === 0xffffffff) throw new Error('ZIP64 archives are not supported');
    const dir = Buffer.alloc(dirSize);
    await handle.read(dir, 0, dirSize, dirOffset);

    let p = 0;
    for (let n = 0; n < entries; n++) {
      if (dir.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw new Error('corrupt zip central directory');
      const flags = dir.readUInt16LE(p + 8);
      const method = dir.readUInt16LE(p + 10);
      const compressedSize = dir.readUInt32LE(p + 20);
      const nameLength = dir.readUInt16LE(p + 28);
      const extraLength = dir.readUInt16LE(p + 30);
      const commentLength = dir.readUInt16LE(p + 32);
      const localOffset = dir.readUInt32LE(p + 42);
      const name = dir.toString('utf8', p + 46, p + 46 + nameLength);
      p += 46 + nameLength + extraLength + commentLength;
      if (name.endsWith('/')) continue;
      if ((flags & 1) !== 0) throw new Error(`${name} is encrypted`);
      if (compressedSize === 0xffffffff || localOffset === 0xffffffff) throw new Error('ZIP64 archives are not supported');
      if (method !== 0 && method !== 8) throw new Error(`${name} uses compression method ${method}; only stored and deflated entries are read`);

      const local = Buffer.alloc(30);
      await handle.read(local, 0, 30, localOffset);
      if (local.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new Error('corrupt zip local header');
      const start = localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      await handle.close();

      let read = 0;
      const raw = createReadStream(file, compressedSize > 0 ? { start, end: start + compressedSize - 1 } : { start, end: start - 1 });
      raw.on('data', (chunk) => {
        read += chunk.length;
      });
      const stream = method === 8 ? raw.pipe(createInflateRaw()) : raw;
      raw.on('error', (error) => stream.destroy(error));
      return { name, stream, compressedSize, compressedRead: () => read };
    }
    throw new Error('the zip archive holds no file');
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
}
