// Finds and resolves the places of one document: the toponym finder, then
// the resolver with the document as context. Pure.

import type { Sentence, Span } from '../records.js';
import { findToponyms, type ToponymResources } from './find-toponyms.js';
import { resolveToponyms, type ResolvedDocument } from './resolve-toponyms.js';

export interface GeocodeInput {
  text: string;
  /** The dateline place as written ("Baghdad"), or null. */
  dateline: string | null;
  /** Spans known to name people or organisations (actor mentions). */
  exclude?: readonly Span[];
  /** Countries known from outside the text (the agency's home country). */
  countries?: readonly string[];
  /** See ToponymOptions.cityLookup. */
  cityLookup?: 'all' | 'cued';
  /** The sentences of `text` (splitSentences) when the caller has them. */
  sentences?: readonly Sentence[];
}

export function geocodeDocument(input: GeocodeInput, res: ToponymResources): ResolvedDocument {
  const found = findToponyms(input.text, res, {
    ...(input.exclude ? { exclude: input.exclude } : {}),
    ...(input.cityLookup ? { cityLookup: input.cityLookup } : {}),
    ...(input.sentences ? { sentences: input.sentences } : {}),
  });
  return resolveToponyms(found, res.gazetteer, { dateline: input.dateline, ...(input.countries ? { countries: input.countries } : {}) });
}
