// What the CLI needs from the outside world, passed in so tests run quiet.

import { readFileSync } from 'node:fs';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  /** True when stdout/stderr are a terminal: enables the progress bar. */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin: async () => {
      if (process.stdin.isTTY) return '';
      return readFileSync(0, 'utf8');
    },
    isTTY: Boolean(process.stderr.isTTY),
    env: process.env,
  };
}
