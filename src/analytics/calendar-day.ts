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

/**
 * Days since 1970-01-01 (UTC) of an ISO day (only its first ten characters
 * are read); throws on a malformed day. Integer arithmetic (days-from-civil),
 * fast enough for day-by-day replays.
 */
export function dayNumber(day: string): number {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  if (day.length < 10 || day[4] !== '-' || day[7] !== '-' || !(y >= 0) || !(m >= 1 && m <= 12) || !(d >= 1 && d <= 31)) {
    throw new RangeError(`not an ISO day: ${day}`);
  }
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
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
  return weekdayOfDayNumber(dayNumber(day));
}

/** Day of the week of a day number, 0 = Monday … 6 = Sunday. */
export function weekdayOfDayNumber(n: number): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((n + 3) % 7) + 7) % 7;
}
