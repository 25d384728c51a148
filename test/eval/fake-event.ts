// Builds Events for the eval tests by hand: only the fields the scorers read
// matter (plover, cameo, quad, spans, actors' countries, confidence, rule).

import type { Actor, Event, PloverType, Quad, Span } from '../../src/records.js';

export interface FakeEventInput {
  plover: PloverType;
  cameo: string;
  source?: Span[];
  target?: Span[];
  sourceCountries?: (string | null)[];
  targetCountries?: (string | null)[];
  confidence?: number;
  rule?: string;
}

export function fakeActor(country: string | null, igo: string | null = null): Actor {
  return { text: country ?? igo ?? '?', name: country ?? igo ?? '?', country, igo, sector: null, entry: 'test' };
}

export function fakeEvent(text: string, input: FakeEventInput): Event {
  const quad: Quad = input.cameo >= '14' ? 4 : input.cameo >= '09' ? 3 : input.cameo >= '06' ? 2 : 1;
  return {
    id: `${input.plover}-${input.cameo}`,
    docId: null,
    sentence: 0,
    date: null,
    source: (input.sourceCountries ?? []).map((c) => fakeActor(c)),
    target: (input.targetCountries ?? []).map((c) => fakeActor(c)),
    cameo: input.cameo,
    plover: input.plover,
    mode: null,
    context: null,
    quad,
    goldstein: 0,
    speaker: null,
    location: null,
    evidence: {
      text,
      spans: { source: input.source ?? [], verb: { start: 0, end: 0 }, target: input.target ?? [], location: null },
      rule: input.rule ?? `test:${input.plover}`,
    },
    confidence: input.confidence ?? 0.5,
  };
}

/** Span of the first occurrence of `needle` in `text` (throws when absent, so a typo fails the test). */
export function spanOf(text: string, needle: string): Span {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in "${text}"`);
  return { start, end: start + needle.length };
}
