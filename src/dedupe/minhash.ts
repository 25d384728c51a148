// MinHash signatures and LSH bands over hashed shingles (Broder 1997): the
// share of equal signature slots estimates the Jaccard similarity of two
// shingle sets; documents sharing a band of slots are candidates. Pure.

/** Slots per signature: 60 bands of 2 slots (a story with Jaccard 0.2 to a stored one shares a band 9 times in 10). */
export const SIGNATURE_SIZE = 120;
export const BAND_ROWS = 2;

/** Murmur3's 32-bit finaliser: a cheap, well-mixed hash of a 32-bit value. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One fixed seed per slot, so signatures stay comparable across runs and machines. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(SIGNATURE_SIZE);
  let s = 0x9e3779b9;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    s = (s + 0x9e3779b9) >>> 0;
    seeds[i] = fmix32(s);
  }
  return seeds;
})();

/** The signature of a set of hashed shingles (all slots 0xffffffff for an empty set). */
export function minHash(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const x of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = fmix32(x ^ (SEEDS[i] ?? 0));
      if (h < (sig[i] ?? 0)) sig[i] = h;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of equal slots. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Band keys "b<index>:<hash of the band's slots>", for candidate look-up. */
export function lshBands(sig: Uint32Array, rows: number = BAND_ROWS): string[] {
  const bands: string[] = [];
  for (let start = 0, b = 0; start + rows <= sig.length; start += rows, b++) {
    let h = 0x811c9dc5;
    for (let i = start; i < start + rows; i++) h = fmix32(h ^ (sig[i] ?? 0));
    bands.push(`b${b}:${h.toString(36)}`);
  }
  return bands;
}

export function signatureToHex(sig: Uint32Array): string {
  let s = '';
  for (const v of sig) s += v.toString(16).padStart(8, '0');
  return s;
}

export function signatureFromHex(hex: string): Uint32Array {
  const sig = new Uint32Array(hex.length / 8);
  for (let i = 0; i < sig.length; i++) sig[i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return sig;
}
