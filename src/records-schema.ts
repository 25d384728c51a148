// zod schemas for records that arrive from outside (`faultline import`, the
// API): they mirror src/records.ts field for field, strictly (an unknown field
// is an error, so a typo never passes silently). `satisfies` checks below keep
// the two files from drifting apart.

import { z } from 'zod';
import { PLOVER_TYPES, SECTORS } from './records.js';
import type { Actor, Event, Evidence, Place, Span } from './records.js';

const isoDate = z.iso.date();

export const spanSchema = z
  .strictObject({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.start <= s.end, { message: 'span start must not be after its end', path: ['end'] });

export const actorSchema = z.strictObject({
  text: z.string(),
  name: z.string().min(1),
  country: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code in capitals').nullable(),
  igo: z.string().min(1).nullable(),
  sector: z.enum(SECTORS).nullable(),
  role: z.string().exactOptional(),
  person: z.string().exactOptional(),
  entry: z.string(),
});

export const placeSchema = z.strictObject({
  name: z.string().min(1),
  country: z.string().regex(/^[A-Z]{3}$/).nullable(),
  admin1: z.string().nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  geonamesId: z.number().int().nullable(),
  precision: z.enum(['exact', 'division', 'country']),
});

export const evidenceSchema = z.strictObject({
  text: z.string(),
  spans: z.strictObject({
    source: z.array(spanSchema),
    verb: spanSchema,
    target: z.array(spanSchema),
    location: spanSchema.nullable(),
  }),
  rule: z.string(),
});

export const eventSchema = z.strictObject({
  id: z.string().min(1),
  docId: z.string().min(1).nullable(),
  sentence: z.number().int().nonnegative(),
  date: isoDate.nullable(),
  source: z.array(actorSchema),
  target: z.array(actorSchema),
  cameo: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code of 2 to 4 digits, as a string'),
  plover: z.enum(PLOVER_TYPES),
  mode: z.string().nullable(),
  context: z.string().nullable(),
  quad: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  goldstein: z.number().min(-10).max(10),
  speaker: actorSchema.nullable(),
  location: placeSchema.nullable(),
  evidence: evidenceSchema,
  confidence: z.number().min(0).max(1),
});

// Both directions: every parsed value is a record, and every record parses.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks = {
  span: true as Same<z.infer<typeof spanSchema>, Span>,
  actor: true as Same<z.infer<typeof actorSchema>, Actor>,
  place: true as Same<z.infer<typeof placeSchema>, Place>,
  evidence: true as Same<z.infer<typeof evidenceSchema>, Evidence>,
  event: true as Same<z.infer<typeof eventSchema>, Event>,
} satisfies Record<string, true>;
void checks;
