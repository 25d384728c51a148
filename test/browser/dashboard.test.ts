// The dashboard in a real browser: Debian's Chromium driven by
// playwright-core, against a real server on 127.0.0.1 (a free port) serving
// the demo reports and a fresh build of web/. Screenshots of each view go to
// test-output/screenshots/. Without /usr/bin/chromium these tests are
// skipped, and say so; CI installs it (.ci/run).

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { loadDemoIfEmpty } from '../../src/cli/serve.js';
import type { Event } from '../../src/records.js';
import { serialAlerts } from '../../src/server/serial-alerts.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

// Debian's Chromium; FAULTLINE_CHROMIUM names another build (or a missing one, to see the skip).
const CHROMIUM = process.env['FAULTLINE_CHROMIUM'] ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const SHOTS = resolve(process.cwd(), 'test-output/screenshots');

if (!HAVE_CHROMIUM) {
  console.warn(`Browser tests SKIPPED: no Chromium at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` (CI's .ci/run does).`);
}

const quietIo: CliIo = { stdout: () => undefined, stderr: () => undefined, readStdin: async () => '', isTTY: false, env: {} };

describe.skipIf(!HAVE_CHROMIUM)('dashboard in Chromium', () => {
  let dir: string;
  let store: SqliteStore;
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'faultline-browser-'));
    mkdirSync(SHOTS, { recursive: true });
    const webRoot = join(dir, 'web');
    await build({ configFile: resolve(process.cwd(), 'web/vite.config.ts'), logLevel: 'silent', build: { outDir: webRoot, emptyOutDir: true } });
    store = SqliteStore.open(join(dir, 'faultline.db'));
    const now = (): string => new Date().toISOString();
    await loadDemoIfEmpty(store, quietIo, now);
    server = await startServer({ store, webRoot, port: 0, log: () => undefined, afterWrite: serialAlerts(store, { now, log: () => undefined }) });
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await store?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  const open = async (path: string): Promise<void> => {
    await page.goto(new URL(path, server.url).href);
    await page.waitForSelector('main[aria-busy="false"] .view');
  };
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  it('opens the map with no console errors: countries shaded, hotspots outlined, event locations dotted', async () => {
    await open('/');
    expect(await page.locator('svg.map path.country').count()).toBeGreaterThan(150);
    expect(await page.locator('svg.map path.country.has-data').count()).toBeGreaterThan(5);
    expect(await page.locator('svg.map path.country.hotspot[data-country="ERI"]').count()).toBe(1);
    expect(await page.locator('svg.map circle.place').count()).toBeGreaterThan(5);
    expect(await page.locator('ol.hotspots li.flagged').count()).toBeGreaterThan(0);
    expect(await page.locator('header .status').textContent()).toMatch(/60 document\(s\)/);
    await shot('map');
    expect(problems).toEqual([]);
  });

  it('draws the actor network with cooperation and conflict edges', async () => {
    await open('/network');
    expect(await page.locator('svg.network g.node').count()).toBeGreaterThan(3);
    expect(await page.locator('svg.network line.edge.conflict').count()).toBeGreaterThan(0);
    expect(await page.locator('svg.network line.edge.cooperation').count()).toBeGreaterThan(0);
    expect(await page.locator('svg.network g.node[data-actor="ERI"]').count()).toBe(1);
    await shot('network');
    expect(problems).toEqual([]);
  });

  it('shows the Eritrea series with the escalation flagged and its onset marked', async () => {
    await page.locator('svg.network g.node[data-actor="ERI"]').click();
    await page.waitForURL(/\/series\?country=ERI/);
    await page.waitForSelector('main[aria-busy="false"] .view-series');
    expect(await page.locator('svg.series rect.bar.conflict').count()).toBeGreaterThan(3);
    expect(await page.locator('svg.series rect.flagged-day').count()).toBeGreaterThan(0);
    expect(await page.locator('svg.series line.onset').count()).toBe(1);
    expect(await page.locator('.verdict').textContent()).toContain('Escalation flagged');
    await shot('series');
    expect(problems).toEqual([]);
  });

  it('filters the event table, keeping the filters in the URL', async () => {
    await open('/events');
    const all = await page.locator('table.events tbody tr').count();
    expect(all).toBeGreaterThan(20);
    await page.fill('input[name=country]', 'eri');
    await page.selectOption('select[name=type]', 'ASSAULT');
    await page.click('form.filters button[type=submit]');
    await page.waitForURL(/country=ERI&type=ASSAULT/);
    await page.waitForSelector('main[aria-busy="false"] .view-events');
    const rows = page.locator('table.events tbody tr');
    const n = await rows.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(all);
    for (let i = 0; i < n; i++) {
      const cells = await rows.nth(i).locator('td').allTextContents();
      expect(cells[2]).toContain('ASSAULT');
      expect(`${cells[1]} ${cells[3]}`).toContain('ERI');
    }
    // The same URL, loaded afresh, shows the same rows (a shared link works).
    await page.reload();
    await page.waitForSelector('main[aria-busy="false"] .view-events');
    expect(await page.locator('table.events tbody tr').count()).toBe(n);
    expect(await page.inputValue('input[name=country]')).toBe('ERI');
    await shot('events-filtered');
    expect(problems).toEqual([]);
  });

  it('opens the document of a clicked event with its spans highlighted', async () => {
    const row = page.locator('table.events tbody tr').first();
    const eventId = await row.getAttribute('data-event-id');
    expect(eventId).not.toBeNull();
    await row.locator('td.sentence').click();
    await page.waitForURL(new RegExp(`/documents/[^?]+\\?event=${eventId}`));
    await page.waitForSelector('main[aria-busy="false"] .view-document');
    const event = (await (await fetch(new URL(`/api/v1/events/${eventId}`, server.url))).json()) as { event: Event };
    const e = event.event;
    // The highlighted text is exactly what the event's spans cover in its sentence
    // (spans may nest: a target inside the verb phrase shows as target).
    const sp = e.evidence.spans;
    const spans = [...sp.source, sp.verb, ...sp.target, ...(sp.location === null ? [] : [sp.location])].filter((x) => x.end > x.start).sort((a, b) => a.start - b.start);
    const merged: Array<{ start: number; end: number }> = [];
    for (const x of spans) {
      const last = merged[merged.length - 1];
      if (last !== undefined && x.start <= last.end) last.end = Math.max(last.end, x.end);
      else merged.push({ ...x });
    }
    const expected = merged.map((x) => e.evidence.text.slice(x.start, x.end)).join('');
    expect((await page.locator('.doc-text mark.selected').allTextContents()).join('')).toBe(expected);
    const kinds = new Set(await page.locator('.doc-text mark.selected').evaluateAll((els) => els.map((el) => el.getAttribute('data-kind'))));
    expect(kinds.has('verb') && kinds.has('source')).toBe(true);
    if (sp.target.length > 0) expect(kinds.has('target')).toBe(true);
    expect(await page.locator(`li.event-card.selected[data-event-id="${eventId}"]`).count()).toBe(1);
    await shot('document');

    // Choosing another event of the document moves the highlight.
    const other = page.locator('li.event-card:not(.selected)').first();
    if ((await other.count()) > 0) {
      const otherId = await other.getAttribute('data-event-id');
      await other.click();
      await page.waitForURL(new RegExp(`event=${otherId}`));
      await page.waitForSelector(`li.event-card.selected[data-event-id="${otherId}"]`);
      expect(await page.locator(`.doc-text mark.selected[data-event="${otherId}"]`).count()).toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
  });

  it('lists the alerts the demo rules raised', async () => {
    await open('/alerts');
    expect(await page.locator('table.rules tbody tr').count()).toBe(2);
    expect(await page.locator('table.alerts tbody tr').count()).toBeGreaterThan(0);
    await shot('alerts');
    expect(problems).toEqual([]);
  });

  it('codes a report submitted through the page, and its events appear', async () => {
    await open('/submit');
    await page.fill('textarea[name=text]', 'Sudanese troops fired on Chadian border guards near Adre on Monday. Chad accused Sudan of arming the rebels.');
    await page.fill('input[name=title]', 'Border fire near Adre');
    await page.fill('input[name=date]', '2026-11-26');
    await shot('submit');
    await page.click('form.submit-form button[type=submit]');
    await page.waitForURL(/\/documents\//);
    await page.waitForSelector('main[aria-busy="false"] .view-document');
    expect(await page.locator('.view-document h2').textContent()).toBe('Border fire near Adre');
    const cards = await page.locator('li.event-card').count();
    expect(cards).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.doc-text mark.selected').count()).toBeGreaterThan(0);
    await shot('submitted-document');

    const ids = await page.locator('li.event-card').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
    await page.click('text=These events in the table');
    await page.waitForURL(/\/events\?doc=/);
    await page.waitForSelector('main[aria-busy="false"] .view-events');
    const rowIds = () => page.locator('table.events tbody tr').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
    expect((await rowIds()).sort()).toEqual([...ids].sort());
    // And among Chad's events of the week ("on Monday" is dated the Monday before publication).
    await open('/events?country=TCD&since=2026-11-20');
    expect(await rowIds()).toEqual(expect.arrayContaining(ids));
    expect(problems).toEqual([]);
  });

  it('shows article text as text, never as markup', async () => {
    const hostile = 'Chad accused Sudan of arming the rebels. <img src=x id=injected onerror="document.title=1"><script>window.pwned=1</script> <b>bold</b>';
    const res = await fetch(new URL('/api/v1/documents', server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: hostile, publishedAt: '2026-11-26' }) });
    expect(res.status).toBe(201);
    const { document } = (await res.json()) as { document: { id: string } };
    await open(`/documents/${document.id}`);
    expect(await page.locator('.doc-text img, .doc-text script, .doc-text b, #injected').count()).toBe(0);
    expect(await page.locator('.doc-text').textContent()).toContain('<img src=x id=injected');
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    await shot('document-with-markup-as-text');
    expect(problems).toEqual([]);
  });
});
