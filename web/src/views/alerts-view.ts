// Alert rules and the alerts they raised, newest first, with where each
// was delivered.

import { api, type AlertList } from '../api.js';
import { h, replace } from '../dom.js';
import { href, link, type Route } from '../router.js';

interface FindingShape {
  summary?: unknown;
  kind?: unknown;
  key?: unknown;
  onset?: unknown;
  events?: unknown;
}

function findingOf(value: unknown): FindingShape {
  return typeof value === 'object' && value !== null ? (value as FindingShape) : {};
}

function alertRow(a: AlertList['alerts'][number]): HTMLTableRowElement {
  const f = findingOf(a.finding);
  const summary = typeof f.summary === 'string' ? f.summary : a.dedupeKey;
  const key = typeof f.key === 'string' ? f.key : null;
  const kind = typeof f.kind === 'string' ? f.kind : null;
  let target: HTMLElement | string = key ?? '—';
  if (key !== null && kind !== 'events') target = link(key.includes('-') ? href('/series', { dyad: key.replace('-', ',') }) : href('/series', { country: key }), key);
  return h(
    'tr',
    { 'data-alert-id': a.id },
    h('td', {}, a.firedAt.replace('T', ' ').slice(0, 19)),
    h('td', {}, a.rule),
    h('td', {}, target),
    h('td', {}, summary),
    h('td', {}, a.deliveries.map((d) => `${d.channel === 'log' ? 'log' : 'webhook'}: ${d.status}${d.attempts > 1 ? ` (${d.attempts} tries)` : ''}`).join(', ') || '—'),
  );
}

export async function alertsView(root: HTMLElement, _route: Route): Promise<void> {
  const list = await api.alerts();
  replace(
    root,
    h(
      'section',
      { class: 'view view-alerts' },
      h('h2', {}, 'Alerts'),
      h('h3', {}, `Rules (${list.rules.length})`),
      list.rules.length === 0
        ? h('p', { class: 'muted' }, 'No alert rule yet: add one with `faultline alerts add "escalation ERI,ETH"` (see the README).')
        : h(
            'table',
            { class: 'compact rules' },
            h('thead', {}, h('tr', {}, h('th', {}, 'name'), h('th', {}, 'rule'), h('th', {}, 'webhook'), h('th', {}, 'added'))),
            h('tbody', {}, ...list.rules.map((r) => h('tr', {}, h('td', {}, r.name), h('td', {}, r.description), h('td', {}, r.webhook ?? '—'), h('td', {}, r.createdAt.slice(0, 10))))),
          ),
      h('h3', {}, `Raised (${list.alerts.length})`),
      list.alerts.length === 0
        ? h('p', { class: 'muted' }, 'No alert has fired.')
        : h(
            'table',
            { class: 'alerts' },
            h('thead', {}, h('tr', {}, ...['fired', 'rule', 'about', 'finding', 'delivered'].map((c) => h('th', {}, c)))),
            h('tbody', {}, ...list.alerts.map(alertRow)),
          ),
    ),
  );
}
