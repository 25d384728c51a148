// The lookup key of a place name: the form under which the gazetteer indexes
// names and under which text spans are looked up. Pure.
//
//   "São Paulo" → "sao paulo"    "U.S." → "us"    "Ivano-Frankivsk" → "ivano frankivsk"
//   "N'Djamena" → "ndjamena"     "St. Louis" → "st louis"

const PLAIN = /^[a-z]+(?: [a-z]+)*$/;

/** Lower case, accents and marks removed, periods and apostrophes dropped, hyphens and runs of spaces made one space. */
export function placeKey(name: string): string {
  const lower = name.toLowerCase();
  if (PLAIN.test(lower)) return lower; // the common case, fast
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(lower);
  const folded = ascii
    ? lower
    : lower
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/ı/g, 'i')
        .replace(/ß/g, 'ss')
        .replace(/ø/g, 'o')
        .replace(/ł/g, 'l')
        .replace(/đ/g, 'd')
        .replace(/æ/g, 'ae');
  return folded
    .replace(/[ʻʼ`´'’‘.]/g, '')
    .replace(/[-‐‑–—_/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
