// Dates written in news text, resolved against the publication date.
//
// Pure: the publication date is an argument; there is no clock. Dates are
// handled as whole civil days (proleptic Gregorian), never as instants, so no
// time zone can shift them.
//
// Conventions (news reporting is mostly past tense):
//   - a bare weekday ("on Thursday", "Monday night", "Tuesday's vote") is the
//     most recent such day on or before publication (the same day allowed);
//     "last Thursday" is strictly before publication, "next Thursday" strictly
//     after;
//   - a month and day without a year ("on March 28", "Nov. 26") takes the
//     publication year, or the previous year when that would put it more than
//     7 days after publication (and the next year when that is still within 7
//     days: "January 2" published on 30 December);
//   - offsets count back from publication: "two days ago" = −2 days,
//     "last week" = −7 days, "a month ago" = the same day one month back;
//   - named calendar periods resolve to their first day: "last month" = the
//     1st of the previous month, "earlier this month" = the 1st of this month,
//     "earlier this week" = the Monday of this week, "last year" = 1 January of
//     the previous year; `precision` says how exact the date is.
// Known gap: future-tense weekdays ("will meet on Friday") get the past day;
// the caller (the coder's modality step) has to know the tense.

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export interface DateExpression {
  /** Offsets into the sentence, half-open. */
  start: number;
  end: number;
  /** The resolved date, YYYY-MM-DD. */
  date: string;
  /** The expression as written ("on Monday night"). */
  text: string;
  /** How exact `date` is: "last month" is a month, "yesterday" a day. */
  precision: DatePrecision;
}

// ---------------------------------------------------------------------------
// Civil-day arithmetic (days since 1970-01-01).

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** 0 = Sunday … 6 = Saturday. */
function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

function formatDays(days: number): string {
  const { y, m, d } = civilFromDays(days);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function addMonths(days: number, months: number): number {
  const { y, m, d } = civilFromDays(days);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return daysFromCivil(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

function parsePublished(publishedAt: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  const y = Number(m?.[1]);
  const mo = Number(m?.[2]);
  const d = Number(m?.[3]);
  if (!m || !isValidYmd(y, mo, d)) {
    throw new RangeError(`publication date must start with YYYY-MM-DD, got "${publishedAt}"`);
  }
  return daysFromCivil(y, mo, d);
}

// ---------------------------------------------------------------------------
// Words.

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** Month number (1–12) of an English month name or abbreviation ("Nov", "Nov.", "november"), else null. */
export function monthNumber(name: string): number | null {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, '')) ?? null;
}

const WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
]);

// Words before a weekday that make it a name, not a date ("Good Friday Agreement").
const WEEKDAY_NAME_PREFIX = /(?:good|black|cyber|ash|holy|maundy|bloody|super)\s+$/i;

const B = '(?<![\\p{L}\\p{N}])'; // word start
const E = '(?![\\p{L}\\p{N}])'; // word end
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)';
const YEAR = '(\\d{4})(?!\\d)';
const PART_OF_DAY = '(?:\\s+(?:morning|afternoon|evening|night))?';
const NUM = '(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

interface Resolved {
  days: number;
  precision: DatePrecision;
}

interface Rule {
  /** Name for debugging and tests. */
  name: string;
  pattern: RegExp;
  resolve: (m: RegExpExecArray, pub: number, sentence: string) => Resolved | null;
}

/** A month written with a capital ("May", "NOV."), so "may" and "march" the verbs are not months. */
function capitalMonth(word: string | undefined): number | null {
  if (word === undefined || !/^\p{Lu}/u.test(word)) return null;
  return monthNumber(word);
}

/** Month and day with the year given, or inferred from publication (never more than 7 days ahead). */
function monthDay(pub: number, month: number, day: number, year: string | undefined): number | null {
  if (year !== undefined) {
    const y = Number(year);
    return isValidYmd(y, month, day) ? daysFromCivil(y, month, day) : null;
  }
  // The latest of next, this and last year that is not more than 7 days ahead
  // ("on January 2" published on 30 December is in the new year).
  const py = civilFromDays(pub).y;
  for (const y of [py + 1, py, py - 1]) {
    if (!isValidYmd(y, month, day)) continue; // 29 February
    const days = daysFromCivil(y, month, day);
    if (days <= pub + 7) return days;
  }
  return null;
}

/** Most recent `weekday` on or before `pub` (strictly before when `strict`). */
function lastWeekday(pub: number, weekday: number, strict: boolean): number {
  let back = (weekdayOf(pub) - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return pub - back;
}

function numberValue(word: string | undefined): number | null {
  if (word === undefined) return null;
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS.get(word.toLowerCase()) ?? null;
}

function day(days: number): Resolved {
  return { days, precision: 'day' };
}

// Rules in no particular order: overlaps are settled by taking the longest match.
const RULES: readonly Rule[] = [
  {
    // 2026-11-26
    name: 'iso',
    pattern: new RegExp(`${B}(?:on\\s+)?(\\d{4})-(\\d{2})-(\\d{2})${E}`, 'giu'),
    resolve: (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return isValidYmd(y, mo, d) ? day(daysFromCivil(y, mo, d)) : null;
    },
  },
  {
    // on Thursday, Nov. 26 · November 26, 2026 · on March 28
    name: 'month-day',
    pattern: new RegExp(`${B}(?:on\\s+)?(?:${WEEKDAY},?\\s+)?(?:the\\s+)?${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?${E}`, 'giu'),
    resolve: (m, pub) => {
      const month = capitalMonth(m[2]);
      return month === null ? null : nullable(monthDay(pub, month, Number(m[3]), m[4]));
    },
  },
  {
    // 26 November 2026 · on the 26th of November · Thursday 26 November
    name: 'day-month',
    pattern: new RegExp(`${B}(?:on\\s+)?(?:${WEEKDAY},?\\s+)?(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?${E}`, 'giu'),
    resolve: (m, pub) => {
      const month = capitalMonth(m[3]);
      return month === null ? null : nullable(monthDay(pub, month, Number(m[2]), m[4]));
    },
  },
  {
    // in March · in early March 2025 · since November
    name: 'month',
    pattern: new RegExp(`${B}(?:in|since|during|until)\\s+(?:(?:early|late|mid)[\\s-]+)?${MONTH}(?:,?\\s+${YEAR})?${E}`, 'giu'),
    resolve: (m, pub) => {
      const month = capitalMonth(m[1]);
      if (month === null) return null;
      const days = monthDay(pub, month, 1, m[2]);
      return days === null ? null : { days, precision: 'month' };
    },
  },
  {
    // on Thursday · late Monday night · last Friday · next Tuesday
    name: 'weekday',
    pattern: new RegExp(`${B}(?:(on|last|next|early|late)\\s+)?(?:(?:early|late)\\s+)?(?:on\\s+)?${WEEKDAY}${PART_OF_DAY}${E}`, 'giu'),
    resolve: (m, pub, sentence) => {
      if (WEEKDAY_NAME_PREFIX.test(sentence.slice(Math.max(0, m.index - 12), m.index))) return null;
      const weekday = WEEKDAYS.indexOf((m[2] ?? '').toLowerCase());
      const which = (m[1] ?? '').toLowerCase();
      if (which === 'next') {
        const ahead = (weekday - weekdayOf(pub) + 7) % 7 || 7;
        return day(pub + ahead);
      }
      return day(lastWeekday(pub, weekday, which === 'last'));
    },
  },
  {
    // yesterday · today · tonight · the day before yesterday · last night · this morning
    name: 'relative-day',
    pattern: new RegExp(
      `${B}(the\\s+day\\s+before\\s+yesterday|yesterday${PART_OF_DAY}|today|tonight|last\\s+night|this\\s+(?:morning|afternoon|evening))${E}`,
      'giu',
    ),
    resolve: (m, pub) => {
      const w = (m[1] ?? '').toLowerCase();
      if (w.startsWith('the')) return day(pub - 2);
      if (w.startsWith('yesterday') || w.startsWith('last')) return day(pub - 1);
      return day(pub);
    },
  },
  {
    // last week · earlier this week · this week · last month · earlier this month · last year
    name: 'period',
    pattern: new RegExp(`${B}(last|earlier\\s+this|this)\\s+(week|month|year)${E}`, 'giu'),
    resolve: (m, pub) => {
      const which = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const unit = (m[2] ?? '').toLowerCase();
      const { y, m: mo } = civilFromDays(pub);
      const last = which === 'last';
      if (unit === 'week') {
        // "last week" is a week ago (by convention); "this week" starts on its Monday.
        return last ? { days: pub - 7, precision: 'week' } : { days: pub - ((weekdayOf(pub) + 6) % 7), precision: 'week' };
      }
      if (unit === 'month') {
        const first = daysFromCivil(y, mo, 1);
        return { days: last ? addMonths(first, -1) : first, precision: 'month' };
      }
      return { days: daysFromCivil(last ? y - 1 : y, 1, 1), precision: 'year' };
    },
  },
  {
    // over the weekend · last weekend: the Saturday before publication
    name: 'weekend',
    pattern: new RegExp(`${B}(?:(?:over|at|during)\\s+the|last)\\s+weekend${E}`, 'giu'),
    resolve: (_m, pub) => day(lastWeekday(pub - 1, 6, false)),
  },
  {
    // two days ago · a week ago · 3 months ago
    name: 'ago',
    pattern: new RegExp(`${B}${NUM}\\s+(day|week|month|year)s?\\s+ago${E}`, 'giu'),
    resolve: (m, pub) => {
      const n = numberValue(m[1]);
      if (n === null) return null;
      const unit = (m[2] ?? '').toLowerCase();
      if (unit === 'day') return day(pub - n);
      if (unit === 'week') return { days: pub - 7 * n, precision: 'week' };
      if (unit === 'month') return { days: addMonths(pub, -n), precision: 'month' };
      return { days: addMonths(pub, -12 * n), precision: 'year' };
    },
  },
];

function nullable(days: number | null): Resolved | null {
  return days === null ? null : day(days);
}

/**
 * Finds the date expressions of a sentence and resolves each against the
 * publication date (YYYY-MM-DD, or a date-time starting with one). Returns
 * non-overlapping expressions in order; where two overlap the longer wins
 * ("on Thursday, Nov. 26" is one expression). Throws a RangeError when
 * `publishedAt` is not a date.
 */
export function findDateExpressions(sentence: string, publishedAt: string): DateExpression[] {
  const pub = parsePublished(publishedAt);
  const found: DateExpression[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of sentence.matchAll(rule.pattern)) {
      const resolved = rule.resolve(m, pub, sentence);
      if (resolved === null) continue;
      const start = m.index;
      const end = start + m[0].length;
      found.push({ start, end, date: formatDays(resolved.days), text: m[0], precision: resolved.precision });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: DateExpression[] = [];
  for (const expr of found) {
    const prev = out[out.length - 1];
    if (prev !== undefined && expr.start < prev.end) {
      // Overlap: keep the longer one.
      if (expr.end - expr.start > prev.end - prev.start) out[out.length - 1] = expr;
      continue;
    }
    out.push(expr);
  }
  return out;
}

/**
 * Resolves one date expression ("on Thursday", "two days ago", "Nov. 26")
 * against the publication date; null when `expr` as a whole is not a date
 * expression this module knows.
 */
export function resolveDate(expr: string, publishedAt: string): string | null {
  const trimmed = expr.trim();
  const found = findDateExpressions(trimmed, publishedAt);
  const only = found[0];
  return found.length === 1 && only !== undefined && only.start === 0 && only.end === trimmed.length ? only.date : null;
}
