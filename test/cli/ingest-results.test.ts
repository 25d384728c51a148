// One document whose save fails mid-batch is reported, leaves nothing of
// itself behind, and the rest of the batch is stored.

import { describe, expect, it } from 'vitest';
import { ingestResults } from '../../src/cli/ingest.js';
import type { CliIo } from '../../src/cli/cli-io.js';
import { makeDocument } from '../../src/ingest/make-document.js';
import type { ReadResult } from '../../src/ingest/read-document.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

const TEXTS = [
  'Egypt condemned the Israeli airstrikes on Gaza on Monday.',
  'Kenya and Tanzania signed a trade agreement in Arusha on Tuesday.',
  'Russia accused Ukraine of shelling a border village on Wednesday.',
];

async function* results(): AsyncGenerator<ReadResult> {
  for (const [i, text] of TEXTS.entries()) {
    yield { ok: true, file: `batch.jsonl`, line: i + 1, document: makeDocument({ text }, { date: '2026-11-26' }) };
  }
}

function quietIo(): CliIo & { err: string } {
  const io = {
    err: '',
    stdout: () => undefined,
    stderr: (t: string) => {
      io.err += t;
    },
    readStdin: async () => '',
    isTTY: false,
    env: {},
  };
  return io;
}

describe('ingestResults', () => {
  it('keeps going when one document cannot be saved, and stores nothing of that one', async () => {
    const store = SqliteStore.open(':memory:');
    const failing = makeDocument({ text: TEXTS[1] ?? '' }, { date: '2026-11-26' }).id;
    // A store whose save of one document dies half-way: the real store's
    // transaction must leave nothing of it.
    const flaky: Store = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === 'saveDocument') {
          return async (...args: Parameters<Store['saveDocument']>) => {
            const [doc, sentences, events] = args;
            if (doc.id === failing) {
              // Duplicate event ids make the insert fail after the document row was written.
              const dup = events[0];
              return target.saveDocument(doc, sentences, dup ? [...events, dup] : [...events, ...events]);
            }
            return target.saveDocument(...args);
          };
        }
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const io = quietIo();
    const summary = await ingestResults(results(), flaky, io, { quiet: true, now: () => '2026-11-27T00:00:00Z' });
    expect(summary.documents).toBe(2);
    expect(summary.failed).toBe(1);
    expect(io.err).toMatch(/failed: batch\.jsonl:2/);
    expect(await store.hasDocument(failing)).toBe(false);
    expect((await store.queryEvents({ docId: failing })).length).toBe(0);
    expect(await store.countDocuments()).toBe(2);
    const problems = await store.listProblems(10);
    expect(problems.map((p) => `${p.file}:${p.line ?? ''}`)).toEqual(['batch.jsonl:2']);
    await store.close();
  });
});

describe('ingestResults with a republished story', () => {
  it('links a near-copy to the first story instead of storing its events twice', async () => {
    const store = SqliteStore.open(':memory:');
    const story =
      'Ethiopia accused Eritrea of massing troops along the border on Monday. Ethiopian officials said the build-up ' +
      'threatened the peace agreement signed two years ago. Eritrea rejected the accusation and called on the African ' +
      'Union to send observers to the frontier. The African Union urged both governments to return to talks in Addis Ababa.';
    const copy = 'UPDATED: Border tension. ' + story + ' Follow us for more regional news.';
    async function* two(): AsyncGenerator<ReadResult> {
      yield { ok: true, file: 'a.txt', document: makeDocument({ text: story, url: 'https://a.example/1' }, { date: '2026-11-23' }) };
      yield { ok: true, file: 'b.txt', document: makeDocument({ text: copy, url: 'https://b.example/2' }, { date: '2026-11-23' }) };
    }
    const io = quietIo();
    const summary = await ingestResults(two(), store, io, { quiet: true, now: () => '2026-11-27T00:00:00Z' });
    expect(summary.documents).toBe(1);
    expect(summary.duplicates).toBe(1);
    const events = await store.queryEvents({});
    expect(events.length).toBe(summary.events);
    await store.close();
  });
});
