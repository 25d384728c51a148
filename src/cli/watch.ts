// `faultline watch [--config FILE] [--once]`: polls the feeds and pages (those
// of the config file, added to the database if new, else those of `faultline
// feeds add`), ingests new items, links republished stories, and sleeps until
// the next feed is due. Stopping it (Ctrl-C) at any point is safe: each item
// is recorded as it is stored, and the feed's validators only after its items.

import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { loadResources } from '../load-resources.js';
import { processDocument } from '../pipeline.js';
import { isDue } from '../feeds/backoff.js';
import { parseWatchConfig, DEFAULT_SETTINGS, type WatchConfig } from '../feeds/watch-config.js';
import { pollFeeds, type FeedReport, type WatchDeps } from '../feeds/watch-feeds.js';
import type { Clock } from '../feeds/host-gate.js';
import type { Store, StoredFeed } from '../store/store.js';
import { alertsAfterWrite } from './alerts.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { withStore } from './with-store.js';

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** `"dicts": ["my-dict"]` in the config file: user dictionary folders, relative to the file. */
const configDicts = z.array(z.string().min(1)).optional();

/** The watch config file, and the user dictionaries it names (resolved against its folder). */
export async function readWatchFile(file: string): Promise<{ config: WatchConfig; dicts: string[] }> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new CliError('bad-config', `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let dicts: string[] = [];
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'dicts' in value) {
    const { dicts: raw, ...rest } = value;
    const checked = configDicts.safeParse(raw);
    if (!checked.success) throw new CliError('bad-config', `${file}: dicts: expected a list of dictionary folders`);
    dicts = (checked.data ?? []).map((d) => resolve(dirname(file), d));
    value = rest;
  }
  const parsed = parseWatchConfig(value);
  if (!parsed.ok) throw new CliError('bad-config', `${file}: ${parsed.reason}`);
  return { config: parsed.config, dicts };
}

export async function readWatchConfig(file: string): Promise<WatchConfig> {
  return (await readWatchFile(file)).config;
}

/** The feeds of the config, added to the store when new; all stored feeds without a config. */
export async function feedsToWatch(store: Store, config: WatchConfig | null, now: string): Promise<StoredFeed[]> {
  if (config === null) return store.listFeeds();
  const stored = new Map((await store.listFeeds()).map((f) => [f.url, f]));
  const feeds: StoredFeed[] = [];
  for (const f of config.feeds) {
    feeds.push(
      stored.get(f.url) ??
        (await store.addFeed({ url: f.url, name: f.name ?? null, kind: f.kind, intervalSeconds: f.interval, fetchPages: f.fetchPages, addedAt: now })),
    );
  }
  return feeds;
}

export function reportLine(r: FeedReport): string {
  if (r.status === 'not-due') return '';
  const count = (s: string): number => r.items.filter((i) => i.status === s).length;
  const what = r.status === 'error' ? `error: ${r.reason ?? ''}` : r.status === 'not-modified' ? 'not modified' : `${count('ingested')} new, ${count('duplicate')} duplicate, ${count('rejected')} rejected, ${count('failed')} failed, ${r.known} known`;
  return `${r.url}: ${what}\n`;
}

export async function watchCommand(
  io: CliIo,
  o: {
    db: string | undefined;
    config?: string | undefined;
    once: boolean;
    quiet?: boolean;
    clock?: Clock;
    fetch?: typeof fetch;
    signal?: AbortSignal;
    /** User dictionary folders (--dict), laid over those of the config file. */
    dicts?: readonly string[];
  },
): Promise<void> {
  const file = o.config === undefined ? null : await readWatchFile(o.config);
  const config = file === null ? null : file.config;
  const dicts = [...(file?.dicts ?? []), ...(o.dicts ?? [])];
  loadResources({ dicts }); // a bad user dictionary fails before the database is opened
  const clock = o.clock ?? systemClock;
  const now = (): string => new Date(clock.now()).toISOString();
  const stopped = (): boolean => o.signal?.aborted === true;
  await withStore(o.db, async (store) => {
    const res = loadResources({ dicts });
    const deps: WatchDeps = {
      store,
      settings: config ?? DEFAULT_SETTINGS,
      code: (doc) => processDocument(doc, res),
      clock,
      ...(o.fetch === undefined ? {} : { fetch: o.fetch }),
      ...(o.quiet === true ? {} : { log: (line: string) => io.stderr(line + '\n') }),
    };
    for (;;) {
      const feeds = await feedsToWatch(store, config, now());
      if (feeds.length === 0) throw new CliError('no-feeds', 'no feeds to watch: add one with `faultline feeds add <url>` or pass --config');
      const reports = await pollFeeds(deps, { feeds });
      for (const r of reports) io.stdout(reportLine(r));
      if (o.once && reports.every((r) => r.status === 'not-due')) {
        const next = (await store.listFeeds()).map((f) => f.nextFetchAt ?? '').filter((d) => d !== '').sort()[0];
        io.stdout(`no feed is due${next === undefined ? '' : `; the next poll is at ${next}`}\n`);
      }
      if (reports.some((r) => r.items.some((i) => i.status === 'ingested' || i.status === 'duplicate'))) await alertsAfterWrite(store, io, now);
      if (o.once || stopped()) return;
      // Sleep until the next feed is due (at least a second, at most a minute, so new config feeds are seen).
      const next = (await feedsToWatch(store, config, now())).map((f) => (f.nextFetchAt === null || isDue(f.nextFetchAt, now()) ? clock.now() : Date.parse(f.nextFetchAt)));
      const wait = Math.min(60_000, Math.max(1000, Math.min(...next) - clock.now()));
      await clock.sleep(wait);
      if (stopped()) return;
    }
  });
}
