// A one-line progress indicator on a terminal; silent elsewhere.

import type { CliIo } from './cli-io.js';

export interface Progress {
  tick(label: string): void;
  done(): void;
}

export function progress(io: CliIo, enabled: boolean): Progress {
  if (!enabled || !io.isTTY) return { tick: () => undefined, done: () => undefined };
  let n = 0;
  const frames = ['|', '/', '-', '\\'];
  return {
    tick(label) {
      n++;
      const name = label.length > 50 ? '…' + label.slice(-49) : label;
      io.stderr(`\r${frames[n % 4] ?? ''} ${String(n).padStart(6)} read  ${name.padEnd(50)}`);
    },
    done() {
      if (n > 0) io.stderr('\r' + ' '.repeat(70) + '\r');
    },
  };
}
