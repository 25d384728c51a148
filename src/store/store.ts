// The Store contract: where documents, their sentences and their coded events
// are kept. One implementation per backend (sqlite/ now, postgres/ later), all
// held to the same contract test suite (test/store/store-contract.ts).
//
// Every method is async so that a networked backend fits the same contract.

import { z } from 'zod';
import { PLOVER_TYPES } from '../records.js';
import type { Document, Event, Sentence } from '../records.js';

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
