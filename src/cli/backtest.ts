// `faultline backtest [--onsets FILE] [--onset KEY=DATE ...]`: replays the
// stored aggregates day by day with no look-ahead (src/analytics/backtest.ts)
// and reports, for the given onset dates, how many days before or after onset
// each detector fired, and its false alarms per quiet dyad-year. Faultline's
// detector is scored with the baselines (persistence, Trendfinder, rolling
// maximum, EMA z-score) on the same replay.
//
// Onsets file: one onset per line, "KEY,DATE" or "KEY DATE"; '#' starts a
// comment. KEY is a dyad ("IRQ-IRN", either order) or a country ("IRQ"), as
// `faultline hotspots` lists them: a pair within one country by its sectors
// ("SDN/GOV-SDN/REB"). Each series is built as the hotspot ranking builds it
// (seriesOfKey): countries and pairs of bare codes from the country level.
//
// The replay runs from --from (default: 180 days before the first onset) to
// --to (default: the latest event date), and adds the --quiet busiest dyads
// with no onset as quiet series, so false alarms are counted where nothing
// was expected.

import { readFile } from 'node:fs/promises';
import { backtest, type BacktestCase, type BacktestReport } from '../analytics/backtest.js';
import { addDays } from '../analytics/calendar-day.js';
import { dyadKey, seriesOfKey } from '../analytics/daily-series.js';
import { DETECTORS } from '../analytics/detectors.js';
import type { DyadLevels } from '../analytics/types.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { textTable } from './format-events.js';
import { parseActorKey, parseDay, resolveAsOf } from './resolve-as-of.js';
import { withStore } from './with-store.js';

/** Days of history before the replay that detectors may use as baseline. */
export const BACKTEST_BASELINE_DAYS = 365;
export const DEFAULT_LEAD_DAYS = 180;

export interface Onset {
  /** "IRN-IRQ" (sorted) or "IRQ". */
  key: string;
  date: string;
}

export interface BacktestCommandOptions {
  db: string | undefined;
  onsets?: string | undefined;
  onset: string[];
  from?: string | undefined;
  to?: string | undefined;
  quiet: string;
  format: 'table' | 'json';
}

/** "IRQ-IRN" → "IRN-IRQ"; "irq" → "IRQ". */
export function normaliseSeriesKey(flag: string, raw: string): string {
  const parts = raw.trim().split('-');
  if (parts.length === 1) return parseActorKey(flag, raw);
  if (parts.length !== 2) throw new CliError('bad-onset', `${flag}: a key is a country (IRQ) or a dyad (IRQ-IRN), got "${raw}"`);
  return dyadKey(parseActorKey(flag, parts[0] ?? ''), parseActorKey(flag, parts[1] ?? ''));
}

/** Parses onsets written as "KEY,DATE", "KEY DATE" or "KEY=DATE". */
export function parseOnsetLines(text: string, label: string): Onset[] {
  const out: Onset[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    const m = /^(\S+?)\s*[,=\s]\s*(\d{4}-\d{2}-\d{2})$/.exec(line);
    if (m === null) throw new CliError('bad-onset', `${label}:${i + 1}: expected "KEY,YYYY-MM-DD", got "${line}"`);
    out.push({ key: normaliseSeriesKey(`${label}:${i + 1}`, m[1] ?? ''), date: parseDay(`${label}:${i + 1}`, m[2] ?? '') });
  });
  return out;
}

/** The replay cases: one per keyed series with its onsets, plus the busiest onset-free dyads of two countries as quiet cases. */
export function backtestCases(levels: DyadLevels, onsets: readonly Onset[], from: string, to: string, quiet: number): BacktestCase[] {
  const byKey = new Map<string, string[]>();
  for (const o of onsets) byKey.set(o.key, [...(byKey.get(o.key) ?? []), o.date]);
  const cases: BacktestCase[] = [];
  const range = { from: addDays(from, -BACKTEST_BASELINE_DAYS), to };
  for (const [key, dates] of byKey) cases.push({ key, series: seriesOfKey(levels, key, range), onsets: [...dates].sort(), from, to });
  if (quiet > 0) {
    // Dyads of two countries/IGOs ranked by events over the replay.
    const busy = new Map<string, number>();
    for (const r of levels.country) {
      if (r.date < from || r.date > to || r.source === r.target) continue;
      const k = dyadKey(r.source, r.target);
      busy.set(k, (busy.get(k) ?? 0) + r.counts[0] + r.counts[1] + r.counts[2] + r.counts[3]);
    }
    const touched = new Set([...byKey.keys()].flatMap((k) => k.split('-')));
    const picks = [...busy.entries()]
      .filter(([k]) => !byKey.has(k) && !k.split('-').some((p) => touched.has(p)))
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, quiet)
      .map(([k]) => k);
    for (const key of picks) cases.push({ key, series: seriesOfKey(levels, key, range), onsets: [], from, to });
  }
  return cases;
}

export function formatBacktest(report: BacktestReport, cases: readonly BacktestCase[]): string {
  const fmt = (x: number | null): string => (x === null ? '-' : x.toFixed(1));
  const summary = textTable(
    ['detector', 'onsets', 'detected', 'mean delay', 'median delay', 'false alarms', 'per dyad-year'],
    report.detectors.map((d) => [
      d.detector,
      String(d.onsets),
      String(d.detected),
      fmt(d.meanDelay),
      fmt(d.medianDelay),
      String(d.falseAlarms),
      d.falseAlarmsPerDyadYear.toFixed(2),
    ]),
  );
  const onsets = report.detectors[0]?.results ?? [];
  const perOnset = textTable(
    ['series', 'onset', ...report.detectors.map((d) => d.detector)],
    onsets.map((r, i) => [
      r.key,
      r.onset,
      ...report.detectors.map((d) => {
        const delay = d.results[i]?.delay ?? null;
        return delay === null ? 'missed' : delay > 0 ? `+${delay}` : String(delay);
      }),
    ]),
  );
  const quiet = cases.filter((c) => c.onsets.length === 0).map((c) => c.key);
  return (
    summary +
    '\ndelay in days from onset to the first flag (negative: before onset)\n' +
    perOnset +
    `\nquiet series (false alarms only): ${quiet.length > 0 ? quiet.join(' ') : 'none'}\n`
  );
}

export async function backtestCommand(io: CliIo, o: BacktestCommandOptions): Promise<void> {
  const onsets: Onset[] = [];
  if (o.onsets !== undefined) {
    let text: string;
    try {
      text = await readFile(o.onsets, 'utf8');
    } catch (error) {
      throw new CliError('no-file', `cannot read ${o.onsets}: ${error instanceof Error ? error.message : String(error)}`);
    }
    onsets.push(...parseOnsetLines(text, o.onsets));
  }
  for (const spec of o.onset) onsets.push(...parseOnsetLines(spec, '--onset'));
  if (onsets.length === 0) throw new CliError('no-onsets', 'give onset dates with --onsets FILE or --onset KEY=YYYY-MM-DD');
  const quiet = Number(o.quiet);
  if (!Number.isInteger(quiet) || quiet < 0) throw new CliError('bad-number', `--quiet must be a whole number, got "${o.quiet}"`);

  const { report, cases, from, to } = await withStore(o.db, async (store) => {
    const to = o.to === undefined ? await resolveAsOf(store, undefined) : parseDay('--to', o.to);
    const first = onsets.map((x) => x.date).sort()[0] ?? to;
    const from = o.from === undefined ? addDays(first, -DEFAULT_LEAD_DAYS) : parseDay('--from', o.from);
    if (from > to) throw new CliError('bad-date', `the replay would start (${from}) after it ends (${to})`);
    const range = { since: addDays(from, -BACKTEST_BASELINE_DAYS), until: to };
    const country = await store.dyadDays({ level: 'country', ...range });
    // Sector-level rows only for keys that name a sector.
    const sector = onsets.some((x) => x.key.includes('/')) ? await store.dyadDays({ level: 'sector', ...range }) : [];
    const cases = backtestCases({ country, sector }, onsets, from, to, quiet);
    return { report: backtest(cases, DETECTORS), cases, from, to };
  });
  if (o.format === 'json') {
    io.stdout(JSON.stringify({ from, to, cases: cases.map((c) => ({ key: c.key, onsets: c.onsets })), ...report }, null, 2) + '\n');
  } else {
    io.stdout(`replay ${from} … ${to}, ${cases.length} series\n` + formatBacktest(report, cases));
  }
}
