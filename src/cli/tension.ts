// `faultline tension --country ISO3 | --dyad A,B [--window 7|30|90] [--as-of D]`:
// tension of a country or a dyad over a window (formula: src/analytics/tension.ts
// and the README). Without --country or --dyad: the most tense dyads, at
// country level ("ERI-ETH"; pairs within one country by sector, "SDN/GOV-SDN/REB").
//
// Which aggregates: a country and a dyad of bare codes (IRQ,IRN; SDN,SDN for
// Sudan's domestic events) read the country level, where an event naming
// several sectors of one country counts once; a dyad naming a sector
// (IRQ/GOV,IRN) reads the sector level.

import { addDays } from '../analytics/calendar-day.js';
import { countryDyadDays } from '../analytics/country-dyad-days.js';
import { countryTension, dyadTension, rankDyadTension } from '../analytics/tension.js';
import type { Tension } from '../analytics/tension.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { textTable } from './format-events.js';
import { parseActorKey, parseCount, parseDays, resolveAsOf } from './resolve-as-of.js';
import { withStore } from './with-store.js';

export const TENSION_WINDOWS = [7, 30, 90] as const;

export interface TensionCommandOptions {
  db: string | undefined;
  country?: string | undefined;
  dyad?: string | undefined;
  window: string;
  asOf?: string | undefined;
  directed: boolean;
  limit: string;
  format: 'table' | 'json';
}

export function formatTension(t: Tension): string {
  const rows: Array<[string, string]> = [
    ['tension', `${t.tension.toFixed(1)} (0 … 100)`],
    ['window', `${t.from} … ${t.asOf} (${t.windowDays} days)`],
    ['events', `${t.events}, of which ${t.conflict} conflict (${t.materialConflict} material)`],
    ['conflict share', `${t.conflictShare.toFixed(3)} (smoothed)`],
    ['goldstein mean', `${t.goldsteinMean.toFixed(2)} (smoothed)`],
    ['documents', String(t.documents)],
    ['top events', t.eventIds.slice(0, 10).join(' ') || '-'],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return `${t.scope} ${t.key}\n` + rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n') + '\n';
}

function formatRanking(list: readonly Tension[]): string {
  return textTable(
    ['dyad', 'tension', 'events', 'conflict', 'material', 'docs'],
    list.map((t) => [t.key, t.tension.toFixed(1), String(t.events), String(t.conflict), String(t.materialConflict), String(t.documents)]),
  );
}

export async function tensionCommand(io: CliIo, o: TensionCommandOptions): Promise<void> {
  if (o.country !== undefined && o.dyad !== undefined) throw new CliError('bad-options', 'give --country or --dyad, not both');
  const windowDays = parseDays('--window', o.window, TENSION_WINDOWS);
  let pair: [string, string] | null = null;
  if (o.dyad !== undefined) {
    const parts = o.dyad.split(/[,-]/);
    if (parts.length !== 2) throw new CliError('bad-actor', `--dyad takes two actors as A,B (e.g. IRQ,IRN), got "${o.dyad}"`);
    pair = [parseActorKey('--dyad', parts[0] ?? ''), parseActorKey('--dyad', parts[1] ?? '')];
  }
  const country = o.country === undefined ? undefined : parseActorKey('--country', o.country);
  const limit = parseCount('--limit', o.limit);
  const result = await withStore(o.db, async (store) => {
    const asOf = await resolveAsOf(store, o.asOf);
    // Every row of the window: the prior of the smoothing is the share over all of them.
    const range = { since: addDays(asOf, -(windowDays - 1)), until: asOf };
    const rows = await store.dyadDays({ level: 'country', ...range });
    const sectorRows = async () => store.dyadDays({ level: 'sector', ...range });
    const options = { asOf, windowDays };
    if (pair !== null) {
      const bySector = pair.some((k) => k.includes('/'));
      return dyadTension(bySector ? await sectorRows() : rows, pair[0], pair[1], { ...options, directed: o.directed });
    }
    if (country !== undefined) return countryTension(rows, country, options);
    return rankDyadTension(countryDyadDays(rows, await sectorRows()), options).slice(0, limit);
  });
  if (o.format === 'json') io.stdout(JSON.stringify(result, null, 2) + '\n');
  else io.stdout(Array.isArray(result) ? formatRanking(result) : formatTension(result));
}
