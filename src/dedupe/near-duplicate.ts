// Is one story a republished copy of another? Wire copy comes back with a new
// headline, trimmed paragraphs and the outlet's boilerplate added, so two
// measures decide together: the Jaccard similarity of the shingle sets, and
// their containment (the shared part over the smaller set), which stays high
// when one copy is a trimmed version of the other. Both are estimated from
// MinHash signatures and the set sizes. Pure.

import { BAND_ROWS, estimateJaccard, lshBands, minHash, signatureFromHex, signatureToHex } from './minhash.js';
import { shingleHashes } from './shingles.js';

export interface StorySignature {
  /** Distinct shingles in the story. */
  shingles: number;
  signature: Uint32Array;
  bands: string[];
}

export interface Similarity {
  jaccard: number;
  containment: number;
}

export interface DuplicateThresholds {
  /** Duplicate when the Jaccard estimate reaches this… */
  jaccard: number;
  /** …or when the containment estimate reaches this and the smaller story has at least `minShingles`. */
  containment: number;
  minShingles: number;
}

export const DEFAULT_THRESHOLDS: DuplicateThresholds = { jaccard: 0.4, containment: 0.6, minShingles: 30 };

/** The text compared: title and body, as a reader sees the story. */
export function storySignature(text: string): StorySignature {
  const shingles = shingleHashes(text);
  const signature = minHash(shingles);
  return { shingles: shingles.length, signature, bands: shingles.length === 0 ? [] : lshBands(signature, BAND_ROWS) };
}

export function compareStories(a: { shingles: number; signature: Uint32Array }, b: { shingles: number; signature: Uint32Array }): Similarity {
  const jaccard = estimateJaccard(a.signature, b.signature);
  const smaller = Math.min(a.shingles, b.shingles);
  // |A ∩ B| = J (|A| + |B|) / (1 + J)
  const shared = (jaccard * (a.shingles + b.shingles)) / (1 + jaccard);
  return { jaccard, containment: smaller === 0 ? 0 : Math.min(1, shared / smaller) };
}

export function isNearDuplicate(s: Similarity, smallerShingles: number, t: DuplicateThresholds = DEFAULT_THRESHOLDS): boolean {
  return s.jaccard >= t.jaccard || (s.containment >= t.containment && smallerShingles >= t.minShingles);
}

/** The stored form of a signature, and back. */
export { signatureToHex, signatureFromHex };
