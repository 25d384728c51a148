// When to poll a feed next: its interval after a success; after failures,
// the interval doubled per consecutive failure, capped, and never sooner than
// a server's Retry-After. Pure: times are ISO strings passed in and out.

export interface BackoffPolicy {
  intervalSeconds: number;
  maxBackoffSeconds: number;
}

/** Seconds to wait after `failures` consecutive failed polls (0: the last poll succeeded). */
export function pollDelaySeconds(p: BackoffPolicy, failures: number, retryAfterSeconds: number | null = null): number {
  const base = failures <= 0 ? p.intervalSeconds : Math.min(p.maxBackoffSeconds, p.intervalSeconds * 2 ** Math.min(failures, 30));
  return Math.max(base, retryAfterSeconds ?? 0);
}

export function addSeconds(iso: string, seconds: number): string {
  return new Date(Date.parse(iso) + seconds * 1000).toISOString();
}

/** True when a feed whose next poll is at `nextFetchAt` is due at `now`. */
export function isDue(nextFetchAt: string | null, now: string): boolean {
  return nextFetchAt === null || Date.parse(nextFetchAt) <= Date.parse(now);
}
