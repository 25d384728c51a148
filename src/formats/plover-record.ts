// Faultline Event ↔ PLOVER JSON record (PLOVER manual, chapter 6: id, date,
// actor, recipient, event, mode, context, quad_code, event_scale, event_loc,
// event_text, text_info, cite_info, coder). What PLOVER has no field for (the
// CAMEO code, confidence, evidence spans and rule, the speaker) travels in a
// "faultline" object, as the manual invites providers to add named fields; so
// a record Faultline wrote reads back into the same event. Records from other
// coders need only id, date and event. Pure.

import { z } from 'zod';
import type { CameoTable } from '../codes/cameo-table.js';
import { PLOVER_TYPES, SECTORS, type Actor, type Event, type Place, type PlacePrecision } from '../records.js';
import { eventSchema, spanSchema } from '../records-schema.js';
import type { EventMention } from '../store/store.js';

export const PLOVER_ORIGIN = 'plover';
/** Confidence of events from other coders' records, which state none. */
export const PLOVER_DEFAULT_CONFIDENCE = 0.5;

export interface PloverContext {
  cameo: CameoTable;
  /** True for ISO alpha-3 country codes (the other entity codes are organisations). */
  isCountry(code: string): boolean;
}

export interface PloverEntity {
  code: string | null;
  sector: string | null;
  entity_text: string;
  identifier_text: string;
  identifier_id: string;
  office?: string;
  person?: string;
  igo?: string;
}

export type PloverRowResult = { ok: true; event: Event; mention: EventMention | null } | { ok: false; reason: string };

const RESOLUTION: Readonly<Record<PlacePrecision, number>> = { exact: 4, division: 2, country: 1 };

/** The PLOVER record of an event; `mentions` give cite_info (the first with a URL or source). */
export function ploverRecord(event: Event, mentions: readonly EventMention[]): Record<string, unknown> {
  const cite = mentions.find((m) => m.url !== null || m.source !== null);
  const citeInfo: Record<string, string> = {};
  if (event.docId !== null) citeInfo['citation'] = event.docId;
  if (cite?.url != null) citeInfo['url'] = cite.url;
  if (cite?.source != null) citeInfo['publication'] = cite.source;
  const record: Record<string, unknown> = {
    id: event.id,
    date: event.date,
    actor: event.source.map(entityOf),
    recipient: event.target.map(entityOf),
    event: [event.plover],
    mode: event.mode === null ? [] : [event.mode],
    context: event.context === null ? [] : event.context.split(';'),
    quad_code: event.quad,
    event_scale: event.goldstein,
  };
  if (event.location !== null) record['event_loc'] = locationOf(event.location);
  record['event_text'] = [event.evidence.text];
  record['text_info'] = { sequence: event.sentence };
  if (Object.keys(citeInfo).length > 0) record['cite_info'] = citeInfo;
  record['coder'] = 'faultline';
  record['faultline'] = {
    cameo: event.cameo,
    confidence: event.confidence,
    rule: event.evidence.rule,
    spans: event.evidence.spans,
    speaker: event.speaker === null ? null : entityOf(event.speaker),
  };
  return record;
}

function entityOf(a: Actor): PloverEntity {
  const e: PloverEntity = {
    code: a.country ?? a.igo,
    sector: a.sector,
    entity_text: a.text,
    identifier_text: a.name,
    identifier_id: a.entry,
  };
  if (a.role !== undefined) e.office = a.role;
  if (a.person !== undefined) e.person = a.person;
  if (a.country !== null && a.igo !== null) e.igo = a.igo;
  return e;
}

function locationOf(p: Place): Record<string, unknown> {
  return {
    resolved_place: p.name,
    geonameid: p.geonamesId,
    lat: p.lat,
    lon: p.lon,
    province: p.admin1,
    country_code: p.country,
    resolution: RESOLUTION[p.precision],
  };
}

// --- reading ---

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]).transform((v) => (Array.isArray(v) ? v : [v]));

const entitySchema = z.union([
  z.string().min(1).transform((code) => ({ code })),
  z.looseObject({
    code: z.string().nullish(),
    sector: z.string().nullish(),
    entity_text: z.string().nullish(),
    identifier_text: z.string().nullish(),
    identifier_id: z.string().nullish(),
    office: z.string().nullish(),
    person: z.string().nullish(),
    igo: z.string().nullish(),
  }),
]);
type EntityInput = z.infer<typeof entitySchema>;

const recordSchema = z.looseObject({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected YYYY-MM-DD'),
  actor: oneOrMany(entitySchema).nullish(),
  recipient: oneOrMany(entitySchema).nullish(),
  event: oneOrMany(z.string()),
  mode: oneOrMany(z.string()).nullish(),
  context: oneOrMany(z.string()).nullish(),
  quad_code: z.coerce.number().int().min(1).max(4).nullish(),
  event_scale: z.coerce.number().min(-10).max(10).nullish(),
  event_loc: z
    .looseObject({
      resolved_place: z.string().nullish(),
      extracted_place: z.string().nullish(),
      geonameid: z.coerce.number().int().nullish(),
      lat: z.coerce.number().nullish(),
      lon: z.coerce.number().nullish(),
      province: z.string().nullish(),
      country_code: z.string().nullish(),
      resolution: z.coerce.number().nullish(),
    })
    .nullish(),
  event_text: oneOrMany(z.string()).nullish(),
  text: z.string().nullish(),
  text_info: z.looseObject({ sequence: z.coerce.number().int().nonnegative().nullish() }).nullish(),
  cite_info: z.looseObject({ citation: z.string().nullish(), url: z.string().nullish(), publication: z.string().nullish() }).nullish(),
  faultline: z
    .looseObject({
      cameo: z.string().nullish(),
      confidence: z.number().min(0).max(1).nullish(),
      rule: z.string().nullish(),
      spans: z
        .strictObject({ source: z.array(spanSchema), verb: spanSchema, target: z.array(spanSchema), location: spanSchema.nullable() })
        .nullish(),
      speaker: entitySchema.nullish(),
    })
    .nullish(),
});

const PLOVER_SET: ReadonlySet<string> = new Set(PLOVER_TYPES);
const SECTOR_SET: ReadonlySet<string> = new Set(SECTORS);

/** Reads one PLOVER record (parsed JSON). */
export function parsePloverRecord(value: unknown, ctx: PloverContext): PloverRowResult {
  const parsed = recordSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: `not a PLOVER record: ${describe(parsed.error.issues)}` };
  const r = parsed.data;
  const type = r.event[0]?.toUpperCase() ?? '';
  if (!PLOVER_SET.has(type)) return { ok: false, reason: `event ${JSON.stringify(r.event[0] ?? '')} is not a PLOVER event type` };
  const mode = r.mode?.[0] ?? null;
  const ext = r.faultline ?? null;
  const cameo = ext?.cameo ?? cameoOf(type, mode, ctx.cameo);
  if (cameo === null) return { ok: false, reason: `no CAMEO code has the PLOVER type ${type}` };
  const code = ctx.cameo.get(cameo);
  const loc = r.event_loc ?? null;
  const place: Place | null =
    loc === null || (loc.resolved_place ?? loc.extracted_place ?? '') === ''
      ? null
      : {
          name: loc.resolved_place ?? loc.extracted_place ?? '',
          country: loc.country_code ?? null,
          admin1: loc.province ?? null,
          lat: loc.lat ?? null,
          lon: loc.lon ?? null,
          geonamesId: loc.geonameid ?? null,
          precision: loc.resolution === 1 ? 'country' : loc.resolution === 2 ? 'division' : 'exact',
        };
  const candidate = {
    id: r.id,
    docId: r.cite_info?.citation ?? null,
    sentence: r.text_info?.sequence ?? 0,
    date: r.date.slice(0, 10),
    source: (r.actor ?? []).map((e) => actorOf(e, ctx)),
    target: (r.recipient ?? []).map((e) => actorOf(e, ctx)),
    cameo,
    plover: type,
    mode,
    context: r.context === null || r.context === undefined || r.context.length === 0 ? null : r.context.join(';'),
    quad: r.quad_code ?? code?.quad,
    goldstein: r.event_scale ?? code?.goldstein,
    speaker: ext?.speaker == null ? null : actorOf(ext.speaker, ctx),
    location: place,
    evidence: {
      text: r.event_text?.[0] ?? r.text ?? '',
      spans: ext?.spans ?? { source: [], verb: { start: 0, end: 0 }, target: [], location: null },
      rule: ext?.rule ?? `${PLOVER_ORIGIN}:${r.id}`,
    },
    confidence: ext?.confidence ?? PLOVER_DEFAULT_CONFIDENCE,
  };
  const event = eventSchema.safeParse(candidate);
  if (!event.success) return { ok: false, reason: `not a valid event: ${describe(event.error.issues)}` };
  const cite = r.cite_info;
  const mention: EventMention | null =
    cite == null || (cite.url == null && cite.publication == null)
      ? null
      : {
          eventId: event.data.id, origin: PLOVER_ORIGIN, docId: event.data.docId, externalId: r.id,
          source: cite.publication ?? null, url: cite.url ?? null, publishedAt: null, fields: null,
        };
  return { ok: true, event: event.data, mention };
}

function actorOf(e: EntityInput, ctx: PloverContext): Actor {
  const code = e.code ?? null;
  const igoField = 'igo' in e ? (e.igo ?? null) : null;
  const isCountry = code !== null && (igoField !== null || ctx.isCountry(code));
  const sector = 'sector' in e && e.sector != null && SECTOR_SET.has(e.sector) ? (e.sector as Actor['sector']) : null;
  const text = 'entity_text' in e ? (e.entity_text ?? '') : '';
  const name = ('identifier_text' in e ? e.identifier_text : null) ?? (text !== '' ? text : (code ?? 'unknown'));
  const actor: Actor = {
    text,
    name,
    country: isCountry ? code : null,
    igo: isCountry ? igoField : code,
    sector,
    entry: ('identifier_id' in e ? e.identifier_id : null) ?? `${PLOVER_ORIGIN}:entity`,
  };
  if ('office' in e && e.office != null) actor.role = e.office;
  if ('person' in e && e.person != null) actor.person = e.person;
  return actor;
}

/** The CAMEO code a PLOVER type (and mode) stands for: the first in the table with both, else with the type. */
function cameoOf(type: string, mode: string | null, table: CameoTable): string | null {
  const all = table.all();
  const withMode = mode === null ? undefined : all.find((c) => c.plover === type && c.mode === mode);
  const withType = all.filter((c) => c.plover === type).sort((a, b) => a.code.length - b.code.length)[0];
  return (withMode ?? withType)?.code ?? null;
}

function describe(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, 3)
    .map((i) => (i.path.length > 0 ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}
