// `faultline places`: where stored events happened, with counts.

import { placeCountFilterSchema, type PlaceCount } from '../store/store.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { textTable, type ListFormat } from './format-events.js';
import { withStore } from './with-store.js';

const COLUMNS = ['events', 'documents', 'name', 'admin1', 'country', 'precision', 'lat', 'lon', 'geonamesId', 'firstDate', 'lastDate'] as const;

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Renders place counts as table, json, jsonl or csv. */
export function formatPlaces(places: readonly PlaceCount[], format: ListFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(places, null, 2) + '\n';
    case 'jsonl':
      return places.map((p) => JSON.stringify(p)).join('\n') + (places.length > 0 ? '\n' : '');
    case 'csv':
      return [COLUMNS.join(','), ...places.map((p) => COLUMNS.map((c) => csvCell(p[c])).join(','))].join('\n') + '\n';
    case 'table': {
      const coord = (x: number | null): string => (x === null ? '' : x.toFixed(2));
      return textTable(
        ['events', 'docs', 'place', 'admin1', 'country', 'precision', 'lat', 'lon', 'dates'],
        places.map((p) => [
          String(p.events),
          String(p.documents),
          p.name,
          p.admin1 ?? '',
          p.country ?? '',
          p.precision,
          coord(p.lat),
          coord(p.lon),
          p.firstDate === null ? '' : p.firstDate === p.lastDate ? p.firstDate : `${p.firstDate}…${p.lastDate ?? ''}`,
        ]),
      );
    }
  }
}

export async function placesCommand(io: CliIo, o: Record<string, string | undefined>): Promise<void> {
  const raw = {
    country: o['country']?.toUpperCase(),
    since: o['since'],
    until: o['until'],
    limit: o['limit'] === undefined ? undefined : Number(o['limit']),
  };
  const parsed = placeCountFilterSchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError('bad-filter', `--${issue?.path.join('.') || 'filter'}: ${issue?.message ?? 'invalid'}`);
  }
  const places = await withStore(o['db'], (store) => store.placeCounts(parsed.data));
  io.stdout(formatPlaces(places, (o['format'] ?? 'table') as ListFormat));
}
