import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeReadResult, readDocument, type ReadResult } from '../../src/ingest/read-document.js';

const dir = mkdtempSync(join(tmpdir(), 'faultline-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function failure(results: ReadResult[]): string {
  expect(results).toHaveLength(1);
  const [r] = results;
  if (r === undefined || r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r)}`);
  expect(r.skipped).not.toBe(true);
  return r.reason;
}

function documents(results: ReadResult[]) {
  return results.flatMap((r) => (r.ok ? [r.document] : []));
}

describe('readDocument: readers', () => {
  it('reads a text file', async () => {
    const path = file('note.txt', 'GENEVA — Envoys met on Monday.\n');
    const [r] = await readDocument(path, { date: '2026-11-26' });
    expect(r).toMatchObject({ ok: true, file: path, document: { dateline: 'Geneva', publishedAt: '2026-11-26', text: 'GENEVA — Envoys met on Monday.' } });
  });

  it('reads UTF-16 with a byte-order mark', async () => {
    const text = 'Ministers met in Orlane.';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    const [a] = await readDocument(file('le.txt', le));
    const [b] = await readDocument(file('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be])));
    expect(a?.ok && a.document.text).toBe(text);
    expect(b?.ok && b.document.text).toBe(text);
  });

  it('reads a JSON object and a JSON array, with the date aliases', async () => {
    const one = await readDocument(file('one.json', JSON.stringify({ text: 'Talks began.', title: ' Talks ', publishedAt: '2026-01-05' })));
    expect(documents(one)).toMatchObject([{ title: 'Talks', publishedAt: '2026-01-05' }]);
    const many = await readDocument(
      file('many.json', JSON.stringify([{ text: 'A met B.', published: '2025-03-14 20:30:26Z' }, { text: 'B met C.', date: 'March 15, 2025' }])),
    );
    expect(many.map((r) => r.ok && [r.index, r.document.publishedAt])).toEqual([[0, '2025-03-14'], [1, '2025-03-15']]);
  });

  it('reads JSON Lines: a bad line is one failure, with its line number', async () => {
    const lines = [
      JSON.stringify({ text: 'First report.' }),
      '',
      '{"text": "broken',
      JSON.stringify({ title: 'no text here' }),
      JSON.stringify({ text: 'Fifth report.', publishedAt: 'whenever' }),
      JSON.stringify({ text: 'Sixth report.', url: 42 }),
      '[1, 2]',
      JSON.stringify({ text: 'Last report.' }),
    ].join('\n');
    const results = await readDocument(file('wire.jsonl', lines));
    expect(results.map((r) => [r.ok, 'line' in r ? r.line : undefined])).toEqual([
      [true, 1],
      [false, 3],
      [false, 4],
      [false, 5],
      [false, 6],
      [false, 7],
      [true, 8],
    ]);
    const reasons = results.flatMap((r) => (r.ok ? [] : [r.reason]));
    expect(reasons[0]).toMatch(/^malformed JSON/);
    expect(reasons[1]).toBe('"text" is required');
    expect(reasons[2]).toBe('"publishedAt" is not a recognised date ("whenever")');
    expect(reasons[3]).toBe('"url" must be a string');
    expect(reasons[4]).toMatch(/expected a JSON object.*got an array/);
    expect(describeReadResult(results[1] as ReadResult)).toMatch(/wire\.jsonl:3: malformed JSON/);
  });

  it('reads an HTML page', async () => {
    const html =
      '<html><head><title>Vote delayed | Herald</title><meta name="date" content="2026-11-24"></head><body>' +
      '<nav>Home · World</nav><article><h1>Vote delayed</h1><p>ORLANE — Parliament delayed the vote on Tuesday after a walkout by the opposition, the speaker said.</p></article>' +
      '<footer>© Herald</footer></body></html>';
    const [r] = await readDocument(file('page.html', html));
    expect(r).toMatchObject({ ok: true, document: { title: 'Vote delayed', publishedAt: '2026-11-24', dateline: 'Orlane' } });
    expect(r?.ok && r.document.text).not.toContain('Home');
  });
});

describe('readDocument: bad input', () => {
  it('refuses an empty file', async () => {
    expect(failure(await readDocument(file('empty.txt', '')))).toBe('empty file');
    expect(failure(await readDocument(file('blank.txt', ' \n\t\n')))).toMatch(/^empty file/);
    expect(failure(await readDocument(file('blank.jsonl', '\n\n')))).toMatch(/^empty file/);
  });

  it('refuses an oversized file before reading it', async () => {
    const big = file('big.txt', Buffer.alloc(21 * 1024 * 1024, 'a'));
    expect(failure(await readDocument(big))).toMatch(/too large \(21\.0 MiB; the limit is 20\.0 MiB\)/);
    expect(failure(await readDocument(file('small.txt', 'Twelve bytes'), { maxBytes: 10 }))).toMatch(/too large/);
  });

  it('refuses binary files', async () => {
    expect(failure(await readDocument(file('nul.txt', Buffer.from('Talks\0began', 'latin1'))))).toMatch(/binary file \(NUL byte at offset 5\)/);
    const controls = Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(failure(await readDocument(file('ctl.txt', controls)))).toMatch(/binary file \(\d+% control characters\)/);
  });

  it('refuses text that is not UTF-8', async () => {
    const latin1 = Buffer.from('Caf\xe9 talks', 'latin1');
    expect(failure(await readDocument(file('latin1.txt', latin1)))).toMatch(/not valid UTF-8 \(byte 0xE9 at offset 3\)/);
  });

  it('refuses malformed JSON and JSON without text', async () => {
    expect(failure(await readDocument(file('bad.json', '{"text": "unfinished')))).toMatch(/^malformed JSON: /);
    expect(failure(await readDocument(file('notext.json', '{"title": "Only a title"}')))).toBe('"text" is required');
    expect(failure(await readDocument(file('blanktext.json', '{"text": "   "}')))).toBe('"text" is empty');
    expect(failure(await readDocument(file('number.json', '42')))).toMatch(/expected a JSON object/);
    expect(failure(await readDocument(file('none.json', '[]')))).toMatch(/empty JSON array/);
  });

  it('reports one bad element of a JSON array by its index and reads the rest', async () => {
    const results = await readDocument(file('mixed.json', JSON.stringify([{ text: 'Good.' }, { text: 7 }, { text: 'Also good.' }])));
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1]).toMatchObject({ ok: false, index: 1, reason: '"text" must be a string' });
  });

  it('refuses an HTML page without text', async () => {
    expect(failure(await readDocument(file('blank.html', '<html><body><nav>Home</nav></body></html>')))).toMatch(/no text/);
  });

  it('skips an unsupported file type instead of failing it', async () => {
    const [r] = await readDocument(file('scan.pdf', '%PDF-1.7'));
    expect(r).toMatchObject({ ok: false, skipped: true, reason: 'unsupported file type ".pdf"' });
  });

  it('reports a missing file', async () => {
    expect(failure(await readDocument(join(dir, 'missing.txt')))).toBe('no such file or directory');
  });
});
