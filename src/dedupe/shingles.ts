// Word shingles of a text, hashed: the set a story is compared by. Words are
// runs of letters and digits, folded to lower case, so punctuation, quotes
// and line breaks do not matter. Pure.

/** Words per shingle: long enough that distinct stories share few, short enough that small edits break few. */
export const SHINGLE_WORDS = 3;

/** 32-bit FNV-1a of a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The distinct hashed shingles of `text`, sorted; a text shorter than one shingle gives one shingle of all its words. */
export function shingleHashes(text: string, k: number = SHINGLE_WORDS): Uint32Array {
  const w = words(text);
  const set = new Set<number>();
  if (w.length === 0) return new Uint32Array(0);
  if (w.length < k) set.add(fnv1a(w.join(' ')));
  for (let i = 0; i + k <= w.length; i++) set.add(fnv1a(w.slice(i, i + k).join(' ')));
  return Uint32Array.from(set).sort();
}
