// Evaluates the stored alert rules and delivers what they find: to the log
// (one stderr line per alert) and to each rule's webhook. Run after every
// ingest and import, and by `faultline alerts test`.
//
// Never twice: every finding is recorded once per rule under its dedupe key
// (table alerts), and every delivery per channel (table alert_deliveries).
// A channel that has 'sent' is never used again for that alert; a failed
// webhook is retried on the next run. Delivery is at least once: if the
// process dies between a webhook's answer and the write of 'sent', the next
// run posts again, so the payload carries the dedupe key for receivers.

import { addDays } from '../analytics/calendar-day.js';
import { ESCALATION_DEFAULTS } from '../analytics/detect-escalation.js';
import { EPISODE_DEFAULTS } from '../analytics/flagged-since.js';
import { rankHotspots } from '../analytics/hotspots.js';
import type { DyadDay, Hotspot } from '../analytics/types.js';
import type { Event } from '../records.js';
import type { Store, StoredAlertRule } from '../store/store.js';
import { TENSION_LOOKBACK_DAYS, dataNeeded, findAlerts, type Finding } from './find-alerts.js';
import { postWebhook, type WebhookOptions } from './post-webhook.js';

/** Longest tension window a rule may name. */
const MAX_TENSION_WINDOW = 90;
/** Hotspot window used for escalation rules (rankHotspots' default). */
const ESCALATION_WINDOW = ESCALATION_DEFAULTS.spanDays;

/** Days of dyad aggregates a tension rule reads before the as-of date: its lookback with the longest window. */
export const TENSION_HISTORY_DAYS = TENSION_LOOKBACK_DAYS + MAX_TENSION_WINDOW;
/**
 * Days of dyad aggregates an escalation rule reads before the as-of date:
 * the detector's window and baseline, on every day of the episode lookback.
 */
export const ESCALATION_HISTORY_DAYS = ESCALATION_WINDOW + ESCALATION_DEFAULTS.baselineDays + EPISODE_DEFAULTS.lookbackDays;
/** Days of dyad aggregates loaded before the as-of date, for any rule. */
export const ALERT_HISTORY_DAYS = Math.max(TENSION_HISTORY_DAYS, ESCALATION_HISTORY_DAYS);

export interface AlertRunOptions extends Omit<WebhookOptions, 'headers'> {
  /** Evaluate as of this day; default: the latest event date in the store. */
  asOf?: string;
  /** Only the rule with this name (or id). */
  rule?: string;
  /** The time written on alerts and deliveries (ISO date-time). */
  now: () => string;
  /** Receives one line per alert delivered to the log. */
  log: (line: string) => void;
}

export interface RuleFindings {
  rule: StoredAlertRule;
  findings: Finding[];
}

export interface AlertRunSummary {
  asOf: string | null;
  rules: number;
  findings: number;
  /** Findings seen for the first time. */
  newAlerts: number;
  /** Deliveries made now, per channel. */
  sent: number;
  /** Webhook deliveries that failed now (retried on the next run). */
  failed: number;
}

/** What the rules find as of a day, without recording or delivering anything. */
export async function evaluateRules(
  store: Store,
  opts: { asOf?: string; rule?: string },
): Promise<{ asOf: string | null; results: RuleFindings[] }> {
  let rules = await store.listAlertRules();
  if (opts.rule !== undefined) {
    const wanted = opts.rule;
    rules = rules.filter((r) => r.name === wanted || String(r.id) === wanted);
    if (rules.length === 0) throw new Error(`No alert rule is named "${wanted}"`);
  }
  if (rules.length === 0) return { asOf: opts.asOf ?? null, results: [] };
  const asOf = opts.asOf ?? (await store.latestEventDate());
  if (asOf === null) return { asOf: null, results: rules.map((rule) => ({ rule, findings: [] })) };

  const need = dataNeeded(rules.map((r) => r.rule));
  let dyadDays: DyadDay[] = [];
  let hotspots: Hotspot[] = [];
  let events: Event[] = [];
  if (need.dyadDays || need.hotspots) {
    const since = addDays(asOf, -(need.hotspots ? ALERT_HISTORY_DAYS : TENSION_HISTORY_DAYS));
    dyadDays = await store.dyadDays({ level: 'country', since, until: asOf });
  }
  if (need.hotspots) {
    // Sector-level rows for pairs within one country ("SDN/GOV-SDN/REB"), as `faultline hotspots` lists them.
    const sectorDays = await store.dyadDays({ level: 'sector', since: addDays(asOf, -ESCALATION_HISTORY_DAYS), until: asOf });
    hotspots = rankHotspots(
      { dyadDays, sectorDays },
      { asOf, windowDays: ESCALATION_WINDOW, flaggedOnly: true, episodes: EPISODE_DEFAULTS },
    );
  }
  if (need.eventDays > 0) events = await store.queryEvents({ since: addDays(asOf, -(need.eventDays - 1)), until: asOf });

  const data = { asOf, dyadDays, hotspots, events };
  return { asOf, results: rules.map((rule) => ({ rule, findings: findAlerts(rule.rule, data) })) };
}

/** Evaluates the rules, records new findings and delivers every undelivered one. */
export async function runAlerts(store: Store, opts: AlertRunOptions): Promise<AlertRunSummary> {
  const { asOf, results } = await evaluateRules(store, {
    ...(opts.asOf === undefined ? {} : { asOf: opts.asOf }),
    ...(opts.rule === undefined ? {} : { rule: opts.rule }),
  });
  const summary: AlertRunSummary = { asOf, rules: results.length, findings: 0, newAlerts: 0, sent: 0, failed: 0 };
  // A webhook that failed every try is not tried again in the same run.
  const down = new Map<string, string>();
  for (const { rule, findings } of results) {
    for (const finding of findings) {
      summary.findings++;
      const { alert, isNew } = await store.recordAlert({
        ruleId: rule.id,
        dedupeKey: finding.dedupeKey,
        finding,
        firedAt: opts.now(),
      });
      if (isNew) summary.newAlerts++;
      const done = new Map((await store.deliveriesOf(alert.id)).map((d) => [d.channel, d]));

      if (done.get('log')?.status !== 'sent') {
        opts.log(`alert: ${rule.name}: ${finding.summary}`);
        await store.recordDelivery({ alertId: alert.id, channel: 'log', status: 'sent', attempts: 1, error: null, at: opts.now() });
        summary.sent++;
      }

      const url = rule.webhook;
      const before = url === null ? undefined : done.get(url);
      if (url === null || before?.status === 'sent') continue;
      const previous = before?.attempts ?? 0;
      const skipped = down.get(url);
      if (skipped !== undefined) {
        await store.recordDelivery({ alertId: alert.id, channel: url, status: 'failed', attempts: previous, error: skipped, at: opts.now() });
        summary.failed++;
        continue;
      }
      const payload = { alertId: alert.id, dedupeKey: alert.dedupeKey, rule: { id: rule.id, name: rule.name, rule: rule.rule }, finding: alert.finding, firedAt: alert.firedAt };
      const result = await postWebhook(url, payload, { ...opts, headers: { 'x-faultline-dedupe-key': `${rule.id}:${alert.dedupeKey}` } });
      await store.recordDelivery({
        alertId: alert.id,
        channel: url,
        status: result.ok ? 'sent' : 'failed',
        attempts: previous + result.attempts,
        error: result.error,
        at: opts.now(),
      });
      if (result.ok) summary.sent++;
      else {
        summary.failed++;
        down.set(url, `not tried: ${url} failed earlier in this run (${result.error ?? 'unknown error'})`);
        opts.log(`alert: ${rule.name}: webhook ${url} failed after ${result.attempts} tries: ${result.error ?? 'unknown error'}; retried on the next run`);
      }
    }
  }
  return summary;
}
