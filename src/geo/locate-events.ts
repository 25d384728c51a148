// Where each event happened. Pure.
//
//   1. a place in the event's sentence framed as where things happen:
//      "clashes in Gao", "an attack near Gao", "talks held in Moscow"
//   2. for statements, the venue the document reports them from:
//      "said in his speech at the forum held in Moscow"
//   3. the dateline place, with its precision lowered one step (the event
//      is reported from there, not placed there)
//   4. the country of the target (else of the source), precision 'country'
//
// Places standing for governments ("Moscow rejected …") and places inside
// an actor's name are never event locations.

import type { ActorMention } from '../actors/types.js';
import type { Event, Place, PlacePrecision, Sentence, Span } from '../records.js';
import { type ToponymResources } from './find-toponyms.js';
import { geocodeDocument } from './geocode-document.js';
import { placeOf, type ResolvedDocument, type ResolvedToponym } from './resolve-toponyms.js';

export interface LocateInput {
  text: string;
  dateline: string | null;
  /** The sentences of `text` as splitSentences gives them (the coder's). */
  sentences: readonly Sentence[];
  /** Actor mentions per sentence (offsets into the sentence), as the coder found them. */
  mentions: ReadonlyArray<{ sentence: number; mentions: readonly ActorMention[] }>;
  events: readonly Event[];
  /** The report's home country, as extra context. */
  homeCountry: string | null;
}

/** How an event's location was found: shown by `explain`. */
export type LocationSource = 'sentence' | 'venue' | 'dateline' | 'target-country' | 'source-country';

export interface LocatedEvent {
  event: Event;
  source: LocationSource | null;
  reason: string | null;
}

export interface LocateResult {
  events: LocatedEvent[];
  geo: ResolvedDocument;
  venue: ResolvedToponym | null;
}

/** Mentions that name people or organisations: their words are not places. */
const NON_PLACE_KINDS = new Set(['person', 'group', 'igo', 'sector', 'pronoun']);

const VENUE_WORDS = /\b(?:held|hosted|convened|speaking|speech|address|forum|summit|conference|meeting|talks|visit|visiting|gathering|session)\b/i;

const LOWER: Record<PlacePrecision, PlacePrecision> = { exact: 'division', division: 'country', country: 'country' };

export function locateEvents(input: LocateInput, res: ToponymResources): LocateResult {
  const exclude: Span[] = [];
  for (const sm of input.mentions) {
    const s = input.sentences[sm.sentence];
    if (!s) continue;
    for (const m of sm.mentions) if (!m.locative && NON_PLACE_KINDS.has(m.kind)) exclude.push({ start: m.start + s.start, end: m.end + s.start });
  }
  const geo = geocodeDocument(
    {
      text: input.text,
      dateline: input.dateline,
      exclude,
      cityLookup: 'cued',
      sentences: input.sentences,
      ...(input.homeCountry ? { countries: [input.homeCountry] } : {}),
    },
    res,
  );
  const places = geo.toponyms.filter((r) => r.toponym.role === 'place' && r.toponym.frame !== 'other');

  // The venue: the first place framed by a meeting or speech ("the forum held in Moscow").
  const venue =
    places.find((r) => {
      const s = input.sentences[r.toponym.sentence];
      const before = input.text.slice(Math.max(s?.start ?? 0, r.toponym.start - 90), r.toponym.start);
      return r.toponym.frame !== 'origin' && VENUE_WORDS.test(before);
    }) ?? null;

  const events = input.events.map((event): LocatedEvent => {
    const s = input.sentences[event.sentence];
    const offset = s?.start ?? 0;
    const actorSpans = [...event.evidence.spans.source, ...event.evidence.spans.target].map((x) => ({ start: x.start + offset, end: x.end + offset }));
    const verbAt = event.evidence.spans.verb.start + offset;
    let best: { r: ResolvedToponym; cost: number } | null = null;
    for (const r of places) {
      const t = r.toponym;
      if (t.sentence !== event.sentence) continue;
      if (actorSpans.some((a) => a.start < t.end && t.start < a.end)) continue;
      let cost = Math.abs(t.start - verbAt);
      if (t.start < verbAt) cost += 60; // places after the verb are more often its own
      if (t.frame === 'origin') cost += 200; // "refugees from X" is where they came from
      if (!best || cost < best.cost) best = { r, cost };
    }
    if (best) {
      const t = best.r.toponym;
      return {
        event: withLocation(event, best.r.place, { start: t.start - offset, end: t.end - offset }),
        source: 'sentence',
        reason: `"${t.cue ?? ''} ${t.text}" in the sentence: ${best.r.reason}`.replace('" ', '"'),
      };
    }
    const statement = event.speaker !== null || event.quad === 1 || event.quad === 3;
    if (venue && statement) {
      return { event: withLocation(event, venue.place, null), source: 'venue', reason: `said at ${venue.toponym.text} (${venue.toponym.cue ?? 'venue'} …)` };
    }
    if (geo.dateline) {
      const p = geo.dateline.place;
      return { event: withLocation(event, { ...p, precision: LOWER[p.precision] }, null), source: 'dateline', reason: `dateline ${p.name}` };
    }
    const byCountry = (list: Event['target'], source: LocationSource): LocatedEvent | null => {
      const c = list.find((a) => a.country)?.country;
      const entry = c ? res.gazetteer.countryEntry(c) : undefined;
      if (!entry) return null;
      return { event: withLocation(event, placeOf(entry, res.gazetteer, null), null), source, reason: `country of the ${source === 'target-country' ? 'target' : 'source'} (${c ?? ''})` };
    };
    return byCountry(event.target, 'target-country') ?? byCountry(event.source, 'source-country') ?? { event, source: null, reason: null };
  });
  return { events, geo, venue };
}

function withLocation(event: Event, place: Place, span: Span | null): Event {
  return { ...event, location: place, evidence: { ...event.evidence, spans: { ...event.evidence.spans, location: span } } };
}
