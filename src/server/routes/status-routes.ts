// GET /status: what the database holds, for the dashboard's header and for
// health checks.

import { z } from 'zod';
import { asOfOrLatest, type ApiContext } from '../api-context.js';
import { defineRoute, type ApiRoute } from '../api-route.js';

export function statusRoutes(ctx: ApiContext, version: string): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/status',
      tag: 'status',
      summary: 'Counts of documents and events, the latest event date, events per PLOVER type',
      responses: {
        200: {
          description: 'Status',
          schema: z.object({
            version: z.string(),
            documents: z.number().int(),
            events: z.number().int(),
            latestEventDate: z.string().nullable(),
            byPlover: z.record(z.string(), z.number().int()),
          }),
        },
      },
      async handle({ c }) {
        const status = await ctx.cache.get('status', async () => {
          const stats = await ctx.store.stats();
          return { version, documents: stats.documents, events: stats.events, latestEventDate: await asOfOrLatest(ctx, undefined), byPlover: stats.byPlover };
        });
        return c.json(status);
      },
    }),
  ];
}
