// Delivers one alert to a webhook: a JSON POST, retried with exponential
// backoff on network errors, timeouts, 429 and 5xx answers. fetch and sleep
// are passed in (real ones by default) so tests run fast and offline.

/** The slice of fetch a webhook needs. */
export type WebhookFetch = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string; signal: AbortSignal },
) => Promise<{ ok: boolean; status: number }>;

export interface WebhookOptions {
  fetch?: WebhookFetch;
  sleep?: (ms: number) => Promise<void>;
  /** Tries in all, the first included (default 4). */
  attempts?: number;
  /** Wait before the second try; doubled before each further try (default 1000 ms). */
  baseDelayMs?: number;
  /** Per-try time limit (default 10 000 ms). */
  timeoutMs?: number;
  /** Extra headers, e.g. the dedupe key so receivers can drop repeats too. */
  headers?: Record<string, string>;
}

export interface WebhookResult {
  ok: boolean;
  attempts: number;
  /** HTTP status of the last try, or null when it never got an answer. */
  status: number | null;
  error: string | null;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Only these answers are worth another try; other 4xx mean the request itself is wrong. */
function retryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

export async function postWebhook(url: string, payload: unknown, opts: WebhookOptions = {}): Promise<WebhookResult> {
  const doFetch: WebhookFetch = opts.fetch ?? ((u, init) => fetch(u, init));
  const sleep = opts.sleep ?? realSleep;
  const attempts = Math.max(1, opts.attempts ?? 4);
  const base = opts.baseDelayMs ?? 1000;
  const body = JSON.stringify(payload);
  const headers = { 'content-type': 'application/json', 'user-agent': 'faultline-alerts', ...opts.headers };
  let last: WebhookResult = { ok: false, attempts: 0, status: null, error: 'not tried' };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep(base * 2 ** (attempt - 2));
    try {
      const res = await doFetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000) });
      if (res.ok) return { ok: true, attempts: attempt, status: res.status, error: null };
      last = { ok: false, attempts: attempt, status: res.status, error: `HTTP ${res.status}` };
      if (!retryable(res.status)) return last;
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      last = { ok: false, attempts: attempt, status: null, error: `${error instanceof Error ? error.message : String(error)}${cause}` };
    }
  }
  return last;
}
