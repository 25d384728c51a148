// GET /events (filters as `faultline events`, cursor pagination) and
// GET /events/{id} (one event with its explanation).

import { z } from 'zod';
import { eventModel, explainEvent, type EventModelNote } from '../../cli/explain.js';
import type { Event } from '../../records.js';
import { eventModelSchema } from './relation-routes.js';
import { eventSchema } from '../../records-schema.js';
import { eventFilterSchema, type EventFilter } from '../../store/store.js';
import type { ApiContext } from '../api-context.js';
import { ApiError, describeZodError } from '../api-error.js';
import { defineRoute, type ApiRoute } from '../api-route.js';
import { countryField, dayField, intField, ploverField } from '../query-fields.js';

export const DEFAULT_EVENT_LIMIT = 100;
export const MAX_EVENT_LIMIT = 1000;

const eventsQuery = z.strictObject({
  country: countryField('Events with this country as a source or target actor (ISO3).').optional(),
  type: ploverField('PLOVER event type, e.g. ASSAULT.').optional(),
  since: dayField('First event date, inclusive (YYYY-MM-DD).').optional(),
  until: dayField('Last event date, inclusive (YYYY-MM-DD).').optional(),
  doc: z.string().min(1).max(200).optional().meta({ description: 'Only the events of this document (id).' }),
  limit: intField(1, MAX_EVENT_LIMIT, `Events per page (default ${DEFAULT_EVENT_LIMIT}).`).optional(),
  after: z.string().min(1).max(200).optional().meta({ description: 'Cursor: the `next` value of the previous page.' }),
});

const documentSummarySchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
});

/** How many events' model views the server keeps: re-coding a sentence for each request of a popular event is waste. */
const MODEL_VIEWS_KEPT = 1000;

export function eventRoutes(ctx: ApiContext): ApiRoute[] {
  // An event's sentence and spans never change, nor do the process's dictionaries and model.
  const modelViews = new Map<string, EventModelNote>();
  const modelView = (event: Event): EventModelNote => {
    const kept = modelViews.get(event.id);
    if (kept) return kept;
    const note = eventModel(event, ctx.resources);
    if (modelViews.size >= MODEL_VIEWS_KEPT) modelViews.delete(modelViews.keys().next().value ?? '');
    modelViews.set(event.id, note);
    return note;
  };
  return [
    defineRoute({
      method: 'get',
      path: '/events',
      tag: 'events',
      summary: 'Stored events, filtered, ordered by date then id (undated first)',
      description:
        'Filters combine with AND, as in `faultline events`. A page holds at most `limit` events; when more follow, `next` is the cursor to pass as `after` for the next page.',
      query: eventsQuery,
      responses: {
        200: {
          description: 'A page of events',
          schema: z.object({ events: z.array(eventSchema), next: z.string().nullable().meta({ description: 'Cursor of the next page, or null on the last page.' }) }),
        },
      },
      async handle({ query, c }) {
        const limit = query.limit ?? DEFAULT_EVENT_LIMIT;
        const raw: EventFilter = { limit: limit + 1 };
        if (query.country !== undefined) raw.country = query.country;
        if (query.type !== undefined) raw.type = query.type;
        if (query.since !== undefined) raw.since = query.since;
        if (query.until !== undefined) raw.until = query.until;
        if (query.doc !== undefined) raw.docId = query.doc;
        if (query.after !== undefined) raw.after = query.after;
        const filter = eventFilterSchema.safeParse(raw);
        if (!filter.success) throw new ApiError(400, 'bad-request', `bad query parameter: ${describeZodError(filter.error)}`);
        if (query.after !== undefined && (await ctx.store.getEvent(query.after)) === null) {
          throw new ApiError(400, 'bad-request', `bad query parameter: after: no event has the id "${query.after}"`);
        }
        const found = await ctx.store.queryEvents(filter.data);
        const events = found.slice(0, limit);
        const next = found.length > limit ? (events[events.length - 1]?.id ?? null) : null;
        return c.json({ events, next });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/events/{id}',
      tag: 'events',
      summary: 'One event with its explanation (sentence, spans, rule, actors) and its document',
      params: z.strictObject({ id: z.string().min(1).max(200).meta({ description: 'Event id.' }) }),
      responses: {
        200: {
          description:
            'The event as stored, a readable explanation (as `faultline explain` prints it), a summary of its document, and what the relation model says about its (source, target) pair (null without a model or a sentence)',
          schema: z.object({ event: eventSchema, explanation: z.string(), document: documentSummarySchema.nullable(), model: eventModelSchema.nullable() }),
        },
      },
      async handle({ params, c }) {
        const event = await ctx.store.getEvent(params.id);
        if (event === null) throw new ApiError(404, 'not-found', `no event with id ${params.id}`);
        const doc = event.docId === null ? null : await ctx.store.getDocument(event.docId);
        const document = doc === null ? null : { id: doc.id, title: doc.title, source: doc.source, url: doc.url, publishedAt: doc.publishedAt };
        const model = modelView(event);
        return c.json({ event, explanation: explainEvent(event, model), document, model: model.model });
      },
    }),
  ];
}
