// The behaviour every Store backend must have. Each backend's test file calls
// describeStoreContract with a function that opens a fresh, empty store.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLOVER_TYPES } from '../../src/records.js';
import type { Document, Event } from '../../src/records.js';
import { aggregateEvents } from '../../src/analytics/actor-key.js';
import { aggregatePlaces } from '../../src/analytics/place-key.js';
import type { DyadDay } from '../../src/analytics/types.js';
import type { DyadDayFilter, EventFilter, EventMention, IngestProblem, NewAlertRule, NewFeed, Store } from '../../src/store/store.js';
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

    describe('dyad and place aggregates', () => {
      const row = (d: DyadDay): [string, string, string, number[], number] => [d.date, d.source, d.target, d.counts, d.documents];
      // Event ids are kept in arrival order: compare them as sets.
      const sortedIds = <T extends { eventIds: string[] }>(rows: readonly T[]): T[] => rows.map((r) => ({ ...r, eventIds: [...r.eventIds].sort() }));

      it('are empty in an empty store', async () => {
        expect(await store.dyadDays({})).toEqual([]);
        expect(await store.placeDays({})).toEqual([]);
        expect(await store.latestEventDate()).toBeNull();
      });

      it('follow every saved document, at country and sector level', async () => {
        await saveAll();
        const country = await store.dyadDays({});
        expect(country.map(row)).toEqual([
          ['2025-06-13', 'IRQ', 'ISR', [0, 0, 1, 0], 1],
          ['2025-06-13', 'IRQ', 'RUS', [1, 0, 0, 0], 1],
          ['2025-06-14', 'ISR', 'IRN', [0, 0, 0, 1], 1],
          ['2025-06-15', 'IRN', 'ISR', [0, 0, 1, 0], 1],
          ['2025-06-16', 'UNO', 'IRN', [1, 0, 0, 0], 1],
          ['2025-06-16', 'UNO', 'ISR', [1, 0, 0, 0], 1],
        ]);
        expect(country.find((d) => d.source === 'ISR')?.goldsteinSum).toBe(-10);
        expect(country.find((d) => d.source === 'ISR')?.eventIds).toEqual(['strikes-1']);
        // Exactly what the analytics aggregate from the same events.
        const saved = [...forumEvents, ...strikesEvents, ...councilEvents];
        expect(sortedIds(country)).toEqual(sortedIds(aggregateEvents(saved, { withSector: false })));
        const sector = await store.dyadDays({ level: 'sector' });
        expect(sortedIds(sector)).toEqual(sortedIds(aggregateEvents(saved, { withSector: true })));
        expect(sector.some((d) => d.source === 'IRQ/GOV' && d.target === 'ISR/MIL')).toBe(true);
        expect(await store.latestEventDate()).toBe('2025-06-16');
      });

      it('are what a rebuild from the events gives, and a re-save changes nothing', async () => {
        await saveAll();
        await store.saveDocument(forum, makeSentences(forum), forumEvents);
        const incremental = { country: await store.dyadDays({}), sector: await store.dyadDays({ level: 'sector' }), places: await store.placeDays({}) };
        expect((await store.dyadDays({ since: '2025-06-13', until: '2025-06-13' })).map((d) => d.documents)).toEqual([1, 1]);
        const rebuilt = await store.rebuildAggregates();
        expect(rebuilt.dyadDays).toBe(incremental.country.length + incremental.sector.length);
        expect(rebuilt.placeDays).toBe(incremental.places.length);
        expect(sortedIds(await store.dyadDays({}))).toEqual(sortedIds(incremental.country));
        expect(sortedIds(await store.dyadDays({ level: 'sector' }))).toEqual(sortedIds(incremental.sector));
        expect(sortedIds(await store.placeDays({}))).toEqual(sortedIds(incremental.places));
      });

      const filters: [DyadDayFilter, string[]][] = [
        [{ actor: 'IRN' }, ['ISR>IRN', 'IRN>ISR', 'UNO>IRN']],
        [{ actor: 'IRQ', since: '2025-06-13', until: '2025-06-13' }, ['IRQ>ISR', 'IRQ>RUS']],
        [{ since: '2025-06-15' }, ['IRN>ISR', 'UNO>IRN', 'UNO>ISR']],
        [{ until: '2025-06-13' }, ['IRQ>ISR', 'IRQ>RUS']],
        [{ actor: 'USA' }, []],
        // A bare code matches its sector keys; a sector key only itself.
        [{ actor: 'ISR', level: 'sector' }, ['IRQ/GOV>ISR/MIL', 'ISR/MIL>IRN', 'IRN>ISR/MIL', 'UNO/IGO>ISR/MIL']],
        [{ actor: 'ISR/MIL', level: 'sector', since: '2025-06-14' }, ['ISR/MIL>IRN', 'IRN>ISR/MIL', 'UNO/IGO>ISR/MIL']],
        [{ actor: 'IRQ/MIL', level: 'sector' }, []],
      ];
      it.each(filters)('dyadDays(%j) → %j', async (filter, expected) => {
        await saveAll();
        expect((await store.dyadDays(filter)).map((d) => `${d.source}>${d.target}`)).toEqual(expected);
      });

      it.each([{ actor: 'irq' }, { since: '2025-13-01' }, { since: '2025-06-15', until: '2025-06-14' }, { level: 'city' }, { colour: 'red' }])(
        'rejects the filter %j',
        async (filter) => {
          await expect(store.dyadDays(filter as DyadDayFilter)).rejects.toThrow();
        },
      );

      it('counts a document once per dyad and day, even when its events arrive in several imports', async () => {
        const wire = makeDocument('A wire story that is not stored.');
        const a = makeEvent(wire, 'wire-a', { date: '2025-06-20' });
        const b = assaultEvent(wire, 'wire-b', { date: '2025-06-20', source: [ACTORS.iraqGov], target: [ACTORS.israelMil] });
        const other = makeEvent(makeDocument('Another story.'), 'other-a', { date: '2025-06-20' });
        const loose = makeEvent(wire, 'loose-a', { date: '2025-06-20', docId: null });
        expect(await store.importEvents([a])).toEqual({ inserted: 1, skipped: 0 });
        expect(await store.importEvents([a, b])).toEqual({ inserted: 1, skipped: 1 });
        let [d] = await store.dyadDays({});
        expect(d?.counts).toEqual([0, 0, 1, 1]);
        expect(d?.documents).toBe(1);
        await store.importEvents([other, loose]);
        [d] = await store.dyadDays({});
        expect(d?.counts).toEqual([0, 0, 3, 1]);
        // wire, another story, and the event without a document (its own).
        expect(d?.documents).toBe(3);
        expect(await store.countEvents()).toBe(4);
        expect(await store.countDocuments()).toBe(0);
        expect(await store.getEvent('wire-b')).toEqual(b);
        expect(await store.getEvent('loose-a')).toEqual(loose);
        expect(ids(await store.queryEvents({ country: 'IRQ' }))).toEqual(['loose-a', 'other-a', 'wire-a', 'wire-b']);
        await store.rebuildAggregates();
        expect((await store.dyadDays({}))[0]?.documents).toBe(3);
      });

      it('counts a stored document once when its events were imported before', async () => {
        // The same document, coded elsewhere: another event on the same dyad and day.
        await store.importEvents([assaultEvent(strikes, 'strikes-imported', { date: '2025-06-14' })]);
        await store.saveDocument(strikes, makeSentences(strikes), strikesEvents);
        const [day] = await store.dyadDays({ since: '2025-06-14', until: '2025-06-14' });
        expect(day && row(day)).toEqual(['2025-06-14', 'ISR', 'IRN', [0, 0, 0, 2], 1]);
        expect(day?.eventIds.sort()).toEqual(['strikes-1', 'strikes-imported']);
      });

      it('keeps place days for located events', async () => {
        await saveAll();
        const places = await store.placeDays({});
        const saved = [...forumEvents, ...strikesEvents, ...councilEvents];
        expect(sortedIds(places)).toEqual(sortedIds(aggregatePlaces(saved)));
        expect(places.length).toBeGreaterThan(0);
        expect(await store.placeDays({ since: '2025-06-14' })).toEqual(places.filter((p) => p.date >= '2025-06-14'));
        await expect(store.placeDays({ since: 'June' })).rejects.toThrow();
      });
    });

    // --- geo (issue 3) ---
    describe('place counts', () => {
      it('counts located events per place, with documents and dates', async () => {
        await saveAll();
        const located = [...forumEvents, ...strikesEvents, ...councilEvents].filter((e) => e.location);
        const all = await store.placeCounts({});
        expect(all.map((p) => [p.name, p.country, p.events, p.documents])).toEqual([
          ['Moscow', 'RUS', located.length, new Set(located.map((e) => e.docId)).size],
        ]);
        expect(all[0]).toMatchObject({ lat: 55.75222, lon: 37.61556, geonamesId: 524901, precision: 'exact', firstDate: '2025-06-13', lastDate: '2025-06-13' });
        expect(await store.placeCounts({ country: 'RUS' })).toEqual(all);
        expect(await store.placeCounts({ country: 'IRN' })).toEqual([]);
        expect(await store.placeCounts({ since: '2025-06-14' })).toEqual([]);
        expect((await store.placeCounts({ until: '2025-06-13' }))[0]?.events).toBe(located.filter((e) => e.date !== null).length);
        await expect(store.placeCounts({ country: 'Russia' })).rejects.toThrow();
      });
    });

    describe('alert rules, alerts and deliveries', () => {
      const at = '2025-06-14T08:00:00.000Z';
      const tension: NewAlertRule = { name: 'iraq-iran', rule: { kind: 'tension', dyad: 'IRQ-IRN', above: 0.6 }, webhook: null, createdAt: at };
      const assaults: NewAlertRule = {
        name: 'assaults near Baghdad',
        rule: { kind: 'events', plover: 'ASSAULT', near: { lat: 33.3, lon: 44.4, km: 100 } },
        webhook: 'http://127.0.0.1:9/hook',
        createdAt: at,
      };

      it('adds, lists and removes rules by name or id', async () => {
        const a = await store.addAlertRule(tension);
        const b = await store.addAlertRule(assaults);
        expect(a).toEqual({ id: a.id, ...tension });
        expect(await store.listAlertRules()).toEqual([a, b]);
        await expect(store.addAlertRule({ ...tension, webhook: 'http://x' })).rejects.toThrow(/exists/);
        await expect(store.addAlertRule({ ...tension, name: 'bad', rule: { kind: 'tension', above: 2 } as never })).rejects.toThrow();
        await expect(store.addAlertRule({ ...tension, name: '42' })).rejects.toThrow(/number/);
        expect(await store.removeAlertRule(String(a.id))).toBe(true);
        expect(await store.removeAlertRule('iraq-iran')).toBe(false);
        expect(await store.removeAlertRule('assaults near Baghdad')).toBe(true);
        expect(await store.listAlertRules()).toEqual([]);
      });

      it('records a finding once per rule and keeps the latest delivery per channel', async () => {
        const rule = await store.addAlertRule(assaults);
        const finding = { event: 'strikes-1', km: 12.5 };
        const first = await store.recordAlert({ ruleId: rule.id, dedupeKey: 'event:strikes-1', finding, firedAt: at });
        expect(first.isNew).toBe(true);
        expect(first.alert).toEqual({ id: first.alert.id, ruleId: rule.id, dedupeKey: 'event:strikes-1', finding, firedAt: at });
        const again = await store.recordAlert({ ruleId: rule.id, dedupeKey: 'event:strikes-1', finding: { other: true }, firedAt: '2025-06-15T00:00:00Z' });
        expect(again).toEqual({ alert: first.alert, isNew: false });
        const second = await store.recordAlert({ ruleId: rule.id, dedupeKey: 'event:strikes-2', finding: null, firedAt: at });
        expect(await store.listAlerts()).toEqual([second.alert, first.alert]);
        expect(await store.listAlerts({ ruleId: rule.id, limit: 1 })).toEqual([second.alert]);

        const id = first.alert.id;
        await store.recordDelivery({ alertId: id, channel: 'log', status: 'sent', attempts: 1, error: null, at });
        await store.recordDelivery({ alertId: id, channel: 'http://127.0.0.1:9/hook', status: 'failed', attempts: 3, error: 'HTTP 500', at });
        await store.recordDelivery({ alertId: id, channel: 'http://127.0.0.1:9/hook', status: 'sent', attempts: 1, error: null, at });
        expect(await store.deliveriesOf(id)).toEqual([
          { alertId: id, channel: 'http://127.0.0.1:9/hook', status: 'sent', attempts: 1, error: null, at },
          { alertId: id, channel: 'log', status: 'sent', attempts: 1, error: null, at },
        ]);
        await expect(store.recordDelivery({ alertId: 999999, channel: 'log', status: 'sent', attempts: 1, error: null, at })).rejects.toThrow();

        // Removing the rule removes its alerts and deliveries.
        await store.removeAlertRule(rule.name);
        expect(await store.listAlerts()).toEqual([]);
        expect(await store.deliveriesOf(id)).toEqual([]);
      });
    });

    describe('revision', () => {
      it('changes on every write and never on a read', async () => {
        const start = await store.revision();
        expect(await store.revision()).toBe(start);
        await store.saveDocument(forum, makeSentences(forum), forumEvents);
        const afterSave = await store.revision();
        expect(afterSave).not.toBe(start);
        await store.queryEvents({});
        await store.dyadDays({ level: 'sector' });
        await store.getDocument(forum.id);
        expect(await store.revision()).toBe(afterSave);
        await store.importEvents([makeEvent(forum, 'imported-1', { date: '2025-06-20' })]);
        const afterImport = await store.revision();
        expect(afterImport).not.toBe(afterSave);
        await store.addAlertRule({ name: 'any escalation', rule: { kind: 'escalation' }, webhook: null, createdAt: '2025-06-20T00:00:00Z' });
        expect(await store.revision()).not.toBe(afterImport);
      });
    });

    // --- feeds, duplicate stories and event mentions (issue 5) ---
    describe('feeds, item records, signatures, duplicates and mentions', () => {
      const at = '2025-06-14T08:00:00.000Z';
      const feed: NewFeed = { url: 'http://127.0.0.1:9/wire.xml', name: 'Wire', kind: 'feed', intervalSeconds: 900, fetchPages: true, addedAt: at };

      it('adds, lists, updates and removes feeds by URL or id', async () => {
        const a = await store.addFeed(feed);
        const b = await store.addFeed({ ...feed, url: 'https://example.org/page.html', name: null, kind: 'page', fetchPages: false });
        expect(a).toMatchObject({ ...feed, etag: null, failures: 0, nextFetchAt: null });
        await expect(store.addFeed(feed)).rejects.toThrow(/already/);
        await expect(store.addFeed({ ...feed, url: 'ftp://example.org/x' })).rejects.toThrow();
        const state = {
          etag: '"v2"', lastModified: 'Sat, 14 Jun 2025 08:00:00 GMT', lastFetchedAt: at, lastStatus: 'error',
          lastError: 'HTTP 503', failures: 2, nextFetchAt: '2025-06-14T09:00:00.000Z',
        };
        await store.updateFeedState(a.id, state);
        expect(await store.listFeeds()).toEqual([{ ...a, ...state }, b]);
        await expect(store.updateFeedState(999999, state)).rejects.toThrow();

        const item = { feedId: a.id, key: 'guid-1', url: 'http://127.0.0.1:9/a', status: 'failed' as const, docId: null, reason: 'HTTP 503', attempts: 1, firstSeenAt: at, lastTriedAt: at };
        await store.recordFeedItem(item);
        expect(await store.getFeedItem(a.id, 'guid-1')).toEqual(item);
        const done = { ...item, status: 'ingested' as const, docId: 'd1', reason: null, attempts: 2 };
        await store.recordFeedItem(done);
        expect(await store.getFeedItem(a.id, 'guid-1')).toEqual(done);
        expect(await store.getFeedItem(a.id, 'guid-2')).toBeNull();

        expect(await store.removeFeed(String(a.id))).toBe(true);
        expect(await store.getFeedItem(a.id, 'guid-1')).toBeNull();
        expect(await store.removeFeed('https://example.org/page.html')).toBe(true);
        expect(await store.removeFeed('https://example.org/page.html')).toBe(false);
        expect(await store.listFeeds()).toEqual([]);
      });

      it('finds stored signatures by shared band keys, most shared first', async () => {
        await store.saveDocument(forum, makeSentences(forum), []);
        await store.saveDocument(strikes, makeSentences(strikes), []);
        await store.saveSignature({ docId: forum.id, shingles: 40, signature: 'aa', bands: ['b0:1', 'b1:2', 'b2:3'] });
        await store.saveSignature({ docId: strikes.id, shingles: 30, signature: 'bb', bands: ['b0:1', 'b1:9'] });
        expect((await store.similarDocuments(['b0:1', 'b1:2'])).map((d) => d.docId)).toEqual([forum.id, strikes.id]);
        expect(await store.similarDocuments(['b1:9'])).toEqual([{ docId: strikes.id, shingles: 30, signature: 'bb', bands: [] }]);
        expect(await store.similarDocuments(['b7:7'])).toEqual([]);
        expect(await store.similarDocuments(['b0:1'], 1)).toHaveLength(1);
      });

      it('stores a duplicate story with its link and mentions on the first copy', async () => {
        await store.saveDocument(forum, makeSentences(forum), forumEvents);
        const copy = makeDocument(TEXTS.forum + ' Follow us for more news.', { url: 'https://copy.example/forum', source: 'Copy' });
        const own = makeEvent(copy, 'copy-own', { sentence: 2 });
        const link = { docId: copy.id, originalId: forum.id, similarity: 0.9, method: 'minhash', linkedAt: at };
        const mentions = forumEvents.map((e) => ({
          eventId: e.id, origin: 'document', docId: copy.id, externalId: null, source: 'Copy', url: 'https://copy.example/forum', publishedAt: null, fields: null,
        }));
        expect(await store.saveDuplicate(copy, makeSentences(copy), [own], link, mentions)).toEqual({ inserted: true });
        expect(await store.saveDuplicate(copy, makeSentences(copy), [own], link, mentions)).toEqual({ inserted: false });
        expect(await store.duplicateOf(copy.id)).toEqual(link);
        expect(await store.duplicateOf(forum.id)).toBeNull();
        expect(await store.duplicatesOf(forum.id)).toEqual([link]);
        expect(ids(await store.eventsOfDocument(copy.id))).toEqual(['copy-own']);
        // Counts are of happenings: the merged events are not stored twice.
        expect(await store.countEvents()).toBe(forumEvents.length + 1);
        const first = forumEvents[0];
        if (first === undefined) throw new Error('fixture');
        const got = await store.mentionsOf(first.id);
        expect(got.map((m) => [m.docId, m.url])).toEqual([
          [forum.id, forum.url],
          [copy.id, 'https://copy.example/forum'],
        ]);
        // The first copy must be stored.
        const orphan = makeDocument('An unrelated short text about something else entirely.');
        await expect(store.saveDuplicate(orphan, [], [], { ...link, docId: orphan.id, originalId: 'missing' }, [])).rejects.toThrow(/not stored/);
        expect(await store.hasDocument(orphan.id)).toBe(false);
      });

      it('imports events with mentions once, and adds a mention only once', async () => {
        const e = makeEvent(council, 'gdelt-1', { docId: null });
        const m = { eventId: 'gdelt-1', origin: 'gdelt', docId: null, externalId: '1', source: null, url: 'https://x.example/a', publishedAt: null, fields: { AvgTone: '-3.2' } };
        expect(await store.importEventsWithMentions([e], [m])).toEqual({ inserted: 1, skipped: 0 });
        expect(await store.importEventsWithMentions([e], [{ ...m, url: 'https://x.example/other' }])).toEqual({ inserted: 0, skipped: 1 });
        expect(await store.mentionsOf('gdelt-1')).toEqual([m]);
        expect(await store.addMentions([m, { ...m, externalId: '2' }])).toBe(1);
        expect((await store.mentionsOf('gdelt-1')).map((x) => x.externalId)).toEqual(['1', '2']);
        expect(await store.mentionsOf('no-such-event')).toEqual([]);
      });

      it('lists the ids of one day (or of the undated events), by id, with optional type and country', async () => {
        await store.saveDocument(forum, makeSentences(forum), forumEvents);
        await store.saveDocument(strikes, makeSentences(strikes), strikesEvents);
        await store.saveDocument(council, makeSentences(council), councilEvents);
        expect(await store.eventIdsOn('2025-06-13')).toEqual(['forum-1', 'forum-2']);
        expect(await store.eventIdsOn('2025-06-13', { type: 'SUPPORT' })).toEqual(['forum-2']);
        expect(await store.eventIdsOn('2025-06-14', { country: 'IRN' })).toEqual(['strikes-1']);
        expect(await store.eventIdsOn('2025-06-14', { country: 'USA' })).toEqual([]);
        expect(await store.eventIdsOn(null)).toEqual(['council-2']);
        expect(await store.eventIdsOn('2024-01-01')).toEqual([]);
      });
    });

    // --- re-coding (faultline recode) ---
    describe('documentIds and replaceCoding', () => {
      const sortedIds = <T extends { eventIds: string[] }>(rows: readonly T[]): T[] => rows.map((r) => ({ ...r, eventIds: [...r.eventIds].sort() }));
      /** The aggregates must always be what a rebuild from the stored events gives. */
      async function expectAggregatesOf(events: readonly Event[]): Promise<void> {
        expect(sortedIds(await store.dyadDays({}))).toEqual(sortedIds(aggregateEvents(events, { withSector: false })));
        expect(sortedIds(await store.dyadDays({ level: 'sector' }))).toEqual(sortedIds(aggregateEvents(events, { withSector: true })));
        expect(sortedIds(await store.placeDays({}))).toEqual(sortedIds(aggregatePlaces(events)));
      }
      // forum-2 keeps its id but now names Iran as its target; forum-1 goes; forum-4 is new.
      const recoded = (): Event[] => [
        praiseEvent(forum, 'forum-2', { date: '2025-06-13', sentence: 1, target: [ACTORS.iran] }),
        assaultEvent(forum, 'forum-4', { date: '2025-06-14', sentence: 0 }),
      ];
      const fewerSentences = (): ReturnType<typeof makeSentences> => makeSentences(forum).slice(0, 1);

      const ranges: [Parameters<Store['documentIds']>[0], string[]][] = [
        [undefined, [forum.id, strikes.id, council.id]],
        [{}, [forum.id, strikes.id, council.id]],
        [{ since: '2025-06-14' }, [strikes.id]],
        [{ until: '2025-06-13' }, [forum.id]],
        [{ since: '2025-06-13', until: '2025-06-14' }, [forum.id, strikes.id]],
        [{ since: '2025-07-01' }, []],
      ];
      it.each(ranges)('lists document ids in save order within %j', async (range, expected) => {
        await saveAll();
        expect(await store.documentIds(range)).toEqual(expected);
      });

      it('rejects a reversed range', async () => {
        await expect(store.documentIds({ since: '2025-06-14', until: '2025-06-13' })).rejects.toThrow();
      });

      it('replaces sentences, events, actors and aggregates of one document only', async () => {
        await saveAll();
        const next = recoded();
        const result = await store.replaceCoding(forum.id, fewerSentences(), next);
        expect(result).toEqual({ before: 2, after: 2, added: 1, removed: 1, updated: 1, changed: true });
        expect(await store.eventsOfDocument(forum.id)).toEqual(next);
        expect(await store.getSentences(forum.id)).toEqual(fewerSentences());
        expect(await store.getEvent('forum-1')).toBeNull();
        expect(await store.getEvent('forum-2')).toEqual(next[0]);
        // The kept event's actors were re-indexed: it is found by its new target's country.
        expect(ids(await store.queryEvents({ country: 'IRN', since: '2025-06-13', until: '2025-06-13' }))).toEqual(['forum-2']);
        expect(ids(await store.queryEvents({ country: 'RUS' }))).toEqual([]);
        expect(await store.eventsOfDocument(strikes.id)).toEqual(strikesEvents);
        expect(await store.countEvents()).toBe(6);
        await expectAggregatesOf([...next, ...strikesEvents, ...councilEvents]);
      });

      it('is idempotent: the same coding again writes nothing', async () => {
        await saveAll();
        const same = await store.replaceCoding(strikes.id, makeSentences(strikes), [...strikesEvents]);
        expect(same).toEqual({ before: 2, after: 2, added: 0, removed: 0, updated: 0, changed: false });
        await store.replaceCoding(forum.id, fewerSentences(), recoded());
        const rev = await store.revision();
        expect((await store.replaceCoding(forum.id, fewerSentences(), recoded())).changed).toBe(false);
        expect(await store.revision()).toBe(rev);
        // A different order of the same events is a change of coding.
        expect((await store.replaceCoding(forum.id, fewerSentences(), recoded().reverse())).changed).toBe(true);
      });

      it('is atomic: a failure leaves the stored coding whole', async () => {
        await saveAll();
        const before = { sentences: await store.getSentences(forum.id), events: await store.eventsOfDocument(forum.id), dyads: await store.dyadDays({}) };
        // The second event takes an id another document owns.
        const clash = [...recoded(), makeEvent(forum, 'strikes-1', { sentence: 1 })];
        await expect(store.replaceCoding(forum.id, fewerSentences(), clash)).rejects.toThrow(forum.id);
        expect(await store.getSentences(forum.id)).toEqual(before.sentences);
        expect(await store.eventsOfDocument(forum.id)).toEqual(before.events);
        expect(await store.dyadDays({})).toEqual(before.dyads);
        expect(await store.getEvent('strikes-1')).toEqual(strikesEvents[0]);
        // A repeated sentence index fails the same way.
        const [first] = makeSentences(forum);
        if (first === undefined) throw new Error('fixture has no sentence');
        await expect(store.replaceCoding(forum.id, [first, first], recoded())).rejects.toThrow();
        expect(await store.eventsOfDocument(forum.id)).toEqual(before.events);
      });

      it('counts without writing on a dry run', async () => {
        await saveAll();
        const rev = await store.revision();
        const result = await store.replaceCoding(forum.id, fewerSentences(), recoded(), { dryRun: true });
        expect(result).toMatchObject({ added: 1, removed: 1, updated: 1, changed: true });
        expect(await store.eventsOfDocument(forum.id)).toEqual(forumEvents);
        expect(await store.revision()).toBe(rev);
      });

      it('rejects an unknown document and events of another document', async () => {
        await saveAll();
        await expect(store.replaceCoding('no-such-doc', [], [])).rejects.toThrow(/no-such-doc/);
        await expect(store.replaceCoding(forum.id, [], [makeEvent(strikes, 'x-1')])).rejects.toThrow(/belongs to document/);
        expect(await store.eventsOfDocument(forum.id)).toEqual(forumEvents);
      });

      it('keeps the mentions of kept events, drops those of removed ones, and replaces a duplicate\'s own mentions', async () => {
        await saveAll();
        const copy = makeDocument(TEXTS.forum + ' Follow us for more news.', { url: 'https://copy.example/forum', source: 'Copy' });
        const mention = (eventId: string): EventMention => ({
          eventId, origin: 'document', docId: copy.id, externalId: null, source: 'Copy', url: 'https://copy.example/forum', publishedAt: null, fields: null,
        });
        const link = { docId: copy.id, originalId: forum.id, similarity: 0.9, method: 'minhash', linkedAt: '2025-06-14T08:00:00.000Z' };
        await store.saveDuplicate(copy, makeSentences(copy), [], link, [mention('forum-1'), mention('forum-2')]);
        await store.replaceCoding(forum.id, fewerSentences(), recoded());
        expect((await store.mentionsOf('forum-2')).map((m) => m.docId)).toEqual([forum.id, copy.id]);
        expect(await store.mentionsOf('forum-1')).toEqual([]);
        // The copy, re-coded, now mentions the new event instead.
        const result = await store.replaceCoding(copy.id, makeSentences(copy), [], { mentions: [mention('forum-4')] });
        expect(result.changed).toBe(true);
        expect((await store.mentionsOf('forum-4')).map((m) => m.docId)).toEqual([forum.id, copy.id]);
        expect((await store.mentionsOf('forum-2')).map((m) => m.docId)).toEqual([forum.id]);
        expect((await store.replaceCoding(copy.id, makeSentences(copy), [], { mentions: [mention('forum-4')] })).changed).toBe(false);
        await expect(store.replaceCoding(copy.id, [], [], { mentions: [mention('no-such-event')] })).rejects.toThrow();
        expect((await store.mentionsOf('forum-4')).map((m) => m.docId)).toEqual([forum.id, copy.id]);
      });

      it('leaves recorded alerts as they are', async () => {
        await saveAll();
        const rule = await store.addAlertRule({ name: 'assaults', rule: { kind: 'escalation' }, webhook: null, createdAt: '2025-06-20T00:00:00Z' });
        await store.recordAlert({ ruleId: rule.id, dedupeKey: 'event:forum-1', finding: { eventId: 'forum-1' }, firedAt: '2025-06-20T00:00:00Z' });
        await store.replaceCoding(forum.id, fewerSentences(), recoded());
        expect((await store.listAlerts()).map((a) => a.dedupeKey)).toEqual(['event:forum-1']);
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
