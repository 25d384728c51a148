// The early-warning reads: dyad aggregates, tension, a country's or dyad's
// series with escalation flags, hotspots and the actor network. Computed
// results are cached per query and as-of day until the store changes
// (analytics-cache.ts).

import { z } from 'zod';
import { addDays } from '../../analytics/calendar-day.js';
import { countryDyadDays } from '../../analytics/country-dyad-days.js';
import { bridgingActors, buildNetwork, toGraphJson } from '../../analytics/network.js';
import { countryTension, dyadTension, rankCountryTension, rankDyadTension } from '../../analytics/tension.js';
import type { Hotspot } from '../../analytics/types.js';
import { computeHotspots } from '../../cli/hotspots.js';
import { dyadDayFilterSchema, type DyadDayFilter } from '../../store/store.js';
import { asOfOrLatest, cacheKey, type ApiContext } from '../api-context.js';
import { ApiError, describeZodError } from '../api-error.js';
import { defineRoute, type ApiRoute } from '../api-route.js';
import { escalationSeries, seriesHistoryDays, subjectKey, type SeriesSubject } from '../escalation-series.js';
import { actorKeyField, asOfField, choiceField, dayField, dyadField, dyadPair, flagField, intField } from '../query-fields.js';

export const DEFAULT_DYAD_DAYS = 30;
export const MAX_DYAD_ROWS = 10_000;
export const DEFAULT_HOTSPOT_WINDOW = 28;
export const DEFAULT_NETWORK_WINDOW = 28;

const countsSchema = z.array(z.number().int()).length(4).meta({ description: 'Events per quad class: verbal cooperation, material cooperation, verbal conflict, material conflict.' });

const dyadDaySchema = z.object({
  date: z.string(),
  source: z.string(),
  target: z.string(),
  counts: countsSchema,
  goldsteinSum: z.number(),
  documents: z.number().int(),
  eventIds: z.array(z.string()),
});

const tensionSchema = z.object({
  scope: z.enum(['dyad', 'country']),
  key: z.string(),
  asOf: z.string(),
  windowDays: z.number().int(),
  from: z.string(),
  tension: z.number().meta({ description: '0 … 100 (formula in the README)' }),
  conflictShare: z.number(),
  goldsteinMean: z.number(),
  events: z.number().int(),
  conflict: z.number().int(),
  materialConflict: z.number().int(),
  documents: z.number().int(),
  eventIds: z.array(z.string()),
});

const detectionSchema = z.object({
  detector: z.string(),
  flagged: z.boolean(),
  onset: z.string().nullable(),
  magnitude: z.number().nullable(),
  confidence: z.number().nullable(),
  score: z.number(),
  support: z.number(),
  sparse: z.boolean(),
  reason: z.string(),
  drivers: z.array(z.object({ date: z.string(), observed: z.number(), expected: z.number() })),
  events: z.array(z.string()),
});

const hotspotSchema = z.object({
  kind: z.enum(['country', 'dyad', 'place']),
  key: z.string(),
  score: z.number(),
  onset: z.string().nullable(),
  reason: z.string(),
  events: z.array(z.string()),
  flagged: z.boolean(),
  magnitude: z.number().nullable(),
  confidence: z.number().nullable(),
  sparse: z.boolean(),
});

const networkSchema = z.object({
  asOf: z.string().nullable(),
  windowDays: z.number().int(),
  from: z.string().nullable(),
  nodes: z.array(
    z.object({
      id: z.string(),
      volume: z.number(),
      degree: z.number(),
      betweenness: z.number(),
      escalation: z.number(),
      exposure: z.number(),
      bridging: z.boolean(),
    }),
  ),
  edges: z.array(
    z.object({
      source: z.string(),
      target: z.string(),
      volume: z.number(),
      cooperation: z.number(),
      conflict: z.number(),
      balance: z.number(),
      sign: z.union([z.literal(1), z.literal(-1)]),
      goldsteinMean: z.number(),
    }),
  ),
  bridging: z.array(z.object({ id: z.string(), betweenness: z.number(), clusters: z.array(z.array(z.string())) })),
});

export function analyticsRoutes(ctx: ApiContext): ApiRoute[] {
  /** Every hotspot (no limit, flagged or not) as of a day over a window, computed once per store revision. */
  const allHotspots = (asOf: string, windowDays: number): Promise<Hotspot[]> =>
    ctx.cache.get(cacheKey('hotspots', { asOf, windowDays }), () => computeHotspots(ctx.store, { asOf, windowDays }));

  return [
    defineRoute({
      method: 'get',
      path: '/dyads',
      tag: 'analytics',
      summary: 'Daily aggregates per ordered pair of actors (DyadDay rows)',
      description: `Without since and until: the ${DEFAULT_DYAD_DAYS} days up to the latest event. At most ${MAX_DYAD_ROWS} rows; \`truncated\` says when more matched.`,
      query: z.strictObject({
        since: dayField('First day, inclusive.').optional(),
        until: dayField('Last day, inclusive.').optional(),
        actor: actorKeyField('An actor on either side: IRQ (with its sectors), UNO, IRQ/GOV.').optional(),
        level: choiceField(['country', 'sector'], 'Actor keys by country (default) or by sector.').optional(),
        limit: intField(1, MAX_DYAD_ROWS, `At most this many rows (default ${MAX_DYAD_ROWS}).`).optional(),
      }),
      responses: {
        200: {
          description: 'The rows, by date, source, target',
          schema: z.object({ since: z.string().nullable(), until: z.string().nullable(), rows: z.array(dyadDaySchema), truncated: z.boolean() }),
        },
      },
      async handle({ query, c }) {
        const raw: DyadDayFilter = { level: query.level ?? 'country' };
        if (query.since !== undefined) raw.since = query.since;
        if (query.until !== undefined) raw.until = query.until;
        if (query.actor !== undefined) raw.actor = query.actor;
        if (raw.since === undefined && raw.until === undefined) {
          const latest = await asOfOrLatest(ctx, undefined);
          if (latest === null) return c.json({ since: null, until: null, rows: [], truncated: false });
          raw.since = addDays(latest, -(DEFAULT_DYAD_DAYS - 1));
          raw.until = latest;
        }
        const filter = dyadDayFilterSchema.safeParse(raw);
        if (!filter.success) throw new ApiError(400, 'bad-request', `bad query parameter: ${describeZodError(filter.error)}`);
        const rows = await ctx.store.dyadDays(filter.data);
        const limit = query.limit ?? MAX_DYAD_ROWS;
        return c.json({ since: raw.since ?? null, until: raw.until ?? null, rows: rows.slice(0, limit), truncated: rows.length > limit });
      },
    }),

    defineRoute({
      method: 'get',
      path: '/tension',
      tag: 'analytics',
      summary: 'Tension (0 … 100) of a country or a dyad over a window, or the ranking of dyads or countries',
      description:
        'With `country` or `dyad`: that one (a one-element list). Without: every dyad (`by=dyad`, default) or every country (`by=country`) with events in the window, most tense first.',
      query: z.strictObject({
        country: actorKeyField('A country or IGO (ISO3, UNO …).').optional(),
        dyad: dyadField('Two actors, A,B (e.g. IRQ,IRN).').optional(),
        directed: flagField('With dyad: only events from the first actor to the second.').optional(),
        window: choiceField(['7', '30', '90'], 'Window in days (default 30).').optional(),
        by: choiceField(['dyad', 'country'], 'Ranking without country or dyad: of dyads (default) or countries.').optional(),
        asOf: asOfField.optional(),
        limit: intField(1, 1000, 'Ranking length (default 20).').optional(),
      }),
      responses: {
        200: {
          description: 'Tension results',
          schema: z.object({ asOf: z.string().nullable(), windowDays: z.number().int(), results: z.array(tensionSchema) }),
        },
      },
      async handle({ query, c }) {
        if (query.country !== undefined && query.dyad !== undefined) throw new ApiError(400, 'bad-request', 'give country or dyad, not both');
        const windowDays = Number(query.window ?? '30');
        const asOf = await asOfOrLatest(ctx, query.asOf);
        if (asOf === null) return c.json({ asOf: null, windowDays, results: [] });
        const results = await ctx.cache.get(cacheKey('tension', { ...query, asOf }), async () => {
          // As `faultline tension`: bare keys read the country level (an event naming two
          // sectors of one country counts once); a key naming a sector reads the sector level.
          const range = { since: addDays(asOf, -(windowDays - 1)), until: asOf };
          const rows = await ctx.store.dyadDays({ level: 'country', ...range });
          const sectorRows = () => ctx.store.dyadDays({ level: 'sector', ...range });
          const options = { asOf, windowDays };
          if (query.dyad !== undefined) {
            const [a, b] = dyadPair(query.dyad);
            const bySector = a.includes('/') || b.includes('/');
            return [dyadTension(bySector ? await sectorRows() : rows, a, b, { ...options, directed: query.directed === true })];
          }
          if (query.country !== undefined) {
            return [countryTension(query.country.includes('/') ? await sectorRows() : rows, query.country, options)];
          }
          const ranking = query.by === 'country' ? rankCountryTension(rows, options) : rankDyadTension(countryDyadDays(rows, await sectorRows()), options);
          return ranking.slice(0, query.limit ?? 20);
        });
        return c.json({ asOf, windowDays, results });
      },
    }),

    defineRoute({
      method: 'get',
      path: '/series',
      tag: 'analytics',
      summary: 'Daily conflict and cooperation of a country or a dyad, each day with the escalation verdict as of that day',
      description:
        'The verdict of day d reads no event dated after d (no look-ahead). `detection` is the verdict as of the last day, with its onset, magnitude, confidence, reason and driving events.',
      query: z.strictObject({
        country: actorKeyField('A country or IGO.').optional(),
        dyad: dyadField('Two actors, A,B.').optional(),
        days: intField(7, 730, 'Days shown, up to asOf (default 90).').optional(),
        window: intField(7, 90, 'Span the escalation detector scans (default 28).').optional(),
        asOf: asOfField.optional(),
      }),
      responses: {
        200: {
          description: 'The series (null when the database holds no dated event)',
          schema: z
            .object({
              scope: z.enum(['country', 'dyad']),
              key: z.string(),
              asOf: z.string(),
              from: z.string(),
              windowDays: z.number().int(),
              days: z.array(
                z.object({
                  date: z.string(),
                  conflict: z.number().int(),
                  cooperation: z.number().int(),
                  flagged: z.boolean(),
                  score: z.number(),
                  onset: z.string().nullable(),
                }),
              ),
              detection: detectionSchema,
            })
            .nullable(),
        },
      },
      async handle({ query, c }) {
        if ((query.country === undefined) === (query.dyad === undefined)) throw new ApiError(400, 'bad-request', 'give either country or dyad');
        const asOf = await asOfOrLatest(ctx, query.asOf);
        if (asOf === null) return c.json(null);
        const days = query.days ?? 90;
        const windowDays = query.window ?? DEFAULT_HOTSPOT_WINDOW;
        const subject: SeriesSubject = query.country !== undefined ? { country: query.country } : { dyad: dyadPair(query.dyad ?? '') };
        const series = await ctx.cache.get(cacheKey('series', { ...query, asOf }), async () => {
          const range = { since: addDays(asOf, -(days - 1) - seriesHistoryDays(windowDays)), until: asOf };
          const country = await ctx.store.dyadDays({ level: 'country', ...range });
          const sector = subjectKey(subject).includes('/') ? await ctx.store.dyadDays({ level: 'sector', ...range }) : undefined;
          return escalationSeries(sector === undefined ? { country } : { country, sector }, subject, { asOf, days, windowDays });
        });
        return c.json(series);
      },
    }),

    defineRoute({
      method: 'get',
      path: '/hotspots',
      tag: 'analytics',
      summary: 'Countries, dyads and places ranked by escalation, each with its reason and top events',
      description: 'As `faultline hotspots --format json`. Flagged entries first, then by score.',
      query: z.strictObject({
        asOf: asOfField.optional(),
        window: intField(1, 365, `Recent span examined, days (default ${DEFAULT_HOTSPOT_WINDOW}).`).optional(),
        limit: intField(1, 1000, 'At most this many entries (default 20).').optional(),
        flagged: flagField('Only flagged escalations.').optional(),
        kind: choiceField(['country', 'dyad', 'place'], 'Only this kind.').optional(),
      }),
      responses: {
        200: {
          description: 'The ranking',
          schema: z.object({ asOf: z.string().nullable(), windowDays: z.number().int(), hotspots: z.array(hotspotSchema) }),
        },
      },
      async handle({ query, c }) {
        const windowDays = query.window ?? DEFAULT_HOTSPOT_WINDOW;
        const asOf = await asOfOrLatest(ctx, query.asOf);
        if (asOf === null) return c.json({ asOf: null, windowDays, hotspots: [] });
        const all = await allHotspots(asOf, windowDays);
        const hotspots = all
          .filter((h) => (query.flagged !== true || h.flagged) && (query.kind === undefined || h.kind === query.kind))
          .slice(0, query.limit ?? 20);
        return c.json({ asOf, windowDays, hotspots });
      },
    }),

    defineRoute({
      method: 'get',
      path: '/network',
      tag: 'analytics',
      summary: 'The signed, weighted graph of actors over a window, with spillover exposure and bridging actors',
      description: 'As `faultline network --format json`. Edges are undirected; `sign` is +1 for cooperation, −1 for conflict; `volume` is the edge weight.',
      query: z.strictObject({
        asOf: asOfField.optional(),
        window: intField(1, 365, `Window in days (default ${DEFAULT_NETWORK_WINDOW}).`).optional(),
        minVolume: intField(1, 1_000_000, 'Drop edges with fewer events (default 1).').optional(),
      }),
      responses: { 200: { description: 'The graph', schema: networkSchema } },
      async handle({ query, c }) {
        const windowDays = query.window ?? DEFAULT_NETWORK_WINDOW;
        const asOf = await asOfOrLatest(ctx, query.asOf);
        if (asOf === null) return c.json({ asOf: null, windowDays, from: null, nodes: [], edges: [], bridging: [] });
        const minVolume = query.minVolume ?? 1;
        // Cached as its JSON text: the graph of a large database is a few hundred KiB.
        const text = await ctx.cache.get(cacheKey('network', { asOf, windowDays, minVolume }), async () => {
          // Country level, as `faultline network`: an event naming two sectors of one country is one edge event.
          const rows = await ctx.store.dyadDays({ level: 'country', since: addDays(asOf, -(windowDays - 1)), until: asOf });
          const hotspots = await allHotspots(asOf, windowDays);
          const escalation = new Map(hotspots.filter((h) => h.kind === 'country').map((h) => [h.key, h.score]));
          const built = buildNetwork(rows, { asOf, windowDays, neighbours: ctx.neighbours(), escalation, minVolume });
          return JSON.stringify({ ...toGraphJson(built), bridging: bridgingActors(built) });
        });
        return c.body(text, 200, { 'content-type': 'application/json; charset=UTF-8' });
      },
    }),
  ];
}
