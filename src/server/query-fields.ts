// Query-string fields shared by the API routes, as zod schemas that read the
// strings of a URL (numbers and flags are coerced) and document themselves in
// the OpenAPI document (description via .meta).

import { z } from 'zod';
import { PLOVER_TYPES } from '../records.js';

/** An ISO 3166-1 alpha-3 code, any case ("irq" → "IRQ"). */
export const countryField = (description: string) =>
  z.string().trim().toUpperCase().regex(/^[A-Za-z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as IRQ').meta({ description });

/** An actor key: a country or IGO code, optionally with a sector ("IRQ", "UNO", "IRQ/GOV"). */
export const actorKeyField = (description: string) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Za-z][A-Za-z0-9]{1,7}(\/[A-Za-z]{3})?$/, 'expected an actor key such as IRQ, UNO or IRQ/GOV')
    .meta({ description });

/** Two actor keys, "A,B" (or "A-B"). */
export const dyadField = (description: string) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .regex(
      /^[A-Za-z][A-Za-z0-9]{1,7}(\/[A-Za-z]{3})?[,-][A-Za-z][A-Za-z0-9]{1,7}(\/[A-Za-z]{3})?$/,
      'expected two actor keys as A,B (e.g. IRQ,IRN)',
    )
    .meta({ description });

/** Splits a validated dyad field. */
export function dyadPair(value: string): [string, string] {
  const [a = '', b = ''] = value.split(/[,-]/);
  return [a, b];
}

export const dayField = (description: string) => z.iso.date({ error: 'expected a day as YYYY-MM-DD' }).meta({ description });

/** A PLOVER event type, any case. */
export const ploverField = (description: string) =>
  z.preprocess((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v), z.enum(PLOVER_TYPES)).meta({ description });

/** A whole number between min and max, read from a string. */
export const intField = (min: number, max: number, description: string) =>
  z.coerce.number({ error: 'expected a whole number' }).int('expected a whole number').min(min).max(max).meta({ description });

/** One of a few values. */
export const choiceField = <const T extends readonly [string, ...string[]]>(values: T, description: string) =>
  z.enum(values).meta({ description });

/** "true"/"false" (or "1"/"0"). */
export const flagField = (description: string) =>
  z
    .enum(['true', 'false', '1', '0'], { error: 'expected true or false' })
    .transform((v) => v === 'true' || v === '1')
    .meta({ description });

export const asOfField = dayField('Compute as of this day (default: the date of the latest stored event).');
