// Alert rules as users write them: small JSON objects, one per rule, stored in
// the database and evaluated after each ingest (src/alerts/evaluate-alerts.ts).
//
//   {"kind":"tension","dyad":"IRQ-IRN","above":60}
//       tension between Iraq and Iran (either direction) above 60 (of 100,
//       the scale `faultline tension` prints)
//   {"kind":"tension","country":"IRQ","above":50,"window":7}
//       Iraq's tension over the last 7 days above 50
//   {"kind":"escalation","countries":["IRQ","SYR"]}
//       any escalation flagged on a country of the list or a dyad involving one
//   {"kind":"escalation"}
//       any escalation anywhere
//   {"kind":"events","plover":"ASSAULT","near":{"lat":33.31,"lon":44.36,"km":100}}
//       new ASSAULT events within 100 km of Baghdad
//   {"kind":"events","plover":"ASSAULT","country":"SDN"}
//       new ASSAULT events involving Sudan
//
// The same rules have a one-line form for the command line (parseAlertRule):
//   tension IRQ-IRN above 60 [window 30]
//   tension IRQ above 50
//   escalation [IRQ,SYR] [confidence 0.8]
//   events ASSAULT [country SDN] [near 33.31,44.36 100km] [days 7]
//
// Pure: no I/O; the caller stores and evaluates.

import { z } from 'zod';
import { PLOVER_TYPES } from '../records.js';

const iso3 = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code in capitals, e.g. "IRQ"');
/** A country or IGO code ("IRQ", "UNO", "NATO"). */
const actorCode = z.string().regex(/^[A-Z][A-Z0-9]{1,7}$/, 'expected a country (ISO3) or IGO code in capitals');
const dyad = z
  .string()
  .regex(/^[A-Z][A-Z0-9]{1,7}-[A-Z][A-Z0-9]{1,7}$/, 'expected a dyad as two codes joined by "-", e.g. "IRQ-IRN"');
const windowDays = z.union([z.literal(7), z.literal(30), z.literal(90)]);

export const tensionRuleSchema = z
  .strictObject({
    kind: z.literal('tension'),
    dyad: dyad.optional(),
    country: actorCode.optional(),
    /** Fires when tension is strictly above this level, on the 0 … 100 scale `faultline tension` prints. */
    above: z.number().min(0).max(100),
    /** Days of the tension window; 30 when absent. */
    window: windowDays.optional(),
  })
  .refine((r) => (r.dyad === undefined) !== (r.country === undefined), {
    message: 'a tension rule names either a "dyad" or a "country"',
  });

export const escalationRuleSchema = z.strictObject({
  kind: z.literal('escalation'),
  /** Escalations of these countries or of any dyad involving one; all when absent. */
  countries: z.array(actorCode).min(1).optional(),
  /** Only escalations flagged with at least this confidence (0 … 1). */
  minConfidence: z.number().min(0).max(1).optional(),
});

export const eventsRuleSchema = z.strictObject({
  kind: z.literal('events'),
  plover: z.enum(PLOVER_TYPES).optional(),
  quad: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
  /** Events with this country as a source or a target actor. */
  country: iso3.optional(),
  /** Events located within `km` of a point. */
  near: z
    .strictObject({
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
      km: z.number().positive(),
    })
    .optional(),
  /** How far back (days before the as-of date) an event counts as new; 7 when absent. */
  days: z.number().int().positive().max(366).optional(),
});

export const alertRuleSchema = z.discriminatedUnion('kind', [tensionRuleSchema, escalationRuleSchema, eventsRuleSchema]);

export type TensionRule = z.infer<typeof tensionRuleSchema>;
export type EscalationRule = z.infer<typeof escalationRuleSchema>;
export type EventsRule = z.infer<typeof eventsRuleSchema>;
export type AlertRule = z.infer<typeof alertRuleSchema>;

export type ParsedRule = { ok: true; rule: AlertRule } | { ok: false; problems: string[] };

/** Validates a rule given as JSON text, as an object, or in the one-line form. */
export function parseAlertRule(input: string | unknown): ParsedRule {
  let value: unknown = input;
  if (typeof input === 'string') {
    const text = input.trim();
    if (text.startsWith('{')) {
      try {
        value = JSON.parse(text);
      } catch (error) {
        return { ok: false, problems: [`invalid JSON: ${error instanceof Error ? error.message : String(error)}`] };
      }
    } else {
      const words = parseRuleWords(text);
      if (!words.ok) return words;
      value = words.value;
    }
  }
  const parsed = alertRuleSchema.safeParse(value);
  if (parsed.success) return { ok: true, rule: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message)),
  };
}

/** The rule in the one-line form (round-trips through parseAlertRule). */
export function describeAlertRule(rule: AlertRule): string {
  switch (rule.kind) {
    case 'tension':
      return [
        'tension',
        rule.dyad ?? rule.country ?? '',
        'above',
        String(rule.above),
        ...(rule.window === undefined ? [] : ['window', String(rule.window)]),
      ].join(' ');
    case 'escalation':
      return [
        'escalation',
        ...(rule.countries === undefined ? [] : [rule.countries.join(',')]),
        ...(rule.minConfidence === undefined ? [] : ['confidence', String(rule.minConfidence)]),
      ].join(' ');
    case 'events':
      return [
        'events',
        ...(rule.plover === undefined ? [] : [rule.plover]),
        ...(rule.quad === undefined ? [] : ['quad', String(rule.quad)]),
        ...(rule.country === undefined ? [] : ['country', rule.country]),
        ...(rule.near === undefined ? [] : ['near', `${rule.near.lat},${rule.near.lon}`, `${rule.near.km}km`]),
        ...(rule.days === undefined ? [] : ['days', String(rule.days)]),
      ].join(' ');
  }
}

type Words = { ok: true; value: Record<string, unknown> } | { ok: false; problems: string[] };

/** The one-line form to the JSON form; the schema then checks the values. */
function parseRuleWords(text: string): Words {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const [kind, ...rest] = words;
  const fail = (problem: string): Words => ({ ok: false, problems: [problem] });
  const num = (w: string | undefined): number => (w === undefined || w.trim() === '' ? Number.NaN : Number(w));
  switch (kind?.toLowerCase()) {
    case 'tension': {
      const [subject, ...options] = rest;
      if (subject === undefined) return fail('tension: name a dyad (IRQ-IRN) or a country (IRQ)');
      const value: Record<string, unknown> = { kind: 'tension' };
      value[subject.includes('-') ? 'dyad' : 'country'] = subject.toUpperCase();
      for (let i = 0; i < options.length; i += 2) {
        const key = options[i]?.toLowerCase();
        const arg = options[i + 1];
        if (key === 'above' || key === '>') value['above'] = num(arg);
        else if (key === 'window') value['window'] = num(arg);
        else return fail(`tension: unknown word "${options[i] ?? ''}" (expected "above" or "window")`);
      }
      return { ok: true, value };
    }
    case 'escalation': {
      const value: Record<string, unknown> = { kind: 'escalation' };
      for (let i = 0; i < rest.length; i++) {
        const word = rest[i] ?? '';
        if (word.toLowerCase() === 'confidence') value['minConfidence'] = num(rest[++i]);
        else value['countries'] = word.toUpperCase().split(',').filter((c) => c !== '');
      }
      return { ok: true, value };
    }
    case 'events': {
      const value: Record<string, unknown> = { kind: 'events' };
      for (let i = 0; i < rest.length; i++) {
        const word = rest[i] ?? '';
        switch (word.toLowerCase()) {
          case 'quad':
            value['quad'] = num(rest[++i]);
            break;
          case 'country':
            value['country'] = (rest[++i] ?? '').toUpperCase();
            break;
          case 'days':
            value['days'] = num(rest[++i]);
            break;
          case 'near': {
            const [lat, lon] = (rest[++i] ?? '').split(',');
            const km = (rest[++i] ?? '').replace(/km$/i, '');
            value['near'] = { lat: num(lat), lon: num(lon), km: num(km) };
            break;
          }
          default:
            if (value['plover'] !== undefined) return fail(`events: unexpected word "${word}"`);
            value['plover'] = word.toUpperCase();
        }
      }
      return { ok: true, value };
    }
    default:
      return fail(`a rule starts with "tension", "escalation" or "events", not "${kind ?? ''}"`);
  }
}
