// Calendar arithmetic on ISO days ("YYYY-MM-DD"), in UTC. Pure: never reads
// the clock; every date is passed in.

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a well-formed, real calendar day ("2024-02-30" is not). */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

/** Days since 1970-01-01 (UTC) of an ISO day; throws on a malformed day. */
export function dayNumber(day: string): number {
  const ms = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  if (!Number.isFinite(ms)) throw new RangeError(`not an ISO day: ${day}`);
  return Math.round(ms / DAY_MS);
}

/** The ISO day of a day number (inverse of dayNumber). */
export function dayFromNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** `day` shifted by `n` days (negative goes back). */
export function addDays(day: string, n: number): string {
  return dayFromNumber(dayNumber(day) + n);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Day of the week, 0 = Monday … 6 = Sunday. */
export function weekday(day: string): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((dayNumber(day) + 3) % 7) + 7) % 7;
}
