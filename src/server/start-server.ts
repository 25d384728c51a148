// Puts the app on a socket (Node's http server through @hono/node-server)
// and finds the built dashboard.

import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp, type AppOptions, type FaultlineApp } from './create-app.js';

export interface ServerOptions extends AppOptions {
  /** Default 127.0.0.1: only this machine. */
  host?: string;
  /** Default 0: any free port. */
  port?: number;
}

/** Host names a server listening on loopback answers to. */
export const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

export interface RunningServer {
  /** "http://127.0.0.1:8080/" */
  url: string;
  port: number;
  app: FaultlineApp;
  /** Stops accepting connections and ends open ones; the store stays open. */
  close(): Promise<void>;
}

/**
 * The folder of the built dashboard (dist-web/ at the package root, beside
 * src/ under tsx and beside dist/ once compiled), or null when it is not built.
 */
export function defaultWebRoot(): string | null {
  for (const rel of ['../../dist-web/', '../../../dist-web/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(`${dir}index.html`)) return dir;
  }
  return null;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const loopback = ['127.0.0.1', 'localhost', '::1'].includes(host);
  const built = createApp({ ...(loopback ? { allowedHosts: LOOPBACK_HOSTS } : {}), ...options });
  const server = serve({ fetch: built.app.fetch, hostname: host, port: options.port ?? 0 });
  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.once('listening', () => {
      server.off('error', onError);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    app: built,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
