// `faultline serve`: prints its URL, serves the API on it, stops cleanly;
// bad options are one clear error.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cli-error.js';
import type { CliIo } from '../../src/cli/cli-io.js';
import { serveCommand } from '../../src/cli/serve.js';

function captureIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), readStdin: async () => '', isTTY: false, env: {} };
}

describe('faultline serve', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-serve-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the API at the URL it prints, on 127.0.0.1, until told to stop', async () => {
    const io = captureIo();
    let seen: { status: number; body: { documents: number } } | null = null;
    await serveCommand(io, {
      db: join(dir, 'a.db'),
      host: '127.0.0.1',
      port: '0',
      demo: false,
      web: join(dir, 'no-dashboard'),
      until: async (server) => {
        const res = await fetch(`${server.url}api/v1/status`);
        seen = { status: res.status, body: (await res.json()) as { documents: number } };
      },
    });
    const printed = io.out.join('');
    expect(printed).toMatch(/Faultline is serving .* at http:\/\/127\.0\.0\.1:\d+\//);
    expect(printed).toContain('/api/v1/openapi.json');
    expect(seen).toEqual({ status: 200, body: expect.objectContaining({ documents: 0 }) });
  });

  it.each([['70000'], ['-1'], ['http']])('refuses --port %s', async (port) => {
    await expect(serveCommand(captureIo(), { db: join(dir, 'b.db'), host: '127.0.0.1', port, demo: false })).rejects.toThrow(CliError);
  });
});
