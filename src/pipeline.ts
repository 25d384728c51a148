// The ordered stages from a Document to stored events. Each stage is a
// function of its own; this module only strings them together.

import { codeDocument, type CodedDocument } from './coder/code-document.js';
import { homeCountryOf } from './coder/home-country.js';
import type { Resources } from './load-resources.js';
import type { Document } from './records.js';

/** Codes a document with the loaded resources (sentences, mentions, events). */
export function processDocument(doc: Document, res: Resources, opts: { homeCountry?: string } = {}): CodedDocument {
  const homeCountry = opts.homeCountry ?? homeCountryOf(doc, res.actors, res.agencies);
  return codeDocument(
    { text: doc.text, docId: doc.id, publishedAt: doc.publishedAt?.slice(0, 10) ?? null, homeCountry },
    res,
  );
}
