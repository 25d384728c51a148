// One HTTP GET of a feed or page: conditional (If-None-Match /
// If-Modified-Since), with a timeout over the whole exchange and a size cap on
// the body. Every failure is an outcome with a reason, never a throw; it says
// whether retrying can help (a 404 cannot, a timeout or a 503 may).

import { decodeText } from '../ingest/decode-text.js';

export interface FetchOptions {
  etag?: string | null;
  lastModified?: string | null;
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
  /** Replaced in tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

export type FetchOutcome =
  | { status: 'ok'; body: string; etag: string | null; lastModified: string | null; url: string }
  | { status: 'not-modified' }
  | { status: 'error'; reason: string; httpStatus: number | null; permanent: boolean; retryAfterSeconds: number | null };

/** HTTP statuses worth trying again later. */
const TRANSIENT = new Set([408, 425, 429, 500, 502, 503, 504]);

export async function fetchResource(url: string, o: FetchOptions): Promise<FetchOutcome> {
  const headers: Record<string, string> = { 'user-agent': o.userAgent, accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5' };
  if (o.etag != null) headers['if-none-match'] = o.etag;
  if (o.lastModified != null) headers['if-modified-since'] = o.lastModified;
  const doFetch = o.fetch ?? fetch;
  const signal = AbortSignal.timeout(o.timeoutMs);
  try {
    const res = await doFetch(url, { headers, signal, redirect: 'follow' });
    if (res.status === 304) {
      await res.body?.cancel();
      return { status: 'not-modified' };
    }
    if (!res.ok) {
      await res.body?.cancel();
      const retryAfter = Number(res.headers.get('retry-after'));
      return {
        status: 'error',
        reason: `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`,
        httpStatus: res.status,
        permanent: !TRANSIENT.has(res.status),
        retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
      };
    }
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > o.maxBytes) {
      await res.body?.cancel();
      return { status: 'error', reason: `response too large (${declared} bytes; the limit is ${o.maxBytes})`, httpStatus: res.status, permanent: true, retryAfterSeconds: null };
    }
    const bytes = await readCapped(res, o.maxBytes);
    if (bytes === null) return { status: 'error', reason: `response larger than ${o.maxBytes} bytes`, httpStatus: res.status, permanent: true, retryAfterSeconds: null };
    const decoded = decodeText(bytes);
    if (!decoded.ok) return { status: 'error', reason: decoded.reason, httpStatus: res.status, permanent: true, retryAfterSeconds: null };
    return { status: 'ok', body: decoded.text, etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified'), url: res.url || url };
  } catch (error) {
    const timedOut = signal.aborted || (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'));
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return {
      status: 'error',
      reason: timedOut ? `timed out after ${o.timeoutMs} ms` : `${error instanceof Error ? error.message : String(error)}${cause}`,
      httpStatus: null,
      permanent: false,
      retryAfterSeconds: null,
    };
  }
}

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (res.body === null) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
