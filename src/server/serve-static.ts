// Serves the built dashboard (dist-web/): its files as they are, and
// index.html for any other path without a file extension, so that a shared
// dashboard URL (/events?country=IRQ) opens the right view. Hashed assets are
// cached for good; index.html never.

import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The page may load only its own scripts, styles and data: no inline
 * script, no other origin. Article text is rendered as text, and this is
 * the second line of defence.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

export type StaticHandler = (path: string) => Promise<Response | null>;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** A handler for GET paths under `root`, or null when nothing there answers the path. */
export function staticFiles(root: string): StaticHandler {
  const base = resolve(root);
  return async (path) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return null;
    }
    const target = resolve(join(base, decoded));
    if (target !== base && !target.startsWith(base + sep)) return null;
    let file = target;
    if (!(await isFile(file))) {
      // An app route ("/events", "/documents/abc"): the page decides what to show.
      if (extname(decoded) !== '') return null;
      file = join(base, 'index.html');
      if (!(await isFile(file))) return null;
    }
    const body = await readFile(file);
    const isIndex = file.endsWith('index.html');
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': isIndex ? 'no-cache' : decoded.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
        'x-content-type-options': 'nosniff',
        ...(isIndex ? { 'content-security-policy': CONTENT_SECURITY_POLICY } : {}),
      },
    });
  };
}
