import { afterEach, describe, expect, it } from 'vitest';
import { postWebhook } from '../../src/alerts/post-webhook.js';
import type { WebhookFetch } from '../../src/alerts/post-webhook.js';
import { startReceiver, type LocalReceiver } from './local-receiver.js';

/** A fetch answering from a script of statuses ('error' throws like a refused connection). */
function scriptedFetch(script: Array<number | 'error'>): { fetch: WebhookFetch; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    fetch: async (url, init) => {
      calls.push(`${init.method} ${url} ${init.body}`);
      const next = script[Math.min(calls.length - 1, script.length - 1)];
      if (next === 'error' || next === undefined) throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });
      return { ok: next >= 200 && next < 300, status: next };
    },
  };
}

describe('postWebhook', () => {
  const table: [Array<number | 'error'>, { ok: boolean; attempts: number; status: number | null }, number[]][] = [
    [[200], { ok: true, attempts: 1, status: 200 }, []],
    [[500, 204], { ok: true, attempts: 2, status: 204 }, [100]],
    [['error', 503, 200], { ok: true, attempts: 3, status: 200 }, [100, 200]],
    [[429, 429, 429, 429], { ok: false, attempts: 4, status: 429 }, [100, 200, 400]],
    [['error'], { ok: false, attempts: 4, status: null }, [100, 200, 400]],
    // A client error will not get better: no retry.
    [[404], { ok: false, attempts: 1, status: 404 }, []],
    [[500, 400], { ok: false, attempts: 2, status: 400 }, [100]],
  ];
  it.each(table)('%j → %j after sleeping %j ms', async (script, expected, waits) => {
    const { fetch, calls } = scriptedFetch(script);
    const slept: number[] = [];
    const r = await postWebhook('http://hook.test/x', { a: 1 }, { fetch, sleep: async (ms) => void slept.push(ms), baseDelayMs: 100 });
    expect({ ok: r.ok, attempts: r.attempts, status: r.status }).toEqual(expected);
    expect(slept).toEqual(waits);
    expect(calls.length).toBe(expected.attempts);
    expect(calls[0]).toBe('POST http://hook.test/x {"a":1}');
    if (!r.ok) expect(r.error).toMatch(r.status === null ? /ECONNREFUSED/ : new RegExp(`HTTP ${r.status}`));
  });

  describe('against a local receiver', () => {
    let receiver: LocalReceiver | undefined;
    afterEach(async () => receiver?.close());

    it('fails the first try, backs off, and succeeds on the second', async () => {
      receiver = await startReceiver([500, 200]);
      const slept: number[] = [];
      const r = await postWebhook(receiver.url, { finding: 'x' }, { sleep: async (ms) => void slept.push(ms), headers: { 'x-test': 'yes' } });
      expect(r).toEqual({ ok: true, attempts: 2, status: 200, error: null });
      expect(slept).toEqual([1000]);
      expect(receiver.received.map((x) => x.status)).toEqual([500, 200]);
      expect(receiver.received[1]?.body).toEqual({ finding: 'x' });
      expect(receiver.received[1]?.headers['content-type']).toBe('application/json');
      expect(receiver.received[1]?.headers['x-test']).toBe('yes');
    });

    it('reports a closed port as a failure after every try', async () => {
      receiver = await startReceiver([200]);
      const url = receiver.url;
      await receiver.close();
      receiver = undefined;
      const r = await postWebhook(url, {}, { sleep: async () => undefined, attempts: 2 });
      expect(r.ok).toBe(false);
      expect(r.attempts).toBe(2);
      expect(r.status).toBeNull();
    });
  });
});
