// Options shared by the analytics commands (dyads, tension, hotspots,
// network, alerts, backtest): days, windows, and the as-of date.
//
// --as-of defaults to the date of the latest stored event, not to today:
// the same database always gives the same answer, whenever it is asked.

import { isIsoDay } from '../analytics/calendar-day.js';
import type { Store } from '../store/store.js';
import { CliError } from './cli-error.js';

/** A YYYY-MM-DD option value, or a CliError naming the flag. */
export function parseDay(flag: string, value: string): string {
  if (!isIsoDay(value)) throw new CliError('bad-date', `${flag} must be a day as YYYY-MM-DD, got "${value}"`);
  return value;
}

/** A positive whole number of days, optionally one of `allowed`. */
export function parseDays(flag: string, value: string, allowed?: readonly number[]): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 3660) throw new CliError('bad-number', `${flag} must be a whole number of days, got "${value}"`);
  if (allowed !== undefined && !allowed.includes(n)) {
    throw new CliError('bad-number', `${flag} must be one of ${allowed.join(', ')}, got "${value}"`);
  }
  return n;
}

/** A positive whole number (counts, limits). */
export function parseCount(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError('bad-number', `${flag} must be a positive whole number, got "${value}"`);
  return n;
}

/** The as-of day: the one given, else the latest event date in the store. */
export async function resolveAsOf(store: Store, asOf: string | undefined): Promise<string> {
  if (asOf !== undefined) return parseDay('--as-of', asOf);
  const latest = await store.latestEventDate();
  if (latest === null) throw new CliError('no-events', 'the database holds no dated event: ingest or import some first, or pass --as-of');
  return latest;
}

/** An actor key typed by a user ("irq", "IRQ/gov") in the stored form. */
export function parseActorKey(flag: string, value: string): string {
  const key = value.trim().toUpperCase();
  if (!/^[A-Z][A-Z0-9]{1,7}(\/[A-Z]{3})?$/.test(key)) {
    throw new CliError('bad-actor', `${flag} must be a country or IGO code, optionally with a sector (IRQ, UNO, IRQ/GOV), got "${value}"`);
  }
  return key;
}
