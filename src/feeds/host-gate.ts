// Politeness: at most one request to the same host every `delayMs`. Slots are
// reserved synchronously, so feeds polled side by side never hit a host twice
// at once. The clock and the sleep are passed in (tests use fake ones).

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export class HostGate {
  readonly #next = new Map<string, number>();
  constructor(
    readonly delayMs: number,
    readonly clock: Clock,
  ) {}

  /** Waits for the host's turn, and takes it. */
  async wait(url: string): Promise<void> {
    const host = hostOf(url);
    const now = this.clock.now();
    const at = Math.max(now, this.#next.get(host) ?? 0);
    this.#next.set(host, at + this.delayMs);
    if (at > now) await this.clock.sleep(at - now);
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}
