// Runs the alert rules after the API's writes, one run at a time: a run
// asked for while another is going waits for it, so two runs never record
// or deliver the same finding side by side.

import { runAlerts } from '../alerts/run-alerts.js';
import type { Store } from '../store/store.js';

export function serialAlerts(store: Store, opts: { now: () => string; log: (line: string) => void }): () => Promise<void> {
  let chain: Promise<void> = Promise.resolve();
  return () => {
    const run = chain.then(async () => {
      await runAlerts(store, { now: opts.now, log: opts.log });
    });
    chain = run.catch(() => undefined);
    return run;
  };
}
