// GET /places: where stored events happened, with counts (as `faultline places`).

import { z } from 'zod';
import { placeCountFilterSchema, type PlaceCountFilter } from '../../store/store.js';
import { cacheKey, type ApiContext } from '../api-context.js';
import { ApiError, describeZodError } from '../api-error.js';
import { defineRoute, type ApiRoute } from '../api-route.js';
import { countryField, dayField, intField } from '../query-fields.js';

const placeCountSchema = z.object({
  name: z.string(),
  country: z.string().nullable(),
  admin1: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  geonamesId: z.number().nullable(),
  precision: z.string().meta({ description: 'exact, division or country' }),
  events: z.number().int(),
  documents: z.number().int(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
});

export function placeRoutes(ctx: ApiContext): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/places',
      tag: 'places',
      summary: 'Places of located events with their counts, most events first',
      query: z.strictObject({
        country: countryField('Places in this country (ISO3).').optional(),
        since: dayField('Events on or after this day.').optional(),
        until: dayField('Events on or before this day.').optional(),
        limit: intField(1, 10_000, 'At most this many places (default 500).').optional(),
      }),
      responses: { 200: { description: 'The places', schema: z.object({ places: z.array(placeCountSchema) }) } },
      async handle({ query, c }) {
        const raw: PlaceCountFilter = { limit: query.limit ?? 500 };
        if (query.country !== undefined) raw.country = query.country;
        if (query.since !== undefined) raw.since = query.since;
        if (query.until !== undefined) raw.until = query.until;
        const filter = placeCountFilterSchema.safeParse(raw);
        if (!filter.success) throw new ApiError(400, 'bad-request', `bad query parameter: ${describeZodError(filter.error)}`);
        // A count over every located event: cached until the store changes.
        const places = await ctx.cache.get(cacheKey('places', filter.data), () => ctx.store.placeCounts(filter.data));
        return c.json({ places });
      },
    }),
  ];
}
