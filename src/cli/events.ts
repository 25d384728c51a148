// `faultline events`: stored events, filtered.

import { eventFilterSchema } from '../store/store.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { formatEvents, type ListFormat } from './format-events.js';
import { withStore } from './with-store.js';

export async function eventsCommand(io: CliIo, o: Record<string, string | undefined>): Promise<void> {
  const raw = {
    country: o['country']?.toUpperCase(),
    type: o['type']?.toUpperCase(),
    since: o['since'],
    until: o['until'],
    docId: o['doc'],
    limit: o['limit'] === undefined ? undefined : Number(o['limit']),
  };
  const parsed = eventFilterSchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'filter';
    const flag = field === 'docId' ? '--doc' : `--${field}`;
    throw new CliError('bad-filter', `${flag}: ${issue?.message ?? 'invalid'}`);
  }
  const events = await withStore(o['db'], (store) => store.queryEvents(parsed.data));
  io.stdout(formatEvents(events, (o['format'] ?? 'table') as ListFormat));
}
