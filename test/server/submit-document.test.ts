// POST /api/v1/documents with the real coder: JSON, plain text and HTML
// reports are coded, placed and stored; bad submissions get the error envelope.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type FaultlineApp } from '../../src/server/create-app.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import type { Event } from '../../src/records.js';

// Our own sentences: an assault placed at Adré, and an accusation.
const REPORT = 'Sudanese troops fired on Chadian border guards near Adre on Monday. Chad accused Sudan of arming the rebels.';

interface Submitted {
  inserted: boolean;
  document: { id: string; title: string | null; source: string | null; publishedAt: string | null };
  events: Event[];
}

describe('POST /api/v1/documents', () => {
  let store: Store;
  let api: FaultlineApp;
  let writes = 0;
  beforeAll(() => {
    store = SqliteStore.open(':memory:');
    api = createApp({
      store,
      log: () => undefined,
      afterWrite: async () => {
        writes++;
      },
      maxBodyBytes: 64 * 1024,
    });
  });
  afterAll(async () => {
    await store.close();
  });

  // Bytes, not a string: a string body would get a default text/plain type.
  const post = (body: string, type: string | null, query = ''): Promise<Response> =>
    Promise.resolve(
      api.app.request(`/api/v1/documents${query}`, {
        method: 'POST',
        body: new TextEncoder().encode(body),
        headers: type === null ? {} : { 'content-type': type },
      }),
    );

  it('codes and stores a JSON report, and its events are then listed', async () => {
    const res = await post(JSON.stringify({ text: REPORT, title: 'Border fire', source: 'Test wire', publishedAt: '2026-05-05' }), 'application/json');
    expect(res.status).toBe(201);
    const body = (await res.json()) as Submitted;
    expect(body.inserted).toBe(true);
    expect([body.document.title, body.document.source, body.document.publishedAt]).toEqual(['Border fire', 'Test wire', '2026-05-05']);
    const types = body.events.map((e) => e.plover).sort();
    expect(types).toEqual(['ACCUSE', 'ASSAULT']);
    const assault = body.events.find((e) => e.plover === 'ASSAULT');
    expect(assault?.location?.country).toBe('TCD');
    expect(writes).toBe(1);

    const listed = (await (await api.app.request(`/api/v1/events?doc=${body.document.id}`)).json()) as { events: Event[] };
    expect(listed.events.map((e) => e.id).sort()).toEqual(body.events.map((e) => e.id).sort());
    const doc = (await (await api.app.request(`/api/v1/documents/${body.document.id}`)).json()) as {
      document: { text: string };
      annotations: Array<{ kind: string; start: number; end: number; eventId: string | null }>;
      mentions: string;
    };
    expect(doc.mentions).toBe('recomputed');
    const marked = doc.annotations.filter((a) => a.eventId === assault?.id).map((a) => [a.kind, doc.document.text.slice(a.start, a.end)]);
    expect(marked.find(([k]) => k === 'verb')?.[1]).toMatch(/^fired/);
    expect(marked.find(([k]) => k === 'location')?.[1]).toBe('Adre');
    expect(marked.map(([k]) => k)).toEqual(expect.arrayContaining(['source', 'verb', 'target', 'location']));
  });

  it('answers 200 with inserted false for a report already stored', async () => {
    const res = await post(REPORT, 'text/plain; charset=utf-8');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Submitted;
    expect(body.inserted).toBe(false);
    expect(body.events).toHaveLength(2);
    expect(writes).toBe(1);
  });

  it('reads plain text with defaults from the query string, and HTML pages', async () => {
    const text = await post('Chad accused Sudan of shelling border villages.', 'text/plain', '?date=2026-05-06&source=Desk&title=Accusation');
    expect(text.status).toBe(201);
    const t = (await text.json()) as Submitted;
    expect([t.document.title, t.document.source, t.document.publishedAt]).toEqual(['Accusation', 'Desk', '2026-05-06']);
    expect(t.events[0]?.date).toBe('2026-05-06');

    const html =
      '<html><head><title>Talks</title><meta property="article:published_time" content="2026-05-07T10:00:00Z"></head>' +
      '<body><nav>Home | World</nav><article><h1>Talks</h1><p>Chad and Sudan agreed to reopen their border crossing, officials said on Thursday after a long day of talks between the two delegations in the capital.</p></article></body></html>';
    const page = await post(html, 'text/html');
    expect(page.status).toBe(201);
    const h = (await page.json()) as Submitted;
    expect(h.events.some((e) => e.plover === 'AGREE')).toBe(true);
    expect(writes).toBe(3);
  });

  it.each([
    ['JSON without text', '{"title":"no text"}', 'application/json', 400, 'bad-request', 'text'],
    ['malformed JSON', '{not json', 'application/json', 400, 'bad-request', 'malformed JSON'],
    ['blank text', '   ', 'text/plain', 400, 'bad-request', 'empty'],
    ['an empty page', '<html><body></body></html>', 'text/html', 400, 'bad-request', 'no text'],
    ['a PDF', 'some text', 'application/pdf', 415, 'unsupported-media-type', 'application/json'],
    ['no media type', 'some text', null, 415, 'unsupported-media-type', 'Content-Type'],
    ['a body over the limit', 'x'.repeat(70 * 1024), 'text/plain', 413, 'too-large', 'larger'],
  ])('rejects %s', async (_name, body, type, status, code, mentioned) => {
    const res = await post(body, type);
    expect(res.status).toBe(status);
    const error = ((await res.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe(code);
    expect(error.message).toContain(mentioned);
  });

  it("refuses writes from another site's page, not from this origin or from scripts", async () => {
    const send = (headers: Record<string, string>) =>
      api.app.request('/api/v1/documents', { method: 'POST', body: new TextEncoder().encode(REPORT), headers: { 'content-type': 'text/plain', ...headers } });
    const foreign = await send({ host: '127.0.0.1:8080', origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe('forbidden-origin');
    expect((await send({ host: '127.0.0.1:8080', origin: 'http://127.0.0.1:8080' })).status).toBe(200);
    expect((await send({ host: '127.0.0.1:8080' })).status).toBe(200);
  });

  it('answers only to the host names it is given (DNS rebinding)', async () => {
    const guarded = createApp({ store, log: () => undefined, allowedHosts: ['127.0.0.1', 'localhost'] });
    const rebound = await guarded.app.request('/api/v1/status', { headers: { host: 'evil.example:8080' } });
    expect(rebound.status).toBe(403);
    expect(((await rebound.json()) as { error: { code: string } }).error.code).toBe('forbidden-host');
    expect((await guarded.app.request('/api/v1/status', { headers: { host: '127.0.0.1:8080' } })).status).toBe(200);
  });

  it('rejects a bad query string before reading the body', async () => {
    const res = await post(REPORT, 'text/plain', '?date=yesterday');
    expect(res.status).toBe(400);
  });
});
