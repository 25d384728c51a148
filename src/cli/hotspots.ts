// `faultline hotspots [--as-of D] [--window N] [--format table|json]`: countries,
// dyads and places ranked by escalation (src/analytics/hotspots.ts), each with
// its reason and top events. `--format json` prints a list of objects with
// kind, key, score, onset, reason and events (ids), plus flagged, magnitude,
// confidence and sparse.

import { addDays } from '../analytics/calendar-day.js';
import { ESCALATION_DEFAULTS } from '../analytics/detect-escalation.js';
import { rankHotspots } from '../analytics/hotspots.js';
import type { Hotspot } from '../analytics/types.js';
import type { Store } from '../store/store.js';
import type { CliIo } from './cli-io.js';
import { textTable } from './format-events.js';
import { parseCount, parseDays, resolveAsOf } from './resolve-as-of.js';
import { withStore } from './with-store.js';

export const DEFAULT_HOTSPOT_WINDOW = 28;

export interface HotspotsOptions {
  db: string | undefined;
  asOf?: string | undefined;
  window: string;
  limit: string;
  flagged: boolean;
  format: 'table' | 'json';
}

/**
 * Loads what the ranking needs (dyad days at country level, the sector-level
 * rows for pairs within one country, place days) and ranks: dyads come out
 * at country level ("ERI-ETH"), pairs within one country by sector
 * ("SDN/GOV-SDN/REB").
 */
export async function computeHotspots(
  store: Store,
  o: { asOf: string; windowDays: number; limit?: number; flaggedOnly?: boolean },
): Promise<Hotspot[]> {
  // Exactly the rows rankHotspots reads: the window and the detector's baseline before it.
  const range = { since: addDays(o.asOf, -(o.windowDays - 1) - ESCALATION_DEFAULTS.baselineDays), until: o.asOf };
  const dyadDays = await store.dyadDays({ level: 'country', ...range });
  const sectorDays = await store.dyadDays({ level: 'sector', ...range });
  const placeDays = await store.placeDays(range);
  return rankHotspots(
    { dyadDays, sectorDays, placeDays },
    {
      asOf: o.asOf,
      windowDays: o.windowDays,
      ...(o.limit === undefined ? {} : { limit: o.limit }),
      ...(o.flaggedOnly === undefined ? {} : { flaggedOnly: o.flaggedOnly }),
    },
  );
}

export function formatHotspots(list: readonly Hotspot[]): string {
  if (list.length === 0) return 'no hotspot\n';
  return textTable(
    ['#', 'kind', 'key', 'score', 'flag', 'onset', 'reason'],
    list.map((h, i) => [
      String(i + 1),
      h.kind,
      h.key,
      h.score.toFixed(2),
      h.flagged ? (h.sparse ? 'yes (sparse)' : 'yes') : '-',
      h.onset ?? '-',
      h.reason,
    ]),
  );
}

export async function hotspotsCommand(io: CliIo, o: HotspotsOptions): Promise<void> {
  const windowDays = parseDays('--window', o.window);
  const limit = parseCount('--limit', o.limit);
  const list = await withStore(o.db, async (store) => {
    const asOf = await resolveAsOf(store, o.asOf);
    return computeHotspots(store, { asOf, windowDays, limit, flaggedOnly: o.flagged });
  });
  io.stdout(o.format === 'json' ? JSON.stringify(list, null, 2) + '\n' : formatHotspots(list));
}
