// The Store contract: where documents, their sentences and their coded events
// are kept. One implementation per backend (sqlite/ now, postgres/ later), all
// held to the same contract test suite (test/store/store-contract.ts).
//
// Every method is async so that a networked backend fits the same contract.

import { z } from 'zod';
import type { AlertRule } from '../alerts/alert-rule.js';
import type { DyadDay, PlaceDay } from '../analytics/types.js';
import { PLOVER_TYPES } from '../records.js';
import type { Document, Event, PloverType, Sentence } from '../records.js';

const isoCountry = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code in capitals, e.g. "IRQ"');

/**
 * Which events `queryEvents` returns. All fields are optional and combine
 * with AND. Results are ordered by event date, then event id (events without
 * a date come first); `after` is the id of the last event of the previous page.
 */
export const eventFilterSchema = z
  .strictObject({
    /** ISO3 country of a source or a target actor. */
    country: isoCountry.optional(),
    /** PLOVER event type. */
    type: z.enum(PLOVER_TYPES).optional(),
    /** First event date, inclusive (YYYY-MM-DD). */
    since: z.iso.date().optional(),
    /** Last event date, inclusive (YYYY-MM-DD). */
    until: z.iso.date().optional(),
    /** Only the events of this document. */
    docId: z.string().min(1).optional(),
    /** At most this many events. */
    limit: z.number().int().positive().optional(),
    /** Cursor: the id of the last event already seen; the page starts after it. */
    after: z.string().min(1).optional(),
  })
  .refine((f) => f.since === undefined || f.until === undefined || f.since <= f.until, {
    message: '"since" must not be after "until"',
    path: ['since'],
  });

export type EventFilter = z.infer<typeof eventFilterSchema>;

/** A file (or line of a file) that could not be ingested, kept as data. */
export const ingestProblemSchema = z.strictObject({
  file: z.string().min(1),
  /** 1-based line number, for line-oriented inputs (JSONL). */
  line: z.number().int().positive().optional(),
  reason: z.string().min(1),
  /** When the problem happened (ISO date-time), passed in by the caller. */
  at: z.string().min(1),
});

export type IngestProblem = z.infer<typeof ingestProblemSchema>;

export interface SaveResult {
  /** False when a document with the same id was already stored (nothing was added). */
  inserted: boolean;
}

export interface StoreStats {
  documents: number;
  events: number;
  /** Events per PLOVER type; every PLOVER type is present, zero when unseen. */
  byPlover: Record<string, number>;
}

/** A range of dates, both ends inclusive (YYYY-MM-DD) and optional. */
export const dateRangeSchema = z
  .strictObject({ since: z.iso.date().optional(), until: z.iso.date().optional() })
  .refine((f) => f.since === undefined || f.until === undefined || f.since <= f.until, {
    message: '"since" must not be after "until"',
    path: ['since'],
  });

export type DateRange = z.infer<typeof dateRangeSchema>;

// --- geo (issue 3): where events happened ---

/** Which events `placeCounts` counts; fields combine with AND. Undated events count only without dates. */
export const placeCountFilterSchema = z
  .strictObject({
    /** ISO3 country of the event's location. */
    country: isoCountry.optional(),
    since: z.iso.date().optional(),
    until: z.iso.date().optional(),
    /** At most this many places (the most eventful first). */
    limit: z.number().int().positive().optional(),
  })
  .refine((f) => f.since === undefined || f.until === undefined || f.since <= f.until, {
    message: '"since" must not be after "until"',
    path: ['since'],
  });

export type PlaceCountFilter = z.infer<typeof placeCountFilterSchema>;

/** A place where events happened, with how many events and documents put them there. */
export interface PlaceCount {
  name: string;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  geonamesId: number | null;
  precision: string;
  events: number;
  documents: number;
  /** First and last event dates (YYYY-MM-DD), null when all are undated. */
  firstDate: string | null;
  lastDate: string | null;
}

/** What `importEvents` did: events whose id was already stored are skipped. */
export interface ImportResult {
  inserted: number;
  skipped: number;
}

/**
 * Which DyadDay aggregates `dyadDays` returns; fields combine with AND.
 * Rows are ordered by date, source, target.
 */
export const dyadDayFilterSchema = z
  .strictObject({
    /** First date, inclusive (YYYY-MM-DD). */
    since: z.iso.date().optional(),
    /** Last date, inclusive (YYYY-MM-DD). */
    until: z.iso.date().optional(),
    /**
     * An actor key on either side of the pair. A sector-level key ("IRQ/GOV")
     * matches itself; a bare country or IGO code ("IRQ") matches itself and
     * its sector-level keys ("IRQ/GOV", "IRQ/MIL").
     */
    actor: z
      .string()
      .regex(/^[A-Z][A-Z0-9]{1,7}(\/[A-Z]{3})?$/, 'expected an actor key such as "IRQ", "UNO" or "IRQ/GOV"')
      .optional(),
    /**
     * Which keys: 'country' ("IRQ", "UNO") or 'sector' ("IRQ/GOV", and "IRQ"
     * when the sector is unknown; internal pairs such as IRQ/GOV → IRQ/REB
     * exist only at this level). Default 'country'.
     */
    level: z.enum(['country', 'sector']).optional(),
  })
  .refine((f) => f.since === undefined || f.until === undefined || f.since <= f.until, {
    message: '"since" must not be after "until"',
    path: ['since'],
  });

export type DyadDayFilter = z.infer<typeof dyadDayFilterSchema>;

/** An alert rule as stored: the rule itself (validated JSON) and where to deliver it. */
export interface StoredAlertRule {
  id: number;
  /** Unique, chosen by the user (or derived from the rule). */
  name: string;
  rule: AlertRule;
  /** URL that receives a JSON POST per alert, or null for the log only. */
  webhook: string | null;
  /** ISO date-time, passed in by the caller. */
  createdAt: string;
}

export type NewAlertRule = Omit<StoredAlertRule, 'id'>;

/** One finding of one rule, recorded once: (ruleId, dedupeKey) is unique. */
export interface StoredAlert {
  id: number;
  ruleId: number;
  /** Names the finding within its rule, e.g. "escalation:IRQ-IRN:2025-06-13" or "event:abc123". */
  dedupeKey: string;
  /** The finding as JSON-serialisable data (what webhooks receive). */
  finding: unknown;
  firedAt: string;
}

export type NewAlert = Omit<StoredAlert, 'id'>;

/** The outcome of delivering one alert on one channel ("log" or a webhook URL). */
export interface AlertDelivery {
  alertId: number;
  channel: string;
  /** 'sent' is final: the alert is never delivered on that channel again. */
  status: 'sent' | 'failed';
  attempts: number;
  error: string | null;
  at: string;
}

// --- feeds, duplicate stories and event mentions (issue 5) ---

export const FEED_KINDS = ['feed', 'page'] as const;
/** 'feed': an RSS/Atom feed whose items are stories; 'page': a web page that is itself the story. */
export type FeedKind = (typeof FEED_KINDS)[number];

/** A feed or page to watch, as `faultline feeds add` or a watch config gives it. */
export const newFeedSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }),
  name: z.string().min(1).nullable(),
  kind: z.enum(FEED_KINDS),
  /** Seconds between two polls when all is well. */
  intervalSeconds: z.number().int().positive(),
  /** For feeds: fetch each item's page for its text (else the item's own summary/content). */
  fetchPages: z.boolean(),
  /** ISO date-time, passed in by the caller. */
  addedAt: z.string().min(1),
});
export type NewFeed = z.infer<typeof newFeedSchema>;

/** What the last poll of a feed left behind. */
export interface FeedState {
  /** Validators for the next conditional GET. */
  etag: string | null;
  lastModified: string | null;
  lastFetchedAt: string | null;
  /** 'fetched', 'not-modified' or 'error'. */
  lastStatus: string | null;
  lastError: string | null;
  /** Consecutive failed polls (0 after a success): the backoff exponent. */
  failures: number;
  /** ISO date-time of the next poll; null means due now. */
  nextFetchAt: string | null;
}

export interface StoredFeed extends NewFeed, FeedState {
  id: number;
}

export const FEED_ITEM_STATUSES = ['ingested', 'duplicate', 'failed', 'rejected'] as const;
export type FeedItemStatus = (typeof FEED_ITEM_STATUSES)[number];

/** One handled item of a feed (or one version of a watched page). */
export interface FeedItemRecord {
  feedId: number;
  /** The item's guid, else its link (pages: the document id). */
  key: string;
  url: string | null;
  /** 'failed' items are retried on later polls; the others never. */
  status: FeedItemStatus;
  docId: string | null;
  reason: string | null;
  attempts: number;
  firstSeenAt: string;
  lastTriedAt: string;
}

/** A document's MinHash signature (src/dedupe) and its LSH band keys. */
export interface DocumentSignature {
  docId: string;
  /** Number of distinct shingles the signature summarises. */
  shingles: number;
  /** Hex form of the signature (signatureToHex). */
  signature: string;
  bands: string[];
}

/** A near-duplicate story, linked to the first copy stored. */
export interface DuplicateLink {
  docId: string;
  originalId: string;
  /** Estimated similarity that linked them, 0 … 1. */
  similarity: number;
  /** How it was found, e.g. "minhash". */
  method: string;
  linkedAt: string;
}

/**
 * One report of an event: the document it was coded from, a duplicate story
 * merged into it, or a record of an imported data set. Counts of events are
 * counts of happenings; mentions keep every source and URL.
 */
export interface EventMention {
  eventId: string;
  /** 'document', or the data set a record came from: 'gdelt', 'acled', 'plover'. */
  origin: string;
  docId: string | null;
  /** The record's id in its data set (GDELT GLOBALEVENTID, ACLED event_id_cnty). */
  externalId: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  /** Columns of the record that the event does not hold, to write it back unchanged. */
  fields: Record<string, string> | null;
}

export interface ReplaceCodingOptions {
  /** The document's mentions of other documents' events; omitted: the stored ones stay. */
  mentions?: readonly EventMention[];
  /** Compare and count only. */
  dryRun?: boolean;
}

/** What `replaceCoding` did (or, for a dry run, would do) to one document. */
export interface RecodeResult {
  /** Events of the document before and after. */
  before: number;
  after: number;
  /** Event ids that are new, gone, or kept with a different coding (actors, place, …). */
  added: number;
  removed: number;
  updated: number;
  /** False when the new coding equals the stored one: then nothing was written. */
  changed: boolean;
}

export interface Store {
  /**
   * Stores a document with its sentences and events in one transaction: all
   * of it or none of it. Every event must carry `docId === doc.id`. When the
   * document id is already stored, nothing is written and `inserted` is false.
   */
  saveDocument(doc: Document, sentences: Sentence[], events: Event[]): Promise<SaveResult>;

  hasDocument(id: string): Promise<boolean>;
  getDocument(id: string): Promise<Document | null>;
  /** The sentences of a document, by index. */
  getSentences(docId: string): Promise<Sentence[]>;

  /** The event exactly as it was saved. */
  getEvent(id: string): Promise<Event | null>;
  /** Validates the filter with `eventFilterSchema` (rejects with a ZodError). */
  queryEvents(filter: EventFilter): Promise<Event[]>;
  /** The events of a document, in the order they were saved. */
  eventsOfDocument(docId: string): Promise<Event[]>;

  countEvents(): Promise<number>;
  countDocuments(): Promise<number>;
  stats(): Promise<StoreStats>;

  /** Records an ingest failure (validated with `ingestProblemSchema`). */
  recordProblem(problem: IngestProblem): Promise<void>;
  /** The most recent problems first; 100 when no limit is given. */
  listProblems(limit?: number): Promise<IngestProblem[]>;

  /**
   * Stores events that arrive without their document text (`faultline
   * import`), each with its actors, and updates the aggregates, all in one
   * transaction. The document an event names need not be stored. An event
   * whose id is already stored is skipped (never overwritten).
   */
  importEvents(events: Event[]): Promise<ImportResult>;

  /** The date of the latest dated event, or null when no event has a date. */
  latestEventDate(): Promise<string | null>;

  /**
   * An opaque token that changes whenever anything is committed to the store,
   * through this connection or any other (another process ingesting into the
   * same database). Reading never changes it. Caches of computed results (the
   * HTTP server's hotspots and network) key on it.
   */
  revision(): Promise<string>;

  /**
   * The DyadDay aggregates (see src/analytics/aggregate-events.ts for how
   * events become rows). Kept up to date by saveDocument and importEvents;
   * validates the filter with `dyadDayFilterSchema`.
   */
  dyadDays(filter: DyadDayFilter): Promise<DyadDay[]>;

  /** The PlaceDay aggregates (src/analytics/place-key.ts), by date and place; same date bounds as dyadDays. */
  placeDays(filter: DateRange): Promise<PlaceDay[]>;

  /** Places of located events with their counts, most events first (geo, issue 3). */
  placeCounts(filter: PlaceCountFilter): Promise<PlaceCount[]>;

  /** Recomputes every aggregate (dyad days at both levels, place days) from the stored events. */
  rebuildAggregates(): Promise<{ dyadDays: number; placeDays: number }>;

  /** Stores a rule; rejects when the name is taken. */
  addAlertRule(rule: NewAlertRule): Promise<StoredAlertRule>;
  /** Rules in the order they were added. */
  listAlertRules(): Promise<StoredAlertRule[]>;
  /** Removes a rule (by name or by id) with its alerts; false when there was none. */
  removeAlertRule(nameOrId: string): Promise<boolean>;

  /**
   * Records a finding of a rule, once: when (ruleId, dedupeKey) is already
   * recorded, returns the stored alert with `isNew` false.
   */
  recordAlert(alert: NewAlert): Promise<{ alert: StoredAlert; isNew: boolean }>;
  /** Recorded alerts, newest first; 100 when no limit is given. */
  listAlerts(opts?: { ruleId?: number; limit?: number }): Promise<StoredAlert[]>;
  /** Records (or replaces) the outcome of delivering an alert on a channel. */
  recordDelivery(delivery: AlertDelivery): Promise<void>;
  /** The deliveries of an alert, by channel. */
  deliveriesOf(alertId: number): Promise<AlertDelivery[]>;

  // --- feeds, duplicate stories and event mentions (issue 5) ---

  /** Stores a feed (validated with `newFeedSchema`); rejects when its URL is already watched. */
  addFeed(feed: NewFeed): Promise<StoredFeed>;
  /** Feeds in the order they were added. */
  listFeeds(): Promise<StoredFeed[]>;
  /** Removes a feed (by URL or id) with its item records; false when there was none. */
  removeFeed(urlOrId: string): Promise<boolean>;
  updateFeedState(feedId: number, state: FeedState): Promise<void>;
  getFeedItem(feedId: number, key: string): Promise<FeedItemRecord | null>;
  /** Records (or replaces) what happened to an item. */
  recordFeedItem(item: FeedItemRecord): Promise<void>;

  /** Stores a first copy's signature and band keys (replacing an earlier one). */
  saveSignature(signature: DocumentSignature): Promise<void>;
  /** Stored signatures sharing at least one band key, the most shared first; `bands` is [] in results. */
  similarDocuments(bands: readonly string[], limit?: number): Promise<DocumentSignature[]>;
  /**
   * Stores a near-duplicate story in one transaction: the document with its
   * sentences and the events of its own (those not merged), the link to its
   * first copy, and its mentions on the first copy's events. Nothing is
   * written when the document id is already stored.
   */
  saveDuplicate(doc: Document, sentences: Sentence[], events: Event[], link: DuplicateLink, mentions: EventMention[]): Promise<SaveResult>;
  duplicateOf(docId: string): Promise<DuplicateLink | null>;
  /** The duplicates linked to a first copy, in the order they were linked. */
  duplicatesOf(originalId: string): Promise<DuplicateLink[]>;

  /** Adds mentions (an identical one is not added twice); returns how many were added. */
  addMentions(mentions: readonly EventMention[]): Promise<number>;
  /** Every report of an event: its own document first (when stored), then the added mentions. */
  mentionsOf(eventId: string): Promise<EventMention[]>;
  /** `importEvents`, plus the mentions of the events it inserted, in the same transaction. */
  importEventsWithMentions(events: Event[], mentions: readonly EventMention[]): Promise<ImportResult>;
  /**
   * The ids of the events of one day (null: the undated ones), in id order,
   * optionally only those with a PLOVER type or a country among their actors:
   * exports walk the store day by day with it, in bounded memory.
   */
  eventIdsOn(date: string | null, filter?: { country?: string; type?: PloverType }): Promise<string[]>;

  // --- re-coding (faultline recode) ---

  /**
   * Ids of stored documents in the order they were stored (a first copy
   * before its near-duplicates), optionally only those published in the
   * range (by the date part of publishedAt; undated documents only when the
   * range is empty). Validates the range with `dateRangeSchema`.
   */
  documentIds(range?: DateRange): Promise<string[]>;

  /**
   * Replaces a stored document's coding in one transaction: its sentences,
   * its events (with their actors and the aggregates of the dates they touch)
   * and, when `mentions` is given, the mentions this document made of other
   * documents' events (a near-duplicate's merged events). An event id that
   * stays keeps its mentions; the mentions of a removed event go with it.
   * Alerts already recorded are history and are left as they are. When the
   * new coding equals the stored one nothing is written (`changed` false).
   * Rejects when the document is not stored or an event names another one.
   * With `dryRun` it compares and counts but writes nothing.
   */
  replaceCoding(docId: string, sentences: Sentence[], events: Event[], opts?: ReplaceCodingOptions): Promise<RecodeResult>;

  /** Releases the connection; calling it again does nothing. */
  close(): Promise<void>;
}

/**
 * Checks what every backend requires of a `saveDocument` call before it
 * touches the database: each event belongs to the document.
 */
export function checkDocumentEvents(doc: Document, events: readonly Event[]): void {
  for (const event of events) {
    if (event.docId !== doc.id) {
      throw new Error(
        `Event ${event.id} belongs to document ${String(event.docId)}, not to ${doc.id}: events are saved with their own document`,
      );
    }
  }
}
