// GET /api/v1/events/{id} carries what the relation model says about the
// event's pair (the `model` block, as `faultline explain` prints it).

import { beforeAll, describe, expect, it } from 'vitest';
import type { Event } from '../../src/records.js';
import { createApp, type FaultlineApp } from '../../src/server/create-app.js';
import type { EventModelView } from '../../src/relation/explain-relation.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeDocument, makeEvent, makeSentences } from '../store/fixtures.js';

const TEXT = 'Russian troops shelled Ukrainian villages near Kharkiv on Monday.';

interface Explained {
  event: Event;
  explanation: string;
  model: EventModelView | null;
}

describe('GET /api/v1/events/{id}: the model block', () => {
  const store = SqliteStore.open(':memory:');
  let api: FaultlineApp;
  const doc = makeDocument(TEXT, { publishedAt: '2026-01-05' });
  const shelling = (id: string, overrides: Partial<Event>): Event =>
    makeEvent(doc, id, {
      cameo: '190',
      plover: 'ASSAULT',
      quad: 4,
      goldstein: -10,
      evidence: {
        text: TEXT,
        spans: { source: [{ start: 0, end: 14 }], verb: { start: 15, end: 22 }, target: [{ start: 23, end: 41 }], location: null },
        rule: 'verb:shell#190',
      },
      ...overrides,
    });

  beforeAll(async () => {
    await store.saveDocument(doc, makeSentences(doc), [
      shelling('agrees', {}),
      shelling('disagrees', { plover: 'AID', cameo: '073', quad: 2, goldstein: 7.4 }),
      shelling('no-sentence', { evidence: { text: '', spans: { source: [], verb: { start: 0, end: 0 }, target: [], location: null }, rule: 'import:gdelt' } }),
    ]);
    api = createApp({ store, log: () => undefined });
  });

  const get = async (id: string): Promise<Explained> => {
    const res = await api.app.request(`/api/v1/events/${id}`);
    expect(res.status).toBe(200);
    return (await res.json()) as Explained;
  };

  it.each([
    ['agrees', 'ASSAULT', true, /agrees with the rule/],
    ['disagrees', 'AID', false, /DISAGREES: the rule coded AID/],
  ] as const)('%s: the rule coded %s', async (id, ruleType, agrees, line) => {
    const body = await get(id);
    expect(body.model?.plover_type).toBe('ASSAULT');
    expect(body.model?.rule_type).toBe(ruleType);
    expect(body.model?.agrees).toBe(agrees);
    expect(body.model?.score).toBeGreaterThan(0.5);
    expect(body.model?.top_features.length).toBeGreaterThan(0);
    expect(body.model?.top_features.length).toBeLessThanOrEqual(5);
    expect(body.explanation).toMatch(line);
    expect(body.explanation).toContain('rule: verb:shell#190');
  });

  it('is null, with the reason in the explanation, for an event without a sentence', async () => {
    const body = await get('no-sentence');
    expect(body.model).toBeNull();
    expect(body.explanation).toMatch(/model: none \(the event has no sentence/);
  });
});
