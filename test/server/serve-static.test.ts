// The dashboard's files: app routes get index.html (with its CSP), hashed
// assets are cached for good, nothing outside the folder is served.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/create-app.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

describe('dashboard files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-web-'));
  const root = join(dir, 'web');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Faultline</title>');
  writeFileSync(join(root, 'assets', 'main-abc123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'outside');
  const store = SqliteStore.open(':memory:');
  const { app } = createApp({ store, webRoot: root, log: () => undefined });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['/', '/events', '/events?country=IRQ&type=ASSAULT', '/documents/abc?event=e1', '/map'])('answers the app route %s with index.html', async (path) => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<title>Faultline</title>');
  });

  it('serves hashed assets with a long cache life', async () => {
    const res = await app.request('/assets/main-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it.each(['/assets/missing.js', '/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt'])('answers 404 for %s', async (path) => {
    const res = await app.request(path);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('outside');
  });

  it('keeps unknown API paths as JSON errors, not the page', async () => {
    const res = await app.request('/api/v1/whatever');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not-found');
  });
});
