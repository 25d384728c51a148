// Publication dates as feeds and files write them, reduced to YYYY-MM-DD.

import { monthNumber } from '../nlp/dates.js';

function ymd(y: number, m: number, d: number): string | null {
  const t = Date.UTC(y, m - 1, d);
  const date = new Date(t);
  if (y < 1000 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * The calendar date (YYYY-MM-DD) of a publication time, or null when it is not
 * a date. Keeps the date as written, without converting to UTC: a story
 * stamped "2025-03-14T23:30:00-05:00" was published on the 14th where it was
 * written, which is the day its "yesterday" and "on Thursday" refer to.
 *
 *   "2025-03-14 20:30:26Z" · "2025-03-14T20:30:26+03:00" · "2025/03/14" · "20250314"
 *   "Fri, 14 Mar 2025 20:30:26 GMT" · "14 March 2025" · "March 14, 2025"
 *   1741984226 (Unix seconds) · 1741984226000 (milliseconds)
 */
export function normalisePublishedAt(value: string | number): string | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const ms = Math.abs(value) < 1e11 ? value * 1000 : value;
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
  }
  const s = value.trim();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d])/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?:$|T|\d{6}$)/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  const words = s.replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, ''); // drop a leading weekday
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}+\.?),?\s+(\d{4})(?!\d)/u.exec(words);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    return month === null ? null : ymd(Number(m[3]), month, Number(m[1]));
  }
  m = /^(\p{L}+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/u.exec(words);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    return month === null ? null : ymd(Number(m[3]), month, Number(m[2]));
  }
  return null;
}
