import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { openLines } from '../../src/formats/read-lines.js';
import { importRows, rowsOf } from '../../src/cli/import-formats.js';
import { SHARED_DEV, exportText, openMemoryStore } from './helpers.js';

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A one-file zip archive (deflated, or stored), as GDELT publishes its exports. */
function zipOf(name: string, content: Buffer, deflate: boolean): Buffer {
  const data = deflate ? deflateRawSync(content) : content;
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(deflate ? 8 : 0, 8);
  local.writeUInt32LE(crc32(content), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(deflate ? 8 : 0, 10);
  central.writeUInt32LE(crc32(content), 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const dirOffset = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(dirOffset, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

describe('GDELT .zip input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-zip-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sample = readFileSync(new URL('gdelt2-events-sample.tsv', SHARED_DEV));

  it.each([true, false])('streams the entry of a zip (deflated: %s) into the same events', async (deflate) => {
    const file = join(dir, `20240819130000.export.CSV.${deflate ? 'd' : 's'}.zip`);
    writeFileSync(file, zipOf('20240819130000.export.CSV', sample, deflate));
    const source = await openLines(file);
    const store = openMemoryStore();
    try {
      const s = await importRows(rowsOf('gdelt', source.lines), store);
      expect(s).toMatchObject({ read: 9, imported: 9, skipped: 0 });
      expect(source.bytesRead()).toBe(source.totalBytes);
      expect(await exportText(store, 'gdelt')).toBe(sample.toString('utf8'));
    } finally {
      await store.close();
    }
  });

  it('refuses a file that is not a zip archive', async () => {
    const file = join(dir, 'broken.zip');
    writeFileSync(file, 'not a zip at all');
    await expect(openLines(file)).rejects.toThrow(/not a zip/);
  });
});
