// `faultline dyads`: the daily dyad aggregates (DyadDay rows), filtered.
// Without --since and --until: the 30 days up to the latest event date.

import { addDays } from '../analytics/calendar-day.js';
import type { DyadDay } from '../analytics/types.js';
import { dyadDayFilterSchema } from '../store/store.js';
import type { DyadDayFilter } from '../store/store.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { textTable, type ListFormat } from './format-events.js';
import { parseActorKey, parseDay } from './resolve-as-of.js';
import { withStore } from './with-store.js';

export const DEFAULT_DYAD_DAYS = 30;

export interface DyadsOptions {
  db: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
  actor?: string | undefined;
  level: 'country' | 'sector';
  format: ListFormat;
  /** Recompute every aggregate from the stored events first. */
  rebuild?: boolean;
}

const CSV_HEADER = 'date,source,target,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,goldstein_sum,documents,event_ids';

export function formatDyadDays(rows: readonly DyadDay[], format: ListFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(rows, null, 2) + '\n';
    case 'jsonl':
      return rows.map((r) => JSON.stringify(r) + '\n').join('');
    case 'csv':
      return [CSV_HEADER, ...rows.map((r) => [r.date, r.source, r.target, ...r.counts, r.goldsteinSum, r.documents, r.eventIds.join(' ')].join(','))].join('\n') + '\n';
    case 'table':
      return textTable(
        ['date', 'source', 'target', 'vcoop', 'mcoop', 'vconf', 'mconf', 'goldstein', 'docs'],
        rows.map((r) => [r.date, r.source, r.target, ...r.counts.map(String), r.goldsteinSum.toFixed(1), String(r.documents)]),
      );
  }
}

export async function dyadsCommand(io: CliIo, o: DyadsOptions): Promise<void> {
  const raw: DyadDayFilter = { level: o.level };
  if (o.since !== undefined) raw.since = parseDay('--since', o.since);
  if (o.until !== undefined) raw.until = parseDay('--until', o.until);
  if (o.actor !== undefined) raw.actor = parseActorKey('--actor', o.actor);
  const rows = await withStore(o.db, async (store) => {
    if (o.rebuild === true) {
      const n = await store.rebuildAggregates();
      io.stderr(`rebuilt ${n.dyadDays} dyad-day and ${n.placeDays} place-day row(s) from the stored events\n`);
    }
    if (raw.since === undefined && raw.until === undefined) {
      const latest = await store.latestEventDate();
      if (latest === null) return [];
      raw.since = addDays(latest, -(DEFAULT_DYAD_DAYS - 1));
    }
    const parsed = dyadDayFilterSchema.safeParse(raw);
    if (!parsed.success) throw new CliError('bad-filter', `--${parsed.error.issues[0]?.path.join('.') || 'filter'}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return store.dyadDays(parsed.data);
  });
  io.stdout(formatDyadDays(rows, o.format));
}
