// The ordered stages from a Document to stored events. Each stage is a
// function of its own; this module only strings them together.

import { codeDocument, type CodedDocument } from './coder/code-document.js';
import { homeCountryOf } from './coder/home-country.js';
import type { Resources } from './load-resources.js';
import type { Document } from './records.js';
import type { ToponymResources } from './geo/find-toponyms.js'; // geo (issue 3)
import { loadGeoResources } from './geo/load-gazetteer.js'; // geo (issue 3)
import { locateEvents } from './geo/locate-events.js'; // geo (issue 3)

/**
 * Codes a document with the loaded resources (sentences, mentions, events),
 * then places its events (stage "geocode": see src/geo/locate-events.ts).
 * `opts.geo` replaces the built-in gazetteer (tests).
 */
export function processDocument(doc: Document, res: Resources, opts: { homeCountry?: string; geo?: ToponymResources } = {}): CodedDocument {
  const homeCountry = opts.homeCountry ?? homeCountryOf(doc, res.actors, res.agencies);
  const coded = codeDocument(
    { text: doc.text, docId: doc.id, publishedAt: doc.publishedAt?.slice(0, 10) ?? null, homeCountry },
    res,
  );
  return geocodeStage(doc, coded, homeCountry, opts.geo); // geo (issue 3)
}

// --- geo (issue 3): fills event.location and evidence.spans.location ---
function geocodeStage(doc: Document, coded: CodedDocument, homeCountry: string | null, geo: ToponymResources | undefined): CodedDocument {
  if (coded.events.length === 0) return coded;
  const located = locateEvents(
    { text: doc.text, dateline: doc.dateline, sentences: coded.sentences, mentions: coded.mentions, events: coded.events, homeCountry },
    geo ?? loadGeoResources(),
  );
  return { ...coded, events: located.events.map((l) => l.event) };
}
