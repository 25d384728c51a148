// GET /alerts: the alert rules and the alerts they raised, newest first,
// each with its deliveries (log, webhooks).

import { z } from 'zod';
import { describeAlertRule } from '../../alerts/alert-rule.js';
import type { ApiContext } from '../api-context.js';
import { defineRoute, type ApiRoute } from '../api-route.js';
import { intField } from '../query-fields.js';

const deliverySchema = z.object({
  alertId: z.number().int(),
  channel: z.string(),
  status: z.enum(['sent', 'failed']),
  attempts: z.number().int(),
  error: z.string().nullable(),
  at: z.string(),
});

export function alertRoutes(ctx: ApiContext): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/alerts',
      tag: 'alerts',
      summary: 'Alert rules and the alerts they raised (newest first), with deliveries',
      description: 'Rules are added with `faultline alerts add`; they run after every ingest, import and POST /documents.',
      query: z.strictObject({ limit: intField(1, 1000, 'At most this many alerts (default 100).').optional() }),
      responses: {
        200: {
          description: 'Rules and alerts',
          schema: z.object({
            rules: z.array(
              z.object({
                id: z.number().int(),
                name: z.string(),
                rule: z.record(z.string(), z.unknown()),
                description: z.string(),
                webhook: z.string().nullable(),
                createdAt: z.string(),
              }),
            ),
            alerts: z.array(
              z.object({
                id: z.number().int(),
                ruleId: z.number().int(),
                rule: z.string(),
                dedupeKey: z.string(),
                finding: z.unknown(),
                firedAt: z.string(),
                deliveries: z.array(deliverySchema),
              }),
            ),
          }),
        },
      },
      async handle({ query, c }) {
        const rules = await ctx.store.listAlertRules();
        const names = new Map(rules.map((r) => [r.id, r.name]));
        const alerts = [];
        for (const a of await ctx.store.listAlerts({ limit: query.limit ?? 100 })) {
          alerts.push({ ...a, rule: names.get(a.ruleId) ?? String(a.ruleId), deliveries: await ctx.store.deliveriesOf(a.id) });
        }
        return c.json({ rules: rules.map((r) => ({ ...r, description: describeAlertRule(r.rule) })), alerts });
      },
    }),
  ];
}
