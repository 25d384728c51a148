// Where events happened: the place in the sentence, else the dateline (one
// step less precise), else the target's country. Events are built by hand so
// the test does not depend on the coder.

import { describe, expect, it } from 'vitest';
import { loadGeoResources } from '../../src/geo/load-gazetteer.js';
import { locateEvents, type LocatedEvent } from '../../src/geo/locate-events.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import type { Actor, Event } from '../../src/records.js';

const res = loadGeoResources();

const actor = (text: string, country: string | null): Actor => ({ text, name: text, country, igo: null, sector: null, entry: 'test' });

/** An event whose verb is the first occurrence of `verb`, with the source and target actors named in the sentence. */
function locate(text: string, verb: string, o: { dateline?: string; source?: Actor; target?: Actor } = {}): LocatedEvent {
  const sentences = splitSentences(text);
  const s = sentences[0];
  if (!s) throw new Error('no sentence');
  const at = s.text.indexOf(verb);
  const span = (a: Actor | undefined) => (a && s.text.includes(a.text) ? [{ start: s.text.indexOf(a.text), end: s.text.indexOf(a.text) + a.text.length }] : []);
  const event: Event = {
    id: 'e', docId: null, sentence: 0, date: null,
    source: o.source ? [o.source] : [], target: o.target ? [o.target] : [],
    cameo: '190', plover: 'ASSAULT', mode: null, context: null, quad: 4, goldstein: -10, speaker: null, location: null,
    evidence: { text: s.text, spans: { source: span(o.source), verb: { start: at, end: at + verb.length }, target: span(o.target), location: null }, rule: 'test' },
    confidence: 1,
  };
  const r = locateEvents({ text, dateline: o.dateline ?? null, sentences, mentions: [], events: [event], homeCountry: null }, res);
  const first = r.events[0];
  if (!first) throw new Error('no event');
  return first;
}

describe('event location', () => {
  const inSentence: Array<[string, string, string, string]> = [
    ['Government troops clashed with rebels in Gao on Tuesday.', 'clashed', 'Gao', 'MLI'],
    ['Militants launched an attack near Maiduguri overnight.', 'attack', 'Maiduguri', 'NGA'],
    ['Talks held in Doha ended without agreement.', 'Talks', 'Doha', 'QAT'],
    ['Israeli aircraft struck targets in Gaza City, the army said.', 'struck', 'Gaza City', 'PSE'],
  ];
  it.each(inSentence)('%s → %s', (text, verb, place, country) => {
    const r = locate(text, verb);
    expect(r.source).toBe('sentence');
    expect(r.event.location).toMatchObject({ country, precision: 'exact' });
    const loc = r.event.evidence.spans.location;
    expect(loc && r.event.evidence.text.slice(loc.start, loc.end)).toBe(place);
  });

  it('a place standing for its government is not the location', () => {
    const r = locate('Moscow condemned the strikes on Kharkiv.', 'condemned', { source: actor('Moscow', 'RUS') });
    expect(r.event.location?.name).toBe('Kharkiv');
  });

  it('falls back to the dateline, one step less precise', () => {
    const r = locate('The army shelled rebel positions overnight.', 'shelled', { dateline: 'Khartoum' });
    expect(r.source).toBe('dateline');
    expect(r.event.location).toMatchObject({ name: 'Khartoum', country: 'SDN', precision: 'division' });
    expect(r.event.evidence.spans.location).toBeNull();
  });

  it("falls back to the target's country", () => {
    const r = locate('Ethiopia accused Eritrea of massing troops.', 'accused', { source: actor('Ethiopia', 'ETH'), target: actor('Eritrea', 'ERI') });
    expect(r.source).toBe('target-country');
    expect(r.event.location).toMatchObject({ name: 'Eritrea', country: 'ERI', precision: 'country' });
  });

  it('does not load the full gazetteer for a sentence that places nothing', async () => {
    // A fresh module graph: the cached resources of this file are already loaded.
    const { vi } = await import('vitest');
    vi.resetModules();
    const fresh = (await import('../../src/geo/load-gazetteer.js')).loadGeoResources();
    const { locateEvents: locate2 } = await import('../../src/geo/locate-events.js');
    const text = 'Ethiopia accused Eritrea of massing troops.';
    const sentences = splitSentences(text);
    const ev = locate('Ethiopia accused Eritrea of massing troops.', 'accused', { source: actor('Ethiopia', 'ETH'), target: actor('Eritrea', 'ERI') }).event;
    locate2({ text, dateline: null, sentences, mentions: [], events: [{ ...ev, location: null }], homeCountry: null }, fresh);
    expect(fresh.gazetteer.fullLoaded()).toBe(false);
    locate2({ text: 'Troops clashed in Gao.', dateline: null, sentences: splitSentences('Troops clashed in Gao.'), mentions: [], events: [{ ...ev, location: null }], homeCountry: null }, fresh);
    expect(fresh.gazetteer.fullLoaded()).toBe(true);
  });
});
