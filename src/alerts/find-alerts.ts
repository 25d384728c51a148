// What each alert rule finds in the data as of one day. Pure: the runner
// (run-alerts.ts) loads the data, records the findings and delivers them.
//
// Every finding has a dedupe key that names it within its rule, so that the
// same finding is never delivered twice however often the rules run:
//   tension     "tension:IRN-IRQ:from:2025-06-10": the day tension last rose
//               above the level (one alert per episode above it; "ongoing"
//               instead of a day when it has been above for the whole lookback)
//   escalation  "escalation:dyad:IRN-IRQ:since:2025-06-12": kind, key and the
//               first flagged day of the episode (flags less than 7 days
//               apart are one episode; see src/analytics/flagged-since.ts).
//               Not the detector's onset: that moves from day to day within
//               one episode, and would send it again. An episode flagged
//               for longer than the lookback (120 days) is "…:ongoing", so it
//               gets at most one reminder when it passes the lookback.
//   events      "event:<event id>"

import { baseOfKey } from '../analytics/actor-key.js';
import { addDays } from '../analytics/calendar-day.js';
import { countryTension, dyadTension } from '../analytics/tension.js';
import type { Tension } from '../analytics/tension.js';
import type { DyadDay, Hotspot } from '../analytics/types.js';
import type { Event } from '../records.js';
import type { AlertRule, EscalationRule, EventsRule, TensionRule } from './alert-rule.js';
import { distanceKm } from './distance-km.js';

/** Days a tension rule looks back for the start of the current episode above its level. */
export const TENSION_LOOKBACK_DAYS = 90;
/** Tension window of a rule that names none. */
export const DEFAULT_TENSION_WINDOW = 30;
/** Days an events rule counts as new when it names none. */
export const DEFAULT_EVENT_DAYS = 7;

export interface Finding {
  kind: AlertRule['kind'];
  dedupeKey: string;
  asOf: string;
  /** "IRN-IRQ", "IRQ", or an event id. */
  key: string;
  /** One line for the log. */
  summary: string;
  score: number | null;
  onset: string | null;
  /** Ids of the events behind the finding. */
  events: string[];
}

export interface AlertData {
  asOf: string;
  /**
   * Country-level dyad days up to asOf (rules name countries, and an event
   * naming two sectors of one country counts once there), reaching back at
   * least TENSION_LOOKBACK_DAYS + 90 days (needed by tension rules).
   */
  dyadDays: readonly DyadDay[];
  /**
   * Flagged hotspots as of asOf, with their episodes (`flaggedSince`:
   * rankHotspots' `episodes` option), needed by escalation rules.
   */
  hotspots: readonly Hotspot[];
  /** Events dated up to asOf, as far back as the events rules look (needed by events rules). */
  events: readonly Event[];
}

/** Which parts of AlertData a set of rules needs, so the runner loads only those. */
export function dataNeeded(rules: readonly AlertRule[]): { dyadDays: boolean; hotspots: boolean; eventDays: number } {
  return {
    dyadDays: rules.some((r) => r.kind === 'tension'),
    hotspots: rules.some((r) => r.kind === 'escalation'),
    eventDays: Math.max(0, ...rules.map((r) => (r.kind === 'events' ? (r.days ?? DEFAULT_EVENT_DAYS) : 0))),
  };
}

export function findAlerts(rule: AlertRule, data: AlertData): Finding[] {
  switch (rule.kind) {
    case 'tension':
      return findTension(rule, data);
    case 'escalation':
      return findEscalations(rule, data);
    case 'events':
      return findEvents(rule, data);
  }
}

function tensionOf(rule: TensionRule, rows: readonly DyadDay[], asOf: string): Tension {
  const options = { asOf, windowDays: rule.window ?? DEFAULT_TENSION_WINDOW };
  if (rule.dyad !== undefined) {
    const [a = '', b = ''] = rule.dyad.split('-');
    return dyadTension(rows, a, b, options);
  }
  return countryTension(rows, rule.country ?? '', options);
}

function findTension(rule: TensionRule, data: AlertData): Finding[] {
  const now = tensionOf(rule, data.dyadDays, data.asOf);
  if (!(now.tension > rule.above)) return [];
  // Walk back to the first day of the current run above the level.
  let from: string | null = data.asOf;
  for (let k = 1; k <= TENSION_LOOKBACK_DAYS; k++) {
    const day = addDays(data.asOf, -k);
    if (!(tensionOf(rule, data.dyadDays, day).tension > rule.above)) break;
    from = k === TENSION_LOOKBACK_DAYS ? null : day;
  }
  const window = rule.window ?? DEFAULT_TENSION_WINDOW;
  return [
    {
      kind: 'tension',
      dedupeKey: `tension:${now.key}:${from === null ? 'ongoing' : `from:${from}`}`,
      asOf: data.asOf,
      key: now.key,
      summary:
        `tension ${now.key} is ${now.tension.toFixed(1)} over the ${window} days to ${data.asOf}, above ${rule.above}` +
        `${from === null ? ` for more than ${TENSION_LOOKBACK_DAYS} days` : ` since ${from}`}` +
        ` (${now.conflict} conflict event(s) of ${now.events}, ${now.documents} document(s))`,
      score: now.tension,
      onset: from,
      events: now.eventIds,
    },
  ];
}

function involves(h: Hotspot, countries: readonly string[]): boolean {
  const parts = h.kind === 'dyad' ? h.key.split('-') : [h.key];
  return parts.some((p) => countries.includes(baseOfKey(p)));
}

/** "since:D" (first flagged day of the episode), "ongoing" (began before the lookback), or the onset when episodes were not computed. */
function episodeOf(h: Hotspot, asOf: string): string {
  if (h.flaggedSince === undefined) return h.onset ?? asOf;
  return h.flaggedSince === null ? 'ongoing' : `since:${h.flaggedSince}`;
}

function findEscalations(rule: EscalationRule, data: AlertData): Finding[] {
  return data.hotspots
    .filter((h) => h.flagged && h.kind !== 'place')
    .filter((h) => rule.countries === undefined || involves(h, rule.countries))
    .filter((h) => rule.minConfidence === undefined || (h.confidence ?? 0) >= rule.minConfidence)
    .map((h) => ({
      kind: 'escalation' as const,
      dedupeKey: `escalation:${h.kind}:${h.key}:${episodeOf(h, data.asOf)}`,
      asOf: data.asOf,
      key: h.key,
      summary: `escalation of ${h.kind} ${h.key}${h.onset === null ? '' : ` since ${h.onset}`}: ${h.reason}`,
      score: h.score,
      onset: h.onset,
      events: h.events,
    }));
}

function actorCountries(e: Event): string[] {
  return [...e.source, ...e.target].map((a) => a.country).filter((c): c is string => c !== null);
}

function findEvents(rule: EventsRule, data: AlertData): Finding[] {
  const first = addDays(data.asOf, -((rule.days ?? DEFAULT_EVENT_DAYS) - 1));
  const found: Finding[] = [];
  for (const e of data.events) {
    if (e.date === null || e.date < first || e.date > data.asOf) continue;
    if (rule.plover !== undefined && e.plover !== rule.plover) continue;
    if (rule.quad !== undefined && e.quad !== rule.quad) continue;
    if (rule.country !== undefined && !actorCountries(e).includes(rule.country)) continue;
    let km: number | null = null;
    if (rule.near !== undefined) {
      const at = e.location;
      if (at === null || at.lat === null || at.lon === null) continue;
      km = distanceKm(rule.near, { lat: at.lat, lon: at.lon });
      if (km > rule.near.km) continue;
    }
    const where = e.location === null ? '' : ` at ${e.location.name}${km === null ? '' : ` (${km.toFixed(0)} km away)`}`;
    found.push({
      kind: 'events',
      dedupeKey: `event:${e.id}`,
      asOf: data.asOf,
      key: e.id,
      summary: `${e.plover} event ${e.id} on ${e.date}${where}: ${e.evidence.text}`,
      score: null,
      onset: e.date,
      events: [e.id],
    });
  }
  return found;
}
