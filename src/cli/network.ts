// `faultline network [--as-of D] [--window N] [--format json|graphml]`: the
// weighted, signed graph of actors over the window, with each country's
// escalation score (from the hotspot ranking), its spillover exposure from
// partners and land neighbours, and the actors that bridge separate conflicts
// (src/analytics/network.ts).

import { createRequire } from 'node:module';
import { z } from 'zod';
import { addDays } from '../analytics/calendar-day.js';
import { buildNetwork, bridgingActors, neighboursFromCountries, toGraphJson, toGraphML } from '../analytics/network.js';
import type { CliIo } from './cli-io.js';
import { computeHotspots } from './hotspots.js';
import { parseCount, parseDays, resolveAsOf } from './resolve-as-of.js';
import { withStore } from './with-store.js';

export const DEFAULT_NETWORK_WINDOW = 30;

export interface NetworkCommandOptions {
  db: string | undefined;
  asOf?: string | undefined;
  window: string;
  minVolume: string;
  format: 'json' | 'graphml';
}

const bordersSchema = z.array(z.looseObject({ cca3: z.string(), borders: z.array(z.string()).optional() }));

/** Land neighbours from the world-countries package (cca3 and borders of each country). */
export function landNeighbours(): Map<string, string[]> {
  const require = createRequire(import.meta.url);
  const countries = bordersSchema.parse(require('world-countries'));
  return neighboursFromCountries(countries.map((c) => ({ cca3: c.cca3, ...(c.borders === undefined ? {} : { borders: c.borders }) })));
}

export async function networkCommand(io: CliIo, o: NetworkCommandOptions): Promise<void> {
  const windowDays = parseDays('--window', o.window);
  const minVolume = parseCount('--min-volume', o.minVolume);
  const out = await withStore(o.db, async (store) => {
    const asOf = await resolveAsOf(store, o.asOf);
    // Country level: an event naming two sectors of one country is one edge event, not two.
    const rows = await store.dyadDays({ level: 'country', since: addDays(asOf, -(windowDays - 1)), until: asOf });
    const hotspots = await computeHotspots(store, { asOf, windowDays });
    const escalation = new Map(hotspots.filter((h) => h.kind === 'country').map((h) => [h.key, h.score]));
    const graph = buildNetwork(rows, { asOf, windowDays, neighbours: landNeighbours(), escalation, minVolume });
    if (o.format === 'graphml') return toGraphML(graph);
    return JSON.stringify({ ...toGraphJson(graph), bridging: bridgingActors(graph) }, null, 2) + '\n';
  });
  io.stdout(out);
}
