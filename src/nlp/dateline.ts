// The dateline at the start of a news report: where it was filed, by whom,
// and where the body begins. Pure.
//
//   INA–Baghdad                          agency–place on its own first line
//   BAGHDAD, Nov 27 (Reuters) - …        PLACE[, date] (Agency) dash
//   WASHINGTON (AP) — …                  PLACE (Agency) dash
//   Moscow, 26 November (TASS) …         Place, date (Agency)
//   KYIV, Ukraine — …                    PLACE, Region dash
//   SAN FRANCISCO - … · GENEVA — …       PLACE dash
//   JERUSALEM (AP) -- … · ISLAMABAD: …   two hyphens or a colon for the dash
//
// Without an agency in brackets or a date, the place must be in capitals and
// followed by a dash, so an ordinary first sentence ("The president said -
// …", "Iraq condemned …") is never taken for a dateline.

import { monthNumber } from './dates.js';

export interface Dateline {
  /** The place, title-cased when written in capitals ("Baghdad" for "BAGHDAD"). */
  place: string | null;
  /** The region or country after the place ("Ukraine" in "KYIV, Ukraine —"). */
  region: string | null;
  /** The agency named in the dateline ("INA", "Reuters", "AP", "TASS"). */
  source: string | null;
  /** Month and day when the dateline carries a date. */
  date: { month: number; day: number } | null;
  /** Offset in the text where the body starts (after the dateline, its dash and white space). */
  end: number;
}

// Agencies that are not written in capitals (capitalised acronyms are recognised by shape).
const MIXED_CASE_AGENCIES = new Set(['reuters', 'xinhua', 'anadolu', 'interfax', 'yonhap', 'kyodo', 'bernama', 'antara', 'petra']);

// Capitalised slugs that open a text with a dash but name no place ("BREAKING — …").
const SLUGS = new Set([
  'breaking', 'update', 'updated', 'exclusive', 'analysis', 'opinion', 'editorial', 'watch', 'video', 'photo',
  'photos', 'correction', 'urgent', 'flash', 'note', 'live', 'factbox', 'explainer', 'interview', 'advisory',
]);

const DASH = '[\\-\u2013\u2014]';
// A place word: capitalised, may hold apostrophes, periods, hyphens and slashes
// (AL-ANBAR, ST. LOUIS, N.Y., ISLAMABAD/PENTAGON).
const WORD = "\\p{Lu}[\\p{L}\\p{M}'\u2019.\\-]*(?:/\\p{Lu}[\\p{L}\\p{M}'\u2019.\\-]*)*";
// Lower-case particles inside a place name (Rio de Janeiro, Dar es Salaam).
const PARTICLE = '(?:de|da|do|del|des|du|es|el|al|la|le|of|on|upon|am|an|der)';
const PLACE = new RegExp(`${WORD}(?: (?:${PARTICLE} )?${WORD}){0,3}`, 'uy');
const DATE = new RegExp(
  `(\\p{L}+\\.?) (\\d{1,2})(?:st|nd|rd|th)?(?:,? \\d{4})?(?!\\d)|(\\d{1,2})(?:st|nd|rd|th)? (\\p{L}+\\.?)(?:,? \\d{4})?(?!\\d)`,
  'uy',
);
const SOURCE = /\(([^()\n]{1,40})\)/uy;

/** Title-cases a name written in capitals; leaves mixed case as written. */
function unshout(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.replace(/\p{L}+/gu, (w) => (w.length === 1 ? w : w[0] + w.slice(1).toLowerCase()));
}

function isAgency(word: string): boolean {
  return /^\p{Lu}{2,8}$/u.test(word) || MIXED_CASE_AGENCIES.has(word.toLowerCase());
}

function isShouted(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** Reads a `match` of a sticky regex at `pos`, or null. */
function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function skipSpace(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && /\s/u.test(text[p] ?? '')) p++;
  return p;
}

/** "INA–Baghdad" (or "Baghdad–INA") as the whole first line. */
function ownLine(text: string, start: number): Dateline | null {
  const nl = text.indexOf('\n', start);
  const lineEnd = nl === -1 ? text.length : nl;
  const line = text.slice(start, lineEnd).trim();
  const m = new RegExp(`^(${WORD}(?: ${WORD}){0,3}) ?${DASH} ?(${WORD}(?: (?:${PARTICLE} )?${WORD}){0,3})$`, 'u').exec(line);
  if (!m || nl === -1) return null; // a lone line with no body is no dateline
  const [left, right] = [m[1] ?? '', m[2] ?? ''];
  let source: string;
  let place: string;
  if (isAgency(left) && !isAgency(right)) [source, place] = [left, right];
  else if (isAgency(right) && !isAgency(left)) [source, place] = [right, left];
  else if (isAgency(left) && isAgency(right) && left.length <= 5) [source, place] = [left, right];
  else return null;
  return { place: unshout(place), region: null, source, date: null, end: skipSpace(text, lineEnd) };
}

/** "PLACE[, Region][, date] [(Agency)] [dash]" at the start of the first line. */
function inline(text: string, start: number): Dateline | null {
  const placeMatch = at(PLACE, text, start);
  if (!placeMatch) return null;
  const place = placeMatch[0];
  if (SLUGS.has(place.toLowerCase())) return null;
  let pos = start + place.length;
  let region: string | null = null;
  let date: { month: number; day: number } | null = null;

  // Up to two comma-separated parts: a date, or a region.
  for (let i = 0; i < 2 && text[pos] === ',' && text[pos + 1] === ' '; i++) {
    const p = pos + 2;
    const d = at(DATE, text, p);
    const month = d ? monthNumber(d[1] ?? d[4] ?? '') : null;
    const dayNum = d ? Number(d[2] ?? d[3]) : NaN;
    if (d && date === null && month !== null && /^\p{Lu}/u.test(d[1] ?? d[4] ?? '') && dayNum >= 1 && dayNum <= 31) {
      date = { month, day: dayNum };
      pos = p + d[0].length;
      continue;
    }
    const r = at(PLACE, text, p);
    if (r && region === null && date === null) {
      region = r[0].replace(/,$/, '');
      pos = p + region.length;
      continue;
    }
    break;
  }

  let source: string | null = null;
  let p = pos;
  while (text[p] === ' ') p++;
  const s = at(SOURCE, text, p);
  if (s && /^\p{L}/u.test(s[1] ?? '')) {
    source = (s[1] ?? '').trim();
    pos = p + s[0].length;
  }

  // The dash: an en or em dash, one or two hyphens with a space on each side ("JERUSALEM (AP) --"),
  // or a colon ("ISLAMABAD: …", "KABUL (Pajhwok) : …").
  const dash = at(new RegExp(`[ \\t]*[\u2013\u2014][ \\t]*| +--?(?:[ \\t]+|(?=\\n)|$)| ?:[ \\t]+`, 'uy'), text, pos);
  const after = dash ? pos + dash[0].length : pos;
  const bodyStart = skipSpace(text, after);
  const lineBreakOrEnd = at(/[ \t]*(?:\n|$)/uy, text, after) !== null;
  const shouted = isShouted(place) && (place.match(/\p{L}/gu)?.length ?? 0) >= 2;
  let ok: boolean;
  if (source !== null) {
    // (Agency) needs a dash, a date or a line break after it: "The United Nations (UN) Security Council" is prose.
    ok = dash !== null || date !== null || lineBreakOrEnd;
  } else if (date !== null) {
    ok = dash !== null || lineBreakOrEnd;
  } else {
    ok = dash !== null && shouted;
  }
  if (!ok) return null;
  if (bodyStart === text.length) return null; // nothing after it: a heading, not a dateline
  return { place: unshout(place), region: region === null ? null : unshout(region), source, date, end: bodyStart };
}

/**
 * Recognises a dateline at the start of a document (after leading white
 * space) and says where the body starts; null when the text does not open
 * with one.
 */
export function parseDateline(text: string): Dateline | null {
  const start = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  return ownLine(text, start) ?? inline(text, start);
}
