// One round of watching: every due feed (or page) is fetched with a
// conditional GET; each item not handled before has its page fetched (per-host
// politeness, timeouts), read into a Document, coded and stored through
// storeStory (near-duplicates linked). What happened to each item is recorded
// before the feed's own state moves on, so a restart neither refetches an
// item nor misses one: a crash before the feed's validators are saved only
// means the feed is fetched again and its known items skipped.

import type { CodedDocument } from '../coder/code-document.js';
import { extractHtml } from '../ingest/extract-html.js';
import { makeDocument } from '../ingest/make-document.js';
import { normalisePublishedAt } from '../ingest/normalise-published-at.js';
import type { Document } from '../records.js';
import type { FeedItemRecord, FeedItemStatus, FeedState, Store, StoredFeed } from '../store/store.js';
import { addSeconds, isDue, pollDelaySeconds } from './backoff.js';
import { fetchResource, type FetchOutcome } from './fetch-resource.js';
import { HostGate, type Clock } from './host-gate.js';
import { parseFeed, type FeedItem } from './parse-feed.js';
import { storeStory, type StoryOutcome } from './store-story.js';
import type { WatchSettings } from './watch-config.js';

export interface WatchDeps {
  store: Store;
  settings: WatchSettings;
  /** Codes a document (the pipeline; tests may pass a smaller coder). */
  code: (doc: Document) => CodedDocument;
  clock: Clock;
  fetch?: typeof fetch;
  /** One line per notable happening (items stored, problems). */
  log?: (line: string) => void;
}

export interface ItemReport {
  key: string;
  url: string | null;
  status: FeedItemStatus;
  reason: string | null;
  docId: string | null;
}

export interface FeedReport {
  feedId: number;
  url: string;
  /** 'fetched', 'not-modified', 'error' or 'not-due'. */
  status: 'fetched' | 'not-modified' | 'error' | 'not-due';
  reason: string | null;
  /** Items handled in this round (known ones are not listed). */
  items: ItemReport[];
  /** Items already handled in an earlier round. */
  known: number;
}

const isoNow = (clock: Clock): string => new Date(clock.now()).toISOString();

/** Polls the due feeds (all of `feeds` when `force`), side by side per host, one request per host at a time. */
export async function pollFeeds(deps: WatchDeps, opts: { feeds?: StoredFeed[]; force?: boolean } = {}): Promise<FeedReport[]> {
  const feeds = opts.feeds ?? (await deps.store.listFeeds());
  const gate = new HostGate(deps.settings.politenessSeconds * 1000, deps.clock);
  // Stories are stored one at a time, whatever order the fetches finish in.
  let storing: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = storing.then(work, work);
    storing = next.catch(() => undefined);
    return next;
  };
  const ctx = { deps, gate, serial };
  const byHost = new Map<string, StoredFeed[]>();
  const reports = new Map<number, FeedReport>();
  for (const f of feeds) {
    if (!opts.force && !isDue(f.nextFetchAt, isoNow(deps.clock))) {
      reports.set(f.id, { feedId: f.id, url: f.url, status: 'not-due', reason: null, items: [], known: 0 });
      continue;
    }
    const host = new URL(f.url).host;
    byHost.set(host, [...(byHost.get(host) ?? []), f]);
  }
  await Promise.all(
    [...byHost.values()].map(async (group) => {
      for (const f of group) reports.set(f.id, await pollFeed(ctx, f));
    }),
  );
  return feeds.map((f) => reports.get(f.id)).filter((r): r is FeedReport => r !== undefined);
}

interface PollContext {
  deps: WatchDeps;
  gate: HostGate;
  serial: <T>(work: () => Promise<T>) => Promise<T>;
}

async function get(ctx: PollContext, url: string, validators: { etag?: string | null; lastModified?: string | null } = {}): Promise<FetchOutcome> {
  await ctx.gate.wait(url);
  const s = ctx.deps.settings;
  return fetchResource(url, {
    ...validators,
    timeoutMs: s.timeoutSeconds * 1000,
    maxBytes: s.maxBytes,
    userAgent: s.userAgent,
    ...(ctx.deps.fetch === undefined ? {} : { fetch: ctx.deps.fetch }),
  });
}

async function pollFeed(ctx: PollContext, feed: StoredFeed): Promise<FeedReport> {
  const { deps } = ctx;
  const log = deps.log ?? (() => undefined);
  const report: FeedReport = { feedId: feed.id, url: feed.url, status: 'fetched', reason: null, items: [], known: 0 };
  const outcome = await get(ctx, feed.url, { etag: feed.etag, lastModified: feed.lastModified });
  const policy = { intervalSeconds: feed.intervalSeconds, maxBackoffSeconds: deps.settings.maxBackoffSeconds };
  const fetchedAt = isoNow(deps.clock);
  const fail = async (reason: string, retryAfter: number | null): Promise<FeedReport> => {
    const failures = feed.failures + 1;
    await deps.store.updateFeedState(feed.id, {
      etag: feed.etag, lastModified: feed.lastModified, lastFetchedAt: fetchedAt, lastStatus: 'error', lastError: reason,
      failures, nextFetchAt: addSeconds(fetchedAt, pollDelaySeconds(policy, failures, retryAfter)),
    });
    await deps.store.recordProblem({ file: feed.url, reason, at: fetchedAt });
    log(`feed ${feed.url}: ${reason} (failure ${failures}; backing off)`);
    return { ...report, status: 'error', reason };
  };
  if (outcome.status === 'error') return fail(outcome.reason, outcome.retryAfterSeconds);
  const success = (status: 'fetched' | 'not-modified', validators: { etag: string | null; lastModified: string | null }): FeedState => ({
    ...validators, lastFetchedAt: fetchedAt, lastStatus: status, lastError: null, failures: 0,
    nextFetchAt: addSeconds(fetchedAt, pollDelaySeconds(policy, 0)),
  });
  if (outcome.status === 'not-modified') {
    await deps.store.updateFeedState(feed.id, success('not-modified', { etag: feed.etag, lastModified: feed.lastModified }));
    return { ...report, status: 'not-modified' };
  }

  if (feed.kind === 'page') {
    const doc = pageDocument(outcome.body, feed.url, feed.name, null, null);
    const key = 'document' in doc ? doc.document.id : `page:${fetchedAt}`;
    const item = await handleStory(ctx, feed, { key, url: feed.url, title: null, publishedAt: null, text: null }, doc, fetchedAt);
    if (item !== null) report.items.push(item);
    else report.known++;
  } else {
    const parsed = parseFeed(outcome.body);
    if (!parsed.ok) return fail(parsed.reason, null);
    for (const entry of parsed.feed.entries) {
      if (!entry.ok) {
        const key = entry.key ?? `#${entry.index}:${entry.reason}`;
        const known = await deps.store.getFeedItem(feed.id, key);
        if (known !== null) {
          report.known++;
          continue;
        }
        report.items.push(await record(deps, feed, { key, url: null }, 'rejected', entry.reason, null, null, fetchedAt));
        continue;
      }
      const item = await handleItem(ctx, feed, entry.item, fetchedAt);
      if (item === null) report.known++;
      else report.items.push(item);
    }
  }
  await deps.store.updateFeedState(feed.id, success('fetched', { etag: outcome.etag, lastModified: outcome.lastModified }));
  return report;
}

/** One feed item: null when it was handled in an earlier round. */
async function handleItem(ctx: PollContext, feed: StoredFeed, item: FeedItem, at: string): Promise<ItemReport | null> {
  const { deps } = ctx;
  const known = await deps.store.getFeedItem(feed.id, item.key);
  if (known !== null && (known.status !== 'failed' || known.attempts >= deps.settings.maxItemAttempts)) return null;
  let doc: { document: Document } | { reason: string; permanent: boolean };
  if (feed.fetchPages && item.url !== null) {
    const page = await get(ctx, item.url);
    doc =
      page.status === 'ok'
        ? pageDocument(page.body, item.url, feed.name, item.title, item.publishedAt)
        : page.status === 'error'
          ? { reason: `page ${item.url}: ${page.reason}`, permanent: page.permanent }
          : { reason: `page ${item.url}: unexpected 304`, permanent: false };
  } else if (item.text !== null) {
    doc = build({ text: item.text, title: item.title, url: item.url, source: feed.name, publishedAt: published(item.publishedAt) });
  } else doc = { reason: 'item has no text and pages are not fetched for this feed', permanent: true };
  return handleStory(ctx, feed, item, doc, at, known);
}

async function handleStory(
  ctx: PollContext, feed: StoredFeed, item: FeedItem, doc: { document: Document } | { reason: string; permanent: boolean }, at: string,
  known: FeedItemRecord | null = null,
): Promise<ItemReport | null> {
  const { deps } = ctx;
  if (!('document' in doc)) {
    const status = doc.permanent ? 'rejected' : 'failed';
    await deps.store.recordProblem({ file: item.url ?? feed.url, reason: doc.reason, at });
    (deps.log ?? (() => undefined))(`${status}: ${doc.reason}`);
    return record(deps, feed, item, status, doc.reason, null, known, at);
  }
  if (feed.kind === 'page' && (await deps.store.getFeedItem(feed.id, item.key)) !== null) return null;
  let outcome: StoryOutcome;
  try {
    outcome = await ctx.serial(() => storeStory(deps.store, doc.document, deps.code, at));
  } catch (error) {
    const reason = `could not store ${item.url ?? item.key}: ${error instanceof Error ? error.message : String(error)}`;
    await deps.store.recordProblem({ file: item.url ?? feed.url, reason, at });
    return record(deps, feed, item, 'failed', reason, null, known, at);
  }
  const log = deps.log ?? (() => undefined);
  if (outcome.status === 'ingested') log(`ingested ${item.url ?? item.key}: ${outcome.events} event(s)`);
  else if (outcome.status === 'duplicate') log(`duplicate ${item.url ?? item.key} of ${outcome.originalId} (similarity ${outcome.similarity.toFixed(2)}; ${outcome.merged} event(s) merged, ${outcome.own} new)`);
  const status: FeedItemStatus = outcome.status === 'ingested' ? 'ingested' : 'duplicate';
  const reason = outcome.status === 'duplicate' ? `duplicate of ${outcome.originalId}` : outcome.status === 'exists' ? 'already stored' : null;
  return record(deps, feed, item, status, reason, outcome.docId, known, at);
}

async function record(
  deps: WatchDeps, feed: StoredFeed, item: { key: string; url: string | null }, status: FeedItemStatus, reason: string | null,
  docId: string | null, known: FeedItemRecord | null, at: string,
): Promise<ItemReport> {
  await deps.store.recordFeedItem({
    feedId: feed.id, key: item.key, url: item.url, status, docId, reason,
    attempts: (known?.attempts ?? 0) + 1, firstSeenAt: known?.firstSeenAt ?? at, lastTriedAt: at,
  });
  return { key: item.key, url: item.url, status, reason, docId };
}

function published(s: string | null): string | null {
  return s === null ? null : normalisePublishedAt(s);
}

function build(input: Parameters<typeof makeDocument>[0]): { document: Document } | { reason: string; permanent: boolean } {
  try {
    return { document: makeDocument(input) };
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error), permanent: true };
  }
}

/** A fetched web page as a Document: its article text, the feed's title and date first. */
function pageDocument(html: string, url: string, source: string | null, title: string | null, date: string | null): { document: Document } | { reason: string; permanent: boolean } {
  const article = extractHtml(html);
  if (article.text.trim() === '') return { reason: `page ${url}: no article text found`, permanent: true };
  return build({
    text: article.text,
    title: title ?? article.title,
    url,
    source: source ?? article.siteName,
    publishedAt: published(date) ?? (article.publishedAt === null ? null : normalisePublishedAt(article.publishedAt)),
  });
}
