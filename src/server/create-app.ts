// The HTTP app: the API under /api/v1 (routes/*.ts), its OpenAPI document,
// one error handler, and the dashboard's files. Built on Hono and tested
// without a server (`app.request('/api/v1/events')`); start-server.ts puts
// it on a socket.

import { createRequire } from 'node:module';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { landNeighbours } from '../cli/network.js';
import { loadResources, type Resources } from '../load-resources.js';
import type { Store } from '../store/store.js';
import { AnalyticsCache } from './analytics-cache.js';
import type { ApiContext } from './api-context.js';
import { ApiError, renderError, toApiError } from './api-error.js';
import { honoPath, type ApiRoute } from './api-route.js';
import { API_PREFIX, buildOpenApi } from './openapi.js';
import { alertRoutes } from './routes/alert-routes.js';
import { analyticsRoutes } from './routes/analytics-routes.js';
import { documentRoutes } from './routes/document-routes.js';
import { eventRoutes } from './routes/event-routes.js';
import { placeRoutes } from './routes/place-routes.js';
import { relationRoutes } from './routes/relation-routes.js'; // relation mode (issue 6)
import { statusRoutes } from './routes/status-routes.js';
import { staticFiles } from './serve-static.js';
import { once } from './once.js';

/** Largest request body by default (as `faultline ingest`'s largest file). */
export const DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  /** The current time, ISO date-time (default: the clock). */
  now?: () => string;
  /** Server log lines (default: stderr). */
  log?: (line: string) => void;
  /** Folder of the built dashboard (index.html, assets/), or null to serve the API only. */
  webRoot?: string | null;
  /** The coder's dictionaries (default: the built-in ones, loaded on first use). */
  resources?: () => Resources;
  /** Runs after the API stored a document, not awaited (serve passes the alert runner). */
  afterWrite?: () => Promise<void>;
  maxBodyBytes?: number;
  /** Keep at most this many computed results (default 64). */
  cacheEntries?: number;
  /**
   * Host names the server answers to (the Host header, port aside), or null
   * for any. start-server.ts sets the loopback names when it listens on
   * loopback, so a web page whose domain resolves to 127.0.0.1 (DNS
   * rebinding) cannot read the API.
   */
  allowedHosts?: readonly string[] | null;
}

export interface FaultlineApp {
  app: Hono;
  routes: readonly ApiRoute[];
  cache: AnalyticsCache;
}

function packageVersion(): string {
  const require = createRequire(import.meta.url);
  for (const path of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = require(path) as { name?: unknown; version?: unknown };
      if (pkg.name === 'faultline' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // not at this depth (src/ under tsx, dist/src/ when built)
    }
  }
  return '0.0.0';
}

/** "127.0.0.1:8080" → "127.0.0.1", "[::1]:8080" → "[::1]". */
function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.split(':')[0] ?? h;
}

function sameOrigin(origin: string, host: string): boolean {
  try {
    return new URL(origin).host.toLowerCase() === host.trim().toLowerCase();
  } catch {
    return false;
  }
}


export function createApp(options: AppOptions): FaultlineApp {
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const cache = new AnalyticsCache(options.store, options.cacheEntries);
  const ctx: ApiContext = {
    store: options.store,
    cache,
    now: options.now ?? (() => new Date().toISOString()),
    log,
    resources: options.resources ?? loadResources,
    neighbours: once(landNeighbours),
    afterWrite: options.afterWrite ?? (async () => undefined),
  };
  const version = packageVersion();
  const routes: ApiRoute[] = [
    ...statusRoutes(ctx, version),
    ...eventRoutes(ctx),
    ...documentRoutes(ctx),
    ...analyticsRoutes(ctx),
    ...placeRoutes(ctx),
    ...alertRoutes(ctx),
    ...relationRoutes(ctx),
  ];
  const openApi = buildOpenApi(routes, { version });

  const app = new Hono();
  app.onError((error, c) => renderError(c, toApiError(error, log)));
  const allowedHosts = options.allowedHosts === undefined || options.allowedHosts === null ? null : new Set(options.allowedHosts.map((x) => x.toLowerCase()));
  app.use('*', async (c, next) => {
    if (allowedHosts !== null) {
      const host = hostName(c.req.header('host') ?? '');
      if (!allowedHosts.has(host)) throw new ApiError(403, 'forbidden-host', `this server answers to ${[...allowedHosts].join(', ')}, not "${host}"`);
    }
    // Writes come only from this origin or from clients that send no Origin (curl,
    // scripts): another site's page cannot submit reports through the analyst's browser.
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const origin = c.req.header('origin');
      if (origin !== undefined && !sameOrigin(origin, c.req.header('host') ?? '')) {
        throw new ApiError(403, 'forbidden-origin', `writes from another origin (${origin}) are refused`);
      }
    }
    await next();
  });

  const api = new Hono();
  api.onError((error, c) => renderError(c, toApiError(error, log)));
  const maxSize = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  api.use(
    '*',
    bodyLimit({
      maxSize,
      onError: (c) => renderError(c, new ApiError(413, 'too-large', `the request body is larger than ${maxSize} bytes`)),
    }),
  );
  api.get('/openapi.json', (c) => c.json(openApi));
  for (const r of routes) api.on(r.method.toUpperCase(), honoPath(r.path), (c) => r.handle(c));
  // A known path with another method is a 405 naming the methods it takes.
  const patterns = routes.map((r) => ({ method: r.method.toUpperCase(), re: new RegExp(`^${API_PREFIX}${r.path.replace(/\{[^}]+\}/g, '[^/]+')}/?$`) }));
  api.all('*', (c) => {
    const allowed = patterns.filter((p) => p.re.test(c.req.path)).map((p) => p.method);
    if (allowed.length > 0) {
      c.header('allow', allowed.join(', '));
      throw new ApiError(405, 'method-not-allowed', `${c.req.method} is not allowed here; use ${allowed.join(' or ')}`);
    }
    throw new ApiError(404, 'not-found', 'no such API route: see /api/v1/openapi.json');
  });
  app.route(API_PREFIX, api);
  app.all('/api/*', () => {
    throw new ApiError(404, 'not-found', `the API lives under ${API_PREFIX}: see ${API_PREFIX}/openapi.json`);
  });

  const web = options.webRoot === undefined || options.webRoot === null ? null : staticFiles(options.webRoot);
  app.get('*', async (c) => {
    const found = web === null ? null : await web(c.req.path);
    if (found !== null) return found;
    if (web === null) return c.text('Faultline API: see /api/v1/openapi.json (the dashboard is not built: run `npm run build`)\n', 404);
    return c.text('not found\n', 404);
  });
  return { app, routes, cache };
}
