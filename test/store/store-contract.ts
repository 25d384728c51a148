// The behaviour every Store backend must have. Each backend's test file calls
// describeStoreContract with a function that opens a fresh, empty store.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLOVER_TYPES } from '../../src/records.js';
import type { Document, Event } from '../../src/records.js';
import type { EventFilter, IngestProblem, Store } from '../../src/store/store.js';
import { ACTORS, TEXTS, assaultEvent, makeDocument, makeEvent, makeSentences, praiseEvent } from './fixtures.js';

const ids = (events: readonly Event[]): string[] => events.map((e) => e.id);

export function describeStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    // Three documents and six events. In (date, id) order:
    //   council-2 (undated), forum-1, forum-2 (06-13), strikes-1 (06-14),
    //   strikes-2 (06-15), council-1 (06-16).
    const forum = makeDocument(TEXTS.forum, { publishedAt: '2025-06-13' });
    const strikes = makeDocument(TEXTS.strikes, { publishedAt: '2025-06-14', source: 'VOA', dateline: null });
    const council = makeDocument(TEXTS.council, {
      source: null,
      url: null,
      title: null,
      publishedAt: null,
      dateline: null,
    });
    // Saved out of id order, to show listings sort and eventsOfDocument keeps save order.
    const forumEvents = [
      praiseEvent(forum, 'forum-2', { date: '2025-06-13', sentence: 1 }),
      makeEvent(forum, 'forum-1', { date: '2025-06-13', sentence: 1 }),
    ];
    const strikesEvents = [
      assaultEvent(strikes, 'strikes-1', { date: '2025-06-14' }),
      makeEvent(strikes, 'strikes-2', {
        date: '2025-06-15',
        sentence: 1,
        source: [ACTORS.iran],
        target: [ACTORS.israelMil],
        location: null,
        mode: 'verbal',
        context: 'military',
        confidence: 0.55,
      }),
    ];
    const councilEvents = [
      makeEvent(council, 'council-1', {
        date: '2025-06-16',
        source: [ACTORS.un],
        target: [ACTORS.iran, ACTORS.israelMil],
        cameo: '040',
        plover: 'CONSULT',
        quad: 1,
        goldstein: 1,
        location: null,
      }),
      makeEvent(council, 'council-2', {
        date: null,
        sentence: 1,
        source: [ACTORS.iraqGov, ACTORS.un],
        speaker: ACTORS.un,
      }),
    ];

    async function saveAll(): Promise<void> {
      for (const [doc, events] of [
        [forum, forumEvents],
        [strikes, strikesEvents],
        [council, councilEvents],
      ] as const) {
        await store.saveDocument(doc, makeSentences(doc), [...events]);
      }
    }

    describe('an empty store', () => {
      it('has nothing in it', async () => {
        expect(await store.countDocuments()).toBe(0);
        expect(await store.countEvents()).toBe(0);
        expect(await store.hasDocument(forum.id)).toBe(false);
        expect(await store.getDocument(forum.id)).toBeNull();
        expect(await store.getSentences(forum.id)).toEqual([]);
        expect(await store.getEvent('forum-1')).toBeNull();
        expect(await store.eventsOfDocument(forum.id)).toEqual([]);
        expect(await store.queryEvents({})).toEqual([]);
        expect(await store.listProblems()).toEqual([]);
      });
    });

    describe('saveDocument', () => {
      it('round-trips a document, its sentences and its events', async () => {
        const sentences = makeSentences(forum);
        expect(sentences.length).toBe(2);
        expect(await store.saveDocument(forum, sentences, forumEvents)).toEqual({ inserted: true });

        expect(await store.hasDocument(forum.id)).toBe(true);
        expect(await store.getDocument(forum.id)).toEqual(forum);
        expect(await store.getSentences(forum.id)).toEqual(sentences);
        for (const event of forumEvents) expect(await store.getEvent(event.id)).toEqual(event);
        expect(await store.eventsOfDocument(forum.id)).toEqual(forumEvents);
        expect(await store.countDocuments()).toBe(1);
        expect(await store.countEvents()).toBe(2);
      });

      it('round-trips null fields, compound actors, speakers and IGOs', async () => {
        await store.saveDocument(council, makeSentences(council), councilEvents);
        expect(await store.getDocument(council.id)).toEqual(council);
        expect(await store.eventsOfDocument(council.id)).toEqual(councilEvents);
        const undated = await store.getEvent('council-2');
        expect(undated).toEqual(councilEvents[1]);
        expect(undated?.date).toBeNull();
      });

      it('stores a document without events', async () => {
        expect(await store.saveDocument(strikes, makeSentences(strikes), [])).toEqual({ inserted: true });
        expect(await store.getDocument(strikes.id)).toEqual(strikes);
        expect(await store.eventsOfDocument(strikes.id)).toEqual([]);
      });

      it('adds nothing when the same document is saved again', async () => {
        await store.saveDocument(forum, makeSentences(forum), forumEvents);
        const extra = makeEvent(forum, 'forum-3');
        const again = await store.saveDocument(forum, makeSentences(forum).slice(0, 1), [...forumEvents, extra]);
        expect(again).toEqual({ inserted: false });
        expect(await store.countDocuments()).toBe(1);
        expect(await store.countEvents()).toBe(2);
        expect(await store.getEvent('forum-3')).toBeNull();
        expect(await store.getSentences(forum.id)).toEqual(makeSentences(forum));
      });

      it('refuses events of another document and stores nothing', async () => {
        await expect(store.saveDocument(forum, makeSentences(forum), [makeEvent(strikes, 'x-1')])).rejects.toThrow(
          /belongs to document/,
        );
        expect(await store.hasDocument(forum.id)).toBe(false);
        expect(await store.countEvents()).toBe(0);
      });
    });

    describe('a failure mid-document leaves nothing half-written', () => {
      async function expectNothingOf(doc: Document, events: readonly Event[]): Promise<void> {
        expect(await store.hasDocument(doc.id)).toBe(false);
        expect(await store.getDocument(doc.id)).toBeNull();
        expect(await store.getSentences(doc.id)).toEqual([]);
        expect(await store.eventsOfDocument(doc.id)).toEqual([]);
        expect(await store.queryEvents({ docId: doc.id })).toEqual([]);
        for (const e of events) expect(await store.getEvent(e.id)).toBeNull();
      }

      it('rolls back when an event id repeats inside the document', async () => {
        const events = [makeEvent(strikes, 'strikes-a'), praiseEvent(strikes, 'strikes-b'), assaultEvent(strikes, 'strikes-a')];
        await expect(store.saveDocument(strikes, makeSentences(strikes), events)).rejects.toThrow(strikes.id);
        await expectNothingOf(strikes, events);
        expect(await store.countDocuments()).toBe(0);
        expect(await store.countEvents()).toBe(0);
        expect(await store.queryEvents({ country: 'ISR' })).toEqual([]);

        // The store is still usable, and the corrected document can be saved.
        const fixed = [events[0], events[1], assaultEvent(strikes, 'strikes-c')].filter((e) => e !== undefined);
        expect(await store.saveDocument(strikes, makeSentences(strikes), fixed)).toEqual({ inserted: true });
        expect(await store.eventsOfDocument(strikes.id)).toEqual(fixed);
      });

      it('rolls back when an event id is taken by another document', async () => {
        await store.saveDocument(forum, makeSentences(forum), forumEvents);
        const clash = [assaultEvent(strikes, 'strikes-1'), makeEvent(strikes, 'forum-1')];
        await expect(store.saveDocument(strikes, makeSentences(strikes), clash)).rejects.toThrow();
        await expectNothingOf(strikes, clash.slice(0, 1));
        expect(await store.getEvent('forum-1')).toEqual(forumEvents[1]);
        expect(await store.countEvents()).toBe(2);
      });

      it('rolls back when a sentence index repeats', async () => {
        const [first] = makeSentences(strikes);
        if (first === undefined) throw new Error('fixture has no sentence');
        await expect(store.saveDocument(strikes, [first, first], strikesEvents)).rejects.toThrow();
        await expectNothingOf(strikes, strikesEvents);
      });
    });

    describe('queryEvents', () => {
      beforeEach(saveAll);

      const everything = ['council-2', 'forum-1', 'forum-2', 'strikes-1', 'strikes-2', 'council-1'];
      const table: [EventFilter, string[]][] = [
        [{}, everything],
        [{ country: 'IRQ' }, ['council-2', 'forum-1', 'forum-2']],
        // Source or target; a compound target counts.
        [{ country: 'ISR' }, ['council-2', 'forum-1', 'strikes-1', 'strikes-2', 'council-1']],
        [{ country: 'IRN' }, ['strikes-1', 'strikes-2', 'council-1']],
        // forum-1 happened in Moscow, but Russia is neither its source nor its target.
        [{ country: 'RUS' }, ['forum-2']],
        [{ country: 'USA' }, []],
        [{ type: 'ACCUSE' }, ['council-2', 'forum-1', 'strikes-2']],
        [{ type: 'SANCTION' }, []],
        [{ since: '2025-06-14' }, ['strikes-1', 'strikes-2', 'council-1']],
        [{ until: '2025-06-14' }, ['forum-1', 'forum-2', 'strikes-1']],
        [{ since: '2025-06-13', until: '2025-06-13' }, ['forum-1', 'forum-2']],
        [{ since: '2025-06-14', until: '2025-06-15' }, ['strikes-1', 'strikes-2']],
        [{ since: '2025-07-01' }, []],
        [{ docId: strikes.id }, ['strikes-1', 'strikes-2']],
        [{ docId: 'no-such-document' }, []],
        [{ limit: 2 }, ['council-2', 'forum-1']],
        [{ limit: 100 }, everything],
        [{ after: 'forum-1' }, ['forum-2', 'strikes-1', 'strikes-2', 'council-1']],
        [{ after: 'council-2', limit: 1 }, ['forum-1']],
        [{ after: 'council-1' }, []],
        [{ country: 'ISR', type: 'ACCUSE', since: '2025-06-13' }, ['forum-1', 'strikes-2']],
        [{ country: 'IRN', after: 'forum-2', limit: 2 }, ['strikes-1', 'strikes-2']],
        [{ docId: council.id, type: 'CONSULT' }, ['council-1']],
      ];

      it.each(table)('%j → %j', async (filter, expected) => {
        expect(ids(await store.queryEvents(filter))).toEqual(expected);
      });

      it('returns the saved events themselves', async () => {
        const all = await store.queryEvents({});
        const saved = [...forumEvents, ...strikesEvents, ...councilEvents];
        for (const event of all) expect(event).toEqual(saved.find((e) => e.id === event.id));
      });

      it('pages through everything with a cursor, each event once', async () => {
        for (const [filter, size] of [
          [{}, 1],
          [{}, 2],
          [{}, 4],
          [{ country: 'ISR' }, 2],
        ] as const) {
          const seen: string[] = [];
          let after: string | undefined;
          for (let page = 0; page < 10; page++) {
            const batch = await store.queryEvents({ ...filter, limit: size, ...(after === undefined ? {} : { after }) });
            expect(batch.length).toBeLessThanOrEqual(size);
            seen.push(...ids(batch));
            if (batch.length < size) break;
            after = batch.at(-1)?.id;
          }
          expect(seen).toEqual(ids(await store.queryEvents(filter)));
        }
      });

      it('rejects a cursor that names no event', async () => {
        await expect(store.queryEvents({ after: 'no-such-event' })).rejects.toThrow(/cursor/i);
      });

      const invalid: unknown[] = [
        { country: 'iq' },
        { country: 'IRAQ' },
        { type: 'CONDEMN' },
        { since: '2025-02-30' },
        { until: '14/06/2025' },
        { since: '2025-06-15', until: '2025-06-14' },
        { limit: 0 },
        { limit: 2.5 },
        { after: '' },
        { colour: 'red' },
      ];
      it.each(invalid)('rejects the filter %j', async (filter) => {
        await expect(store.queryEvents(filter as EventFilter)).rejects.toThrow();
      });
    });

    describe('counts and stats', () => {
      it('counts documents, events and events per PLOVER type', async () => {
        await saveAll();
        const saved = [...forumEvents, ...strikesEvents, ...councilEvents];
        const stats = await store.stats();
        expect(stats.documents).toBe(3);
        expect(stats.events).toBe(saved.length);
        expect(await store.countDocuments()).toBe(3);
        expect(await store.countEvents()).toBe(saved.length);
        expect(Object.keys(stats.byPlover).sort()).toEqual([...PLOVER_TYPES].sort());
        for (const type of PLOVER_TYPES) {
          expect(stats.byPlover[type], type).toBe(saved.filter((e) => e.plover === type).length);
        }
        expect(stats.byPlover['ACCUSE']).toBe(3);
      });
    });

    describe('problems', () => {
      const problems: IngestProblem[] = [
        { file: 'feeds/ina.jsonl', line: 12, reason: 'invalid JSON: Unexpected token', at: '2025-06-14T08:00:00.000Z' },
        { file: 'inbox/empty.html', reason: 'no article text found', at: '2025-06-14T08:00:01.000Z' },
        { file: 'feeds/ina.jsonl', line: 40, reason: 'missing field "text"', at: '2025-06-14T08:00:02.000Z' },
      ];

      it('lists recorded problems, newest first', async () => {
        for (const p of problems) await store.recordProblem(p);
        expect(await store.listProblems()).toEqual([...problems].reverse());
        expect(await store.listProblems(2)).toEqual([problems[2], problems[1]]);
        const [, withoutLine] = await store.listProblems(2);
        expect(withoutLine !== undefined && 'line' in withoutLine).toBe(false);
      });

      it('rejects a malformed problem', async () => {
        await expect(store.recordProblem({ file: 'a.txt', line: 0, reason: 'x', at: '2025-06-14T08:00:00Z' })).rejects.toThrow();
        await expect(store.recordProblem({ file: 'a.txt', reason: '', at: '2025-06-14T08:00:00Z' })).rejects.toThrow();
        await expect(store.listProblems(0)).rejects.toThrow();
        expect(await store.listProblems()).toEqual([]);
      });
    });

    describe('close', () => {
      it('can be called twice', async () => {
        await store.close();
        await expect(store.close()).resolves.toBeUndefined();
      });
    });
  });
}
