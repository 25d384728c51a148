// The OpenAPI document lists every route the app answers, with every query
// parameter its schema accepts, and nothing else.

import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/create-app.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

type Operation = { operationId: string; parameters: Array<{ name: string; in: string }>; responses: Record<string, unknown> };
type OpenApi = { openapi: string; servers: Array<{ url: string }>; paths: Record<string, Record<string, Operation>> };

describe('GET /api/v1/openapi.json', () => {
  const store = SqliteStore.open(':memory:');
  const built = createApp({ store, log: () => undefined });

  it('lists exactly the routes the app registers under /api/v1', async () => {
    const doc = (await (await built.app.request('/api/v1/openapi.json')).json()) as OpenApi;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers[0]?.url).toBe('/api/v1');
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const registered = built.app.routes
      .filter((r) => r.path.startsWith('/api/v1/') && !r.path.endsWith('*') && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path.slice('/api/v1'.length).replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`);
    expect(new Set(registered).size).toBe(registered.length);
    expect([...registered].sort()).toEqual([...documented].sort());
    for (const wanted of ['GET /events', 'GET /events/{id}', 'GET /documents/{id}', 'POST /documents', 'GET /dyads', 'GET /tension', 'GET /hotspots', 'GET /network', 'GET /places', 'GET /alerts']) {
      expect(documented).toContain(wanted);
    }
  });

  it('documents every query and path parameter of every route, with unique operation ids', async () => {
    const doc = (await (await built.app.request('/api/v1/openapi.json')).json()) as OpenApi;
    const ids = new Set<string>();
    for (const route of built.routes) {
      const op = doc.paths[route.path]?.[route.method];
      expect(op, `${route.method} ${route.path}`).toBeDefined();
      const names = (where: string) => op!.parameters.filter((p) => p.in === where).map((p) => p.name).sort();
      expect(names('query')).toEqual(Object.keys(route.query?.shape ?? {}).sort());
      expect(names('path')).toEqual(Object.keys(route.params?.shape ?? {}).sort());
      expect(Object.keys(op!.responses)).toContain('default');
      expect(ids.has(op!.operationId)).toBe(false);
      ids.add(op!.operationId);
    }
  });
});
