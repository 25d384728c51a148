// The watcher against feeds served from a local HTTP server (127.0.0.1): the
// feed changes between polls and holds a malformed item, an item whose page
// is a 404 and a republished copy of a story under a new URL. New items are
// ingested once, bad ones reported, the copy linked to the first story and
// its events merged as mentions; a restart (store reopened) neither refetches
// nor misses an item; a failing feed backs off.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodedDocument } from '../../src/coder/code-document.js';
import { DEFAULT_SETTINGS } from '../../src/feeds/watch-config.js';
import { pollFeeds, type WatchDeps } from '../../src/feeds/watch-feeds.js';
import type { Document, Event, Sentence } from '../../src/records.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

interface Story {
  title: string;
  text: string;
}
const voa: Story[] = readFileSync(new URL('../../../shared/corpus/voa-stories.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .slice(0, 6)
  .map((l) => JSON.parse(l) as Story);
const story = (i: number): Story => {
  const s = voa[i];
  if (s === undefined) throw new Error(`no story ${i}`);
  return s;
};

// A small stand-in for the pipeline (the real one takes seconds to load its
// gazetteer): one event per sentence naming two countries of this list.
const COUNTRIES: Record<string, string> = { Iraq: 'IRQ', Iran: 'IRN', Syria: 'SYR', Israel: 'ISR', Russia: 'RUS', Ukraine: 'UKR', China: 'CHN', Israeli: 'ISR', Iraqi: 'IRQ', Russian: 'RUS', Ukrainian: 'UKR', American: 'USA', 'U.S.': 'USA' };
function testCoder(doc: Document): CodedDocument {
  const sentences: Sentence[] = [];
  const events: Event[] = [];
  const re = /[^.!?]+[.!?]*/g;
  for (let m = re.exec(doc.text); m !== null; m = re.exec(doc.text)) {
    const text = m[0].trim();
    if (text === '') continue;
    const index = sentences.length;
    sentences.push({ index, start: m.index, end: m.index + m[0].length, text });
    const found = [...text.matchAll(/\b(Iraqi?|Iran|Syria|Israeli?|Russian?|Ukrainian|Ukraine|China|American|U\.S\.)/g)].map((x) => COUNTRIES[x[1] ?? ''] ?? '');
    const [a, b] = [found[0], found.find((c) => c !== found[0])];
    if (a === undefined || b === undefined) continue;
    const actor = (c: string) => ({ text: c, name: c, country: c, igo: null, sector: null, entry: `country:${c}` });
    events.push({
      id: `${doc.id}-${index}`, docId: doc.id, sentence: index, date: doc.publishedAt, source: [actor(a)], target: [actor(b)],
      cameo: '010', plover: 'CONSULT', mode: null, context: null, quad: 1, goldstein: 0, speaker: null, location: null,
      evidence: { text, spans: { source: [], verb: { start: 0, end: 0 }, target: [], location: null }, rule: 'test' }, confidence: 0.5,
    });
  }
  return { sentences, events } as unknown as CodedDocument;
}

const page = (s: Story, extra = ''): string =>
  `<!doctype html><html><head><title>${s.title}</title></head><body><nav>Home | World</nav><article><h1>${s.title}</h1>` +
  s.text.split(/(?<=\.)\s+/).map((p) => `<p>${p}</p>`).join('') + `${extra}</article><footer>Site footer</footer></body></html>`;

const item = (key: string, link: string | null, title: string): string =>
  `<item><title>${title}</title>${link === null ? '' : `<link>${link}</link>`}<guid>${key}</guid><pubDate>Fri, 14 Mar 2025 08:00:00 GMT</pubDate></item>`;

// Server state the tests change between polls.
let feedVersion = 1;
let feedFails = false;
const hits = new Map<string, number>();
const conditional: string[] = [];
let base = '';
let slowPageWorks = false;

function feedXml(): string {
  const items = [
    item('a', `${base}/story/a`, story(0).title),
    item('b', `${base}/story/b`, story(1).title),
    '<item><title>Broken item without link or guid</title></item>',
    item('gone', `${base}/story/gone`, 'A story that was taken down'),
  ];
  if (feedVersion >= 2) {
    items.push(item('c', `${base}/story/c`, story(2).title));
    items.push(item('a-copy', `${base}/other-outlet/a-copy`, `EXCLUSIVE: ${story(0).title}`));
  }
  if (feedVersion >= 3) items.push(item('d', `${base}/story/d`, story(3).title));
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title>${items.join('')}</channel></rss>`;
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  hits.set(path, (hits.get(path) ?? 0) + 1);
  if (path === '/feed.xml') {
    if (feedFails) {
      res.writeHead(503, { 'retry-after': '30' }).end('busy');
      return;
    }
    const etag = `"v${feedVersion}"`;
    if (req.headers['if-none-match'] === etag) {
      conditional.push(etag);
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag, 'last-modified': 'Fri, 14 Mar 2025 08:00:00 GMT' }).end(feedXml());
    return;
  }
  if (path === '/slow.xml') {
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Slow</title>${item('slow', `${base}/slow-page`, 'Slow page')}</channel></rss>`,
    );
    return;
  }
  if (path === '/slow-page') {
    if (slowPageWorks) res.writeHead(200, { 'content-type': 'text/html' }).end(page(story(4)));
    // Otherwise never answers: the watcher's timeout must end the request.
    return;
  }
  if (path === '/watched-page.html') {
    res.writeHead(200, { 'content-type': 'text/html' }).end(page(story(5)));
    return;
  }
  const pages: Record<string, string> = {
    '/story/a': page(story(0)),
    '/story/b': page(story(1)),
    '/story/c': page(story(2)),
    '/story/d': page(story(3)),
    // The same wire story republished: new headline, last paragraphs trimmed, boilerplate added.
    '/other-outlet/a-copy': page(
      { title: `EXCLUSIVE: ${story(0).title}`, text: story(0).text.slice(0, Math.floor(story(0).text.length * 0.7)).replace(/\s\S*$/, '.') },
      '<p>Subscribe to our newsletter for the latest world news. Copyright Other Outlet.</p>',
    ),
  };
  const html = pages[path];
  if (html === undefined) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
}

describe('faultline watch against a local feed server', () => {
  let server: Server;
  const dir = mkdtempSync(join(tmpdir(), 'faultline-watch-'));
  const dbFile = join(dir, 'watch.db');
  let t = Date.parse('2025-03-14T09:00:00Z');
  const sleeps: number[] = [];
  const clock = { now: () => t, sleep: async (ms: number) => { sleeps.push(ms); t += ms; } };
  const deps = (store: Store): WatchDeps => ({ store, settings: { ...DEFAULT_SETTINGS, politenessSeconds: 1, timeoutSeconds: 5 }, code: testCoder, clock });

  beforeAll(async () => {
    server = createServer(handle);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingests new items once, reports bad ones, links the republished story, survives a restart, backs off on errors', async () => {
    let store: Store = SqliteStore.open(dbFile);
    const feed = await store.addFeed({ url: `${base}/feed.xml`, name: 'Test wire', kind: 'feed', intervalSeconds: 600, fetchPages: true, addedAt: new Date(t).toISOString() });

    // Poll 1: two stories, a malformed item, a 404.
    const [first] = await pollFeeds(deps(store));
    const statusOf = (r: typeof first, key: string): string | undefined => r?.items.find((i) => i.key === key)?.status;
    expect(first?.status).toBe('fetched');
    expect(statusOf(first, 'a')).toBe('ingested');
    expect(statusOf(first, 'b')).toBe('ingested');
    expect(statusOf(first, 'gone')).toBe('rejected');
    expect(first?.items.find((i) => i.key === 'gone')?.reason).toMatch(/404/);
    expect(first?.items.find((i) => i.key.startsWith('title:'))).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/neither a link nor a guid/) });
    expect(await store.countDocuments()).toBe(2);
    const problems = await store.listProblems();
    expect(problems.some((p) => /404/.test(p.reason))).toBe(true);
    // Politeness: the feed and its three pages are on one host, so each request after the first waited.
    expect(sleeps.filter((ms) => ms > 0)).toHaveLength(3);

    // Poll 2, before the interval: nothing is due. Forced: the server answers 304 to the conditional GET.
    expect((await pollFeeds(deps(store)))[0]?.status).toBe('not-due');
    t += 600_000;
    expect((await pollFeeds(deps(store)))[0]?.status).toBe('not-modified');
    expect(conditional).toEqual(['"v1"']);

    // Poll 3: the feed changed: one new story, one republished copy of story a.
    feedVersion = 2;
    t += 600_000;
    const [third] = await pollFeeds(deps(store));
    expect(third?.items.map((i) => [i.key, i.status])).toEqual([
      ['c', 'ingested'],
      ['a-copy', 'duplicate'],
    ]);
    expect(third?.known).toBe(4);
    expect(hits.get('/story/a')).toBe(1);
    expect(hits.get('/story/gone')).toBe(1);
    const a = (await store.getFeedItem(feed.id, 'a'))?.docId;
    const copy = (await store.getFeedItem(feed.id, 'a-copy'))?.docId;
    if (a == null || copy == null) throw new Error('items not recorded');
    expect(await store.duplicateOf(copy)).toMatchObject({ originalId: a, method: 'minhash' });
    expect((await store.duplicateOf(copy))?.similarity).toBeGreaterThan(0.4);
    // Events of the copy are mentions of the first story's events, not new events.
    const aEvents = await store.eventsOfDocument(a);
    expect(aEvents.length).toBeGreaterThan(0);
    const mentions = await store.mentionsOf(aEvents[0]?.id ?? '');
    expect(mentions.map((m) => m.url)).toEqual([`${base}/story/a`, `${base}/other-outlet/a-copy`]);
    expect((await store.eventsOfDocument(copy)).length).toBeLessThan(aEvents.length);

    // Restart: the store is reopened; the feed changes again; only the new item is fetched.
    await store.close();
    store = SqliteStore.open(dbFile);
    feedVersion = 3;
    t += 600_000;
    const [fourth] = await pollFeeds(deps(store));
    expect(fourth?.items.map((i) => [i.key, i.status])).toEqual([['d', 'ingested']]);
    expect(fourth?.known).toBe(6);
    expect([...hits].filter(([p]) => p.startsWith('/story/') || p.startsWith('/other-outlet/')).every(([, n]) => n === 1)).toBe(true);
    expect(await store.countDocuments()).toBe(5);

    // A failing feed backs off: interval × 2 after the first failure, and the state says why.
    feedFails = true;
    t += 600_000;
    const [fifth] = await pollFeeds(deps(store));
    expect(fifth).toMatchObject({ status: 'error', reason: 'HTTP 503 Service Unavailable' });
    const state = (await store.listFeeds())[0];
    expect(state).toMatchObject({ failures: 1, lastStatus: 'error', lastError: 'HTTP 503 Service Unavailable', etag: '"v3"' });
    expect(Date.parse(state?.nextFetchAt ?? '') - t).toBe(1_200_000);
    feedFails = false;
    await store.close();
  });

  it('retries an item whose page timed out, and watches a page that is itself the story', async () => {
    const store = SqliteStore.open(':memory:');
    try {
      const slowDeps: WatchDeps = { ...deps(store), settings: { ...DEFAULT_SETTINGS, politenessSeconds: 0, timeoutSeconds: 0.3 } };
      const slow = await store.addFeed({ url: `${base}/slow.xml`, name: null, kind: 'feed', intervalSeconds: 60, fetchPages: true, addedAt: new Date(t).toISOString() });
      await store.addFeed({ url: `${base}/watched-page.html`, name: 'Ministry', kind: 'page', intervalSeconds: 60, fetchPages: false, addedAt: new Date(t).toISOString() });
      const [feedReport, pageReport] = await pollFeeds(slowDeps);
      expect(feedReport?.items[0]).toMatchObject({ key: 'slow', status: 'failed', reason: expect.stringMatching(/timed out/) });
      expect(pageReport?.items[0]).toMatchObject({ status: 'ingested' });
      expect((await store.getDocument(pageReport?.items[0]?.docId ?? ''))?.source).toBe('Ministry');

      slowPageWorks = true;
      t += 60_000;
      const [again, pageAgain] = await pollFeeds(slowDeps);
      expect(again?.items[0]).toMatchObject({ key: 'slow', status: 'ingested' });
      expect((await store.getFeedItem(slow.id, 'slow'))?.attempts).toBe(2);
      // The page did not change: nothing new.
      expect(pageAgain?.items).toEqual([]);
      expect(pageAgain?.known).toBe(1);
    } finally {
      await store.close();
    }
  });
});
