// The INA story (../shared/corpus, read from there): Moscow is where the forum
// took place, Baghdad is the dateline, and neither is an actor where it is not one.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geocodeDocument } from '../../src/geo/geocode-document.js';
import { loadGeoResources } from '../../src/geo/load-gazetteer.js';
import { locateEvents } from '../../src/geo/locate-events.js';
import { makeDocument } from '../../src/ingest/make-document.js';
import { loadResources } from '../../src/load-resources.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import { processDocument } from '../../src/pipeline.js';
import type { Event } from '../../src/records.js';

const INA = new URL('../../../shared/corpus/ina-al-araji-moscow-forum.txt', import.meta.url);
const res = loadGeoResources();
const doc = makeDocument({ text: readFileSync(INA, 'utf8') }, { date: '2026-11-26' });

describe('INA story places', () => {
  const geo = geocodeDocument({ text: doc.text, dateline: doc.dateline }, res);

  it('resolves the dateline to Baghdad, Iraq', () => {
    expect(doc.dateline).toBe('Baghdad');
    expect(geo.dateline?.place).toMatchObject({ name: 'Baghdad', country: 'IRQ', precision: 'exact' });
    expect(geo.dateline?.place.lat).toBeCloseTo(33.3, 0);
  });

  it('finds Moscow as a place ("held in the Russian capital Moscow") in Russia', () => {
    const moscow = geo.toponyms.filter((r) => r.toponym.text === 'Moscow');
    expect(moscow).toHaveLength(1);
    expect(moscow[0]?.toponym.role).toBe('place');
    expect(moscow[0]?.toponym.frame).not.toBe('other');
    expect(moscow[0]?.place).toMatchObject({ country: 'RUS', precision: 'exact', geonamesId: 524901 });
  });

  it('places a statement of the speech at the venue, Moscow', () => {
    const sentences = splitSentences(doc.text);
    const quoteIndex = sentences.findIndex((s) => s.text.includes('condemns the unprovoked war'));
    expect(quoteIndex).toBeGreaterThan(0);
    const s = sentences[quoteIndex];
    const at = s?.text.indexOf('condemns') ?? 0;
    const event: Event = {
      id: 'x', docId: null, sentence: quoteIndex, date: null,
      source: [{ text: 'Iraq', name: 'Iraq', country: 'IRQ', igo: null, sector: null, entry: 't' }],
      target: [{ text: 'Iran', name: 'Iran', country: 'IRN', igo: null, sector: null, entry: 't' }],
      cameo: '111', plover: 'ACCUSE', mode: null, context: null, quad: 3, goldstein: -2, speaker: null, location: null,
      evidence: { text: s?.text ?? '', spans: { source: [], verb: { start: at, end: at + 8 }, target: [], location: null }, rule: 't' },
      confidence: 1,
    };
    const located = locateEvents({ text: doc.text, dateline: doc.dateline, sentences, mentions: [], events: [event], homeCountry: 'IRQ' }, res);
    expect(located.venue?.toponym.text).toBe('Moscow');
    expect(located.events[0]?.source).toBe('venue');
    expect(located.events[0]?.event.location).toMatchObject({ name: 'Moscow', country: 'RUS' });
  });

  it('codes neither Moscow nor Baghdad as an actor of an event', () => {
    const coded = processDocument(doc, loadResources());
    const actors = coded.events.flatMap((e) => [...e.source, ...e.target]);
    expect(actors.filter((a) => /moscow|baghdad/i.test(a.text))).toEqual([]);
    for (const e of coded.events) if (e.location) expect(['Moscow', 'Baghdad']).toContain(e.location.name);
  });
});
