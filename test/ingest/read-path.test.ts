import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReadOptions, ReadResult } from '../../src/ingest/read-document.js';
import { readPath } from '../../src/ingest/read-path.js';

const FIXTURES = fileURLToPath(new URL('../input/ingest/folder', import.meta.url));
const INA = resolve(process.cwd(), '../shared/corpus/ina-al-araji-moscow-forum.txt');
const VOA = resolve(process.cwd(), '../shared/corpus/voa-stories.jsonl');

async function collect(paths: string[], options: ReadOptions = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readPath(paths, options)) out.push(r);
  return out;
}

describe('readPath', () => {
  it('walks a folder recursively in sorted order and reads every format', async () => {
    const results = await collect([FIXTURES], { date: '2026-11-26' });
    expect(results.map((r) => [relative(FIXTURES, r.file), r.ok ? 'ok' : r.skipped === true ? 'skipped' : 'failed'])).toEqual([
      ['border-talks.html', 'ok'],
      ['bulletin.json', 'ok'],
      ['bulletin.json', 'ok'],
      ['nested/statement.txt', 'ok'],
      ['nested/wire.jsonl', 'ok'],
      ['nested/wire.jsonl', 'ok'],
      ['notes.md', 'skipped'],
    ]);
    const docs = results.flatMap((r) => (r.ok ? [r.document] : []));
    expect(docs.map((d) => [d.title, d.source, d.dateline, d.publishedAt])).toEqual([
      ['Border talks resume after a year', 'Northwind Herald', 'Valmora', '2026-11-20'],
      ['Ministers sign water accord', 'Bulletin', null, '2026-10-02'],
      ['Protest outside parliament', null, 'Orlane', '2026-10-03'],
      [null, 'NWA', 'Orlane', '2026-11-26'], // the text file has no date: --date fills it
      ['Envoy visits capital', 'NWA', 'Kestrel City', '2026-09-14'],
      ['Troops withdraw', null, null, '2026-09-15'],
    ]);
  });

  it('gives the same ids on every reading', async () => {
    const ids = async () => (await collect([FIXTURES])).flatMap((r) => (r.ok ? [r.document.id] : []));
    const first = await ids();
    expect(new Set(first).size).toBe(first.length);
    expect(await ids()).toEqual(first);
  });

  it('fills the source from options only where a report has none', async () => {
    const docs = (await collect([join(FIXTURES, 'nested', 'wire.jsonl')], { source: 'Feed' })).flatMap((r) => (r.ok ? [r.document] : []));
    expect(docs.map((d) => d.source)).toEqual(['NWA', 'Feed']);
  });

  it('reports a missing path and carries on', async () => {
    const results = await collect(['/nonexistent/faultline/folder', join(FIXTURES, 'nested', 'statement.txt')]);
    expect(results.map((r) => r.ok)).toEqual([false, true]);
    expect(results[0]).toMatchObject({ reason: 'no such file or directory' });
  });

  it('refuses a bad option at once', async () => {
    await expect(collect([FIXTURES], { date: 'next week' })).rejects.toThrow(RangeError);
    await expect(collect([FIXTURES], { maxBytes: 0 })).rejects.toThrow(RangeError);
  });

  describe('in a folder of its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-walk-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('leaves out hidden entries and follows no symbolic-link loop', async () => {
      mkdirSync(join(dir, 'b'));
      mkdirSync(join(dir, '.git'));
      writeFileSync(join(dir, '.git', 'HEAD.txt'), 'ref');
      writeFileSync(join(dir, 'b', 'z.txt'), 'Report Z.');
      writeFileSync(join(dir, 'a.txt'), 'Report A.');
      writeFileSync(join(dir, 'B.txt'), 'Report capital B.');
      symlinkSync(dir, join(dir, 'b', 'loop'));
      const results = await collect([dir]);
      expect(results.map((r) => relative(dir, r.file))).toEqual(['B.txt', 'a.txt', join('b', 'z.txt')]);
      expect(results.every((r) => r.ok)).toBe(true);
    });
  });
});

describe('the shared corpus', () => {
  it('reads the INA story with its dateline and the given date', async () => {
    const results = await collect([INA], { date: '2026-11-26' });
    expect(results).toHaveLength(1);
    const [r] = results;
    if (r === undefined || !r.ok) throw new Error(`not read: ${JSON.stringify(r)}`);
    expect(r.document).toMatchObject({ dateline: 'Baghdad', source: 'INA', publishedAt: '2026-11-26', language: 'en' });
    expect(r.document.text.startsWith('INA–Baghdad\nNational Security Advisor')).toBe(true);
  });

  it('reads the 89 VOA stories, each with its publication date', async () => {
    const results = await collect([VOA]);
    const docs = results.flatMap((r) => (r.ok ? [r.document] : []));
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(docs).toHaveLength(89);
    for (const d of docs) {
      expect(d.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.title).not.toBeNull();
      expect(d.url).toMatch(/^https:\/\/www\.voanews\.com\//);
    }
    expect(new Set(docs.map((d) => d.id)).size).toBe(89);
  });
});
