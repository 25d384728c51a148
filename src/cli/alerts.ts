// `faultline alerts add|list|test|remove`: alert rules stored in the
// database (rule syntax: src/alerts/alert-rule.ts and the README), evaluated
// after every ingest and import, and on demand by `alerts test`.

import { z } from 'zod';
import { describeAlertRule, parseAlertRule } from '../alerts/alert-rule.js';
import { evaluateRules, runAlerts } from '../alerts/run-alerts.js';
import type { Store } from '../store/store.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { textTable } from './format-events.js';
import { parseCount, parseDay } from './resolve-as-of.js';
import { withStore } from './with-store.js';

const webhookSchema = z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' });

/**
 * Runs the alert rules after new events were stored. A failure here is
 * reported on stderr and does not undo or fail the ingest that triggered it.
 */
export async function alertsAfterWrite(store: Store, io: CliIo, now: () => string): Promise<void> {
  try {
    await runAlerts(store, { now, log: (line) => io.stderr(line + '\n') });
  } catch (error) {
    io.stderr(`alerts: not evaluated: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}

export async function alertsAddCommand(
  io: CliIo,
  o: { db: string | undefined; rule: string[]; name?: string | undefined; webhook?: string | undefined; now?: () => string },
): Promise<void> {
  const parsed = parseAlertRule(o.rule.join(' '));
  if (!parsed.ok) throw new CliError('bad-rule', `not a valid rule: ${parsed.problems.join('; ')}`);
  let webhook: string | null = null;
  if (o.webhook !== undefined) {
    const url = webhookSchema.safeParse(o.webhook);
    if (!url.success) throw new CliError('bad-webhook', `--webhook: ${url.error.issues[0]?.message ?? 'invalid URL'}`);
    webhook = url.data;
  }
  const name = o.name ?? describeAlertRule(parsed.rule);
  const now = o.now ?? (() => new Date().toISOString());
  const stored = await withStore(o.db, async (store) => {
    try {
      return await store.addAlertRule({ name, rule: parsed.rule, webhook, createdAt: now() });
    } catch (error) {
      throw new CliError('bad-rule', error instanceof Error ? error.message : String(error));
    }
  });
  io.stdout(`added alert rule ${stored.id} "${stored.name}": ${describeAlertRule(stored.rule)}${webhook === null ? '' : ` → ${webhook}`}\n`);
}

export async function alertsListCommand(
  io: CliIo,
  o: { db: string | undefined; fired: boolean; limit: string; format: 'table' | 'json' },
): Promise<void> {
  const limit = parseCount('--limit', o.limit);
  const out = await withStore(o.db, async (store) => {
    const rules = await store.listAlertRules();
    if (o.fired) {
      const names = new Map(rules.map((r) => [r.id, r.name]));
      const alerts = await store.listAlerts({ limit });
      const rows = [];
      for (const a of alerts) rows.push({ ...a, rule: names.get(a.ruleId) ?? String(a.ruleId), deliveries: await store.deliveriesOf(a.id) });
      if (o.format === 'json') return JSON.stringify(rows, null, 2) + '\n';
      return textTable(
        ['id', 'fired', 'rule', 'finding', 'delivered'],
        rows.map((r) => [
          String(r.id),
          r.firedAt,
          r.rule,
          r.dedupeKey,
          r.deliveries.map((d) => `${d.channel === 'log' ? 'log' : 'webhook'}:${d.status}`).join(' ') || '-',
        ]),
      );
    }
    if (o.format === 'json') return JSON.stringify(rules, null, 2) + '\n';
    if (rules.length === 0) return 'no alert rule: add one with `faultline alerts add`\n';
    const rows: string[][] = [];
    for (const r of rules) {
      const [last] = await store.listAlerts({ ruleId: r.id, limit: 1 });
      rows.push([String(r.id), r.name, describeAlertRule(r.rule), r.webhook ?? '-', last?.firedAt ?? '-']);
    }
    return textTable(['id', 'name', 'rule', 'webhook', 'last fired'], rows);
  });
  io.stdout(out);
}

export async function alertsRemoveCommand(io: CliIo, o: { db: string | undefined; rule: string }): Promise<void> {
  const removed = await withStore(o.db, (store) => store.removeAlertRule(o.rule));
  if (!removed) throw new CliError('no-rule', `no alert rule is named "${o.rule}"`);
  io.stdout(`removed alert rule ${o.rule}\n`);
}

export async function alertsTestCommand(
  io: CliIo,
  o: { db: string | undefined; rule?: string | undefined; asOf?: string | undefined; dryRun: boolean; now?: () => string },
): Promise<void> {
  const asOf = o.asOf === undefined ? undefined : parseDay('--as-of', o.asOf);
  const opts = { ...(asOf === undefined ? {} : { asOf }), ...(o.rule === undefined ? {} : { rule: o.rule }) };
  const now = o.now ?? (() => new Date().toISOString());
  await withStore(o.db, async (store) => {
    try {
      if (o.dryRun) {
        const { asOf: day, results } = await evaluateRules(store, opts);
        for (const { rule, findings } of results) for (const f of findings) io.stdout(`${rule.name}: ${f.summary}\n`);
        const total = results.reduce((n, r) => n + r.findings.length, 0);
        io.stdout(`alerts as of ${day ?? '-'}: ${results.length} rule(s), ${total} finding(s); nothing recorded or sent (--dry-run)\n`);
        return;
      }
      const s = await runAlerts(store, { ...opts, now, log: (line) => io.stderr(line + '\n') });
      io.stdout(
        `alerts as of ${s.asOf ?? '-'}: ${s.rules} rule(s), ${s.findings} finding(s), ${s.newAlerts} new; ${s.sent} delivered, ${s.failed} failed\n`,
      );
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError('alerts-failed', error instanceof Error ? error.message : String(error));
    }
  });
}
