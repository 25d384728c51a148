// `faultline feeds add|list|remove`: the feeds and pages `faultline watch`
// polls, kept in the database with their polling state.

import { newFeedSchema, type StoredFeed } from '../store/store.js';
import { DEFAULT_INTERVAL_SECONDS } from '../feeds/watch-config.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { textTable } from './format-events.js';
import { withStore } from './with-store.js';

export async function feedsAddCommand(
  io: CliIo,
  o: { url: string; db: string | undefined; name?: string | undefined; page?: boolean; interval?: string | undefined; pages?: boolean; now?: () => string },
): Promise<void> {
  const interval = o.interval === undefined ? DEFAULT_INTERVAL_SECONDS : Number(o.interval);
  const parsed = newFeedSchema.safeParse({
    url: o.url,
    name: o.name ?? null,
    kind: o.page === true ? 'page' : 'feed',
    intervalSeconds: interval,
    fetchPages: o.pages !== false,
    addedAt: (o.now ?? (() => new Date().toISOString()))(),
  });
  if (!parsed.success) throw new CliError('bad-feed', parsed.error.issues.map((i) => `${i.path.join('.') || 'feed'}: ${i.message}`).join('; '));
  const feed = await withStore(o.db, async (store) => {
    try {
      return await store.addFeed(parsed.data);
    } catch (error) {
      throw new CliError('feed-exists', error instanceof Error ? error.message : String(error));
    }
  });
  io.stdout(`added ${feed.kind} ${feed.id}: ${feed.url} (every ${feed.intervalSeconds} s)\n`);
}

export async function feedsListCommand(io: CliIo, o: { db: string | undefined; format: 'table' | 'json' }): Promise<void> {
  const feeds = await withStore(o.db, (store) => store.listFeeds());
  if (o.format === 'json') {
    io.stdout(JSON.stringify(feeds, null, 2) + '\n');
    return;
  }
  if (feeds.length === 0) {
    io.stdout('no feeds: add one with `faultline feeds add <url>`\n');
    return;
  }
  io.stdout(textTable(['id', 'kind', 'name', 'every', 'last poll', 'status', 'failures', 'next poll', 'url'], feeds.map(row)));
}

function row(f: StoredFeed): string[] {
  return [
    String(f.id), f.kind, f.name ?? '-', `${f.intervalSeconds}s`, f.lastFetchedAt ?? '-',
    f.lastStatus === 'error' ? `error: ${f.lastError ?? ''}` : (f.lastStatus ?? '-'), String(f.failures), f.nextFetchAt ?? 'now', f.url,
  ];
}

export async function feedsRemoveCommand(io: CliIo, o: { feed: string; db: string | undefined }): Promise<void> {
  const removed = await withStore(o.db, (store) => store.removeFeed(o.feed));
  if (!removed) throw new CliError('no-feed', `no feed ${o.feed}`);
  io.stdout(`removed ${o.feed}\n`);
}
