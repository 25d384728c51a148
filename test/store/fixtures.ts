// Small factories for store tests: realistic documents, sentences, actors and
// events, with overrides for what a test cares about.

import { createHash } from 'node:crypto';
import type { Actor, Document, Event, Sentence } from '../../src/records.js';

export function makeDocument(text: string, overrides: Partial<Document> = {}): Document {
  return {
    id: createHash('sha256').update(text).digest('hex').slice(0, 32),
    source: 'INA',
    url: 'https://example.org/news/' + createHash('sha256').update(text).digest('hex').slice(0, 8),
    title: text.split(/(?<=\.)\s/)[0] ?? text,
    publishedAt: '2025-06-14',
    dateline: 'Baghdad',
    language: 'en',
    text,
    ...overrides,
  };
}

/** Splits on ". " — enough for the fixture texts, which are plain sentences. */
export function makeSentences(doc: Document): Sentence[] {
  const sentences: Sentence[] = [];
  const re = /[^.]+\.?/g;
  for (let m = re.exec(doc.text); m !== null; m = re.exec(doc.text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (text === '') continue;
    const start = m.index + lead;
    sentences.push({ index: sentences.length, start, end: start + text.length, text });
  }
  return sentences;
}

export const ACTORS = {
  iraqGov: {
    text: "Iraq's National Security Advisor Qassem Al-Araji",
    name: 'Qassem Al-Araji',
    country: 'IRQ',
    igo: null,
    sector: 'GOV',
    role: 'National Security Advisor',
    person: 'Qassem Al-Araji',
    entry: 'person:qassem-al-araji',
  },
  iran: { text: 'Iran', name: 'Iran', country: 'IRN', igo: null, sector: null, entry: 'country:IRN' },
  israelMil: {
    text: 'Israeli forces',
    name: 'Israel',
    country: 'ISR',
    igo: null,
    sector: 'MIL',
    entry: 'demonym:ISR+MIL',
  },
  russiaGov: { text: 'Moscow', name: 'Russia', country: 'RUS', igo: null, sector: 'GOV', entry: 'capital:RUS' },
  un: { text: 'the United Nations', name: 'United Nations', country: null, igo: 'UNO', sector: 'IGO', entry: 'igo:UNO' },
} as const satisfies Record<string, Actor>;

/**
 * An event of `doc`, by default Iraq's security advisor condemning Israel
 * (CAMEO 111, ACCUSE, verbal conflict). Override what the test needs.
 */
export function makeEvent(doc: Document, id: string, overrides: Partial<Event> = {}): Event {
  const text = 'Al-Araji condemned the Israeli forces for the strikes on Iran.';
  return {
    id,
    docId: doc.id,
    sentence: 0,
    date: '2025-06-14',
    source: [ACTORS.iraqGov],
    target: [ACTORS.israelMil],
    cameo: '111',
    plover: 'ACCUSE',
    mode: null,
    context: null,
    quad: 3,
    goldstein: -2,
    speaker: null,
    location: {
      name: 'Moscow',
      country: 'RUS',
      admin1: 'Moscow',
      lat: 55.75222,
      lon: 37.61556,
      geonamesId: 524901,
      precision: 'exact',
    },
    evidence: {
      text,
      spans: {
        source: [{ start: 0, end: 8 }],
        verb: { start: 9, end: 18 },
        target: [{ start: 23, end: 37 }],
        location: null,
      },
      rule: 'verb:condemn#111',
    },
    confidence: 0.82,
    ...overrides,
  };
}

/** Praise (CAMEO 051 → SUPPORT, verbal cooperation). */
export function praiseEvent(doc: Document, id: string, overrides: Partial<Event> = {}): Event {
  return makeEvent(doc, id, {
    target: [ACTORS.russiaGov],
    cameo: '051',
    plover: 'SUPPORT',
    quad: 1,
    goldstein: 3.4,
    evidence: {
      text: 'Al-Araji praised Moscow for hosting the forum.',
      spans: { source: [{ start: 0, end: 8 }], verb: { start: 9, end: 16 }, target: [{ start: 17, end: 23 }], location: null },
      rule: 'verb:praise#051',
    },
    ...overrides,
  });
}

/** Military assault (CAMEO 190 → ASSAULT, material conflict). */
export function assaultEvent(doc: Document, id: string, overrides: Partial<Event> = {}): Event {
  return makeEvent(doc, id, {
    source: [ACTORS.israelMil],
    target: [ACTORS.iran],
    cameo: '190',
    plover: 'ASSAULT',
    quad: 4,
    goldstein: -10,
    location: null,
    evidence: {
      text: 'Israeli forces struck targets in Iran.',
      spans: { source: [{ start: 0, end: 14 }], verb: { start: 15, end: 21 }, target: [{ start: 33, end: 37 }], location: { start: 33, end: 37 } },
      rule: 'verb:strike#190',
    },
    ...overrides,
  });
}

/** Our own short wire-style texts, one per fixture document. */
export const TEXTS = {
  forum:
    'Iraqi security chief Qassem Al-Araji spoke at a security forum in Moscow on Friday. ' +
    'He praised the Russian hosts and denounced Israeli strikes on Iran.',
  strikes: 'Israeli aircraft struck sites near Isfahan overnight. Iran said it would answer.',
  council: 'The United Nations Security Council met behind closed doors. Diplomats urged restraint.',
} as const;
