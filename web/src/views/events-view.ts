// The event table: filters in the URL (country, type, since, until, doc),
// pages fetched with the API's cursor. A row opens its document with the
// event's spans highlighted.

import { api, type Event } from '../api.js';
import { actorName } from '../countries.js';
import { h, replace } from '../dom.js';
import { go, href, link, type Route } from '../router.js';

const PLOVER = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

const FILTERS = ['country', 'type', 'since', 'until', 'doc'] as const;
type Filter = (typeof FILTERS)[number];

export function actorsText(actors: Event['source']): string {
  if (actors.length === 0) return '—';
  return actors.map((a) => `${a.country ?? a.igo ?? a.name}${a.sector !== null && a.sector !== 'IGO' ? `/${a.sector}` : ''}`).join(' + ');
}

/** Where an event leads: its document, with the event selected. */
export function eventHref(e: Event): string | null {
  return e.docId === null ? null : href(`/documents/${encodeURIComponent(e.docId)}`, { event: e.id });
}

function row(e: Event): HTMLTableRowElement {
  const to = eventHref(e);
  const cell = (text: string, cls = ''): HTMLTableCellElement => h('td', { class: cls }, text);
  const tr = h(
    'tr',
    { 'data-event-id': e.id, class: `quad-${e.quad}${to === null ? '' : ' clickable'}` },
    cell(e.date ?? '—'),
    h('td', { title: e.source.map((a) => a.text).join('; ') }, actorsText(e.source)),
    h('td', {}, to === null ? e.plover : link(to, e.plover), h('span', { class: 'muted' }, ` ${e.cameo}`)),
    h('td', { title: e.target.map((a) => a.text).join('; ') }, actorsText(e.target)),
    cell(e.location === null ? '—' : `${e.location.name}${e.location.country === null ? '' : ` (${e.location.country})`}`),
    cell(e.goldstein.toFixed(1), e.goldstein < 0 ? 'conflict' : 'cooperation'),
    h('td', { class: 'sentence' }, e.evidence.text),
  );
  if (to !== null) {
    tr.addEventListener('click', (ev) => {
      if ((ev.target as Element).closest('a') !== null) return;
      go(to);
    });
  }
  return tr;
}

function filterForm(route: Route): HTMLFormElement {
  const q = (k: Filter): string => route.query.get(k) ?? '';
  const country = h('input', { name: 'country', value: q('country'), placeholder: 'ISO3, e.g. ERI', size: 8, 'aria-label': 'country' });
  const type = h('select', { name: 'type', 'aria-label': 'event type' }, h('option', { value: '' }, 'any type'), ...PLOVER.map((t) => h('option', { value: t, selected: t === q('type') }, t)));
  const since = h('input', { name: 'since', type: 'date', value: q('since'), 'aria-label': 'since' });
  const until = h('input', { name: 'until', type: 'date', value: q('until'), 'aria-label': 'until' });
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'event filters' },
    h('label', {}, 'Country ', country),
    h('label', {}, 'Type ', type),
    h('label', {}, 'Since ', since),
    h('label', {}, 'Until ', until),
    h('button', { type: 'submit' }, 'Filter'),
    link('/events', 'Clear'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(href('/events', { country: country.value.trim().toUpperCase(), type: type.value, since: since.value, until: until.value, doc: route.query.get('doc') }));
  });
  return form;
}

export async function eventsView(root: HTMLElement, route: Route): Promise<void> {
  const filter: Record<string, string | undefined> = {};
  for (const k of FILTERS) filter[k] = route.query.get(k) ?? undefined;
  const first = await api.events({ ...filter, limit: 100 });
  const body = h('tbody', {}, ...first.events.map(row));
  const count = h('p', { class: 'count' });
  let shown = first.events.length;
  let next = first.next;
  const more = h('button', { type: 'button', class: 'more' }, 'Load more');
  const update = (): void => {
    count.textContent = `${shown} event(s)${next === null ? '' : ' shown; more follow'}`;
    more.hidden = next === null;
  };
  more.addEventListener('click', async () => {
    if (next === null) return;
    more.disabled = true;
    const page = await api.events({ ...filter, limit: 100, after: next });
    body.append(...page.events.map(row));
    shown += page.events.length;
    next = page.next;
    more.disabled = false;
    update();
  });
  update();
  const doc = route.query.get('doc');
  replace(
    root,
    h(
      'section',
      { class: 'view view-events' },
      h('h2', {}, 'Events'),
      filterForm(route),
      doc === null ? null : h('p', { class: 'chip' }, `Only the events of document ${doc} `, link(href('/events', { ...filter, doc: undefined }), '×')),
      count,
      first.events.length === 0
        ? h('p', { class: 'muted empty' }, 'No event matches these filters.')
        : h(
            'table',
            { class: 'events' },
            h(
              'thead',
              {},
              h('tr', {}, ...['date', 'source', 'event', 'target', 'place', 'goldstein', 'sentence'].map((c) => h('th', {}, c))),
            ),
            body,
          ),
      more,
      filter['country'] === undefined ? null : h('p', { class: 'muted' }, 'See also the ', link(href('/series', { country: filter['country'] }), `time series of ${actorName(filter['country'])}`), '.'),
    ),
  );
}
