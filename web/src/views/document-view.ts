// A document beside its coded events. The selected event's source, verb,
// target and place spans are highlighted in the text, so an analyst checks
// the event against its sentence at a glance; other events' spans and the
// actor mentions of the coder are marked more lightly. The text goes in as
// text nodes only.

import { api, type Annotation, type AnnotationKind, type DocumentDetail, type Event } from '../api.js';
import { h, replace } from '../dom.js';
import { go, href, link, type Route } from '../router.js';
import { actorsText } from './events-view.js';

const PRIORITY: readonly AnnotationKind[] = ['verb', 'source', 'target', 'location', 'actor', 'place'];

let cached: { id: string; detail: DocumentDetail } | null = null;

/** The innermost span first ("Ethiopian", the target, inside the verb phrase "shelled Ethiopian"), then by kind. */
function byPriority(a: Annotation, b: Annotation): number {
  return a.end - a.start - (b.end - b.start) || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind);
}

/** The text cut at every annotation boundary; each piece marked by what covers it. */
export function markedText(text: string, annotations: readonly Annotation[], selected: string | null): DocumentFragment {
  const cuts = new Set<number>([0, text.length]);
  for (const a of annotations) {
    if (a.start >= 0 && a.end <= text.length && a.start < a.end) {
      cuts.add(a.start);
      cuts.add(a.end);
    }
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? from;
    const piece = text.slice(from, to);
    const covering = annotations.filter((a) => a.start <= from && a.end >= to).sort(byPriority);
    if (covering.length === 0) {
      out.append(document.createTextNode(piece));
      continue;
    }
    const mine = covering.filter((a) => selected !== null && a.eventId === selected);
    const ofEvents = covering.filter((a) => a.eventId !== null);
    const top = mine[0] ?? ofEvents[0] ?? covering[0];
    if (top === undefined) continue;
    const cls = mine.length > 0 ? `span-${top.kind} selected` : top.eventId !== null ? `span-${top.kind} other` : `mention-${top.kind}`;
    const mark = h('mark', { class: cls, 'data-kind': top.kind, 'data-event': top.eventId ?? '', title: [...new Set(covering.map((a) => `${a.kind}: ${a.label}`))].join('\n') }, piece);
    const eventId = top.eventId;
    if (eventId !== null) mark.addEventListener('click', () => go(href(location.pathname, { event: eventId }), { replace: true }));
    out.append(mark);
  }
  return out;
}

function eventCard(e: Event, selected: boolean, docPath: string): HTMLElement {
  const card = h(
    'li',
    { class: `event-card quad-${e.quad}${selected ? ' selected' : ''}`, 'data-event-id': e.id, tabindex: 0 },
    h('div', { class: 'event-head' }, h('strong', {}, e.plover), h('span', { class: 'muted' }, ` CAMEO ${e.cameo} · Goldstein ${e.goldstein} · ${e.date ?? 'undated'}`)),
    h('div', {}, h('span', { class: 'span-source' }, actorsText(e.source)), ' → ', h('span', { class: 'span-target' }, actorsText(e.target))),
    e.location === null ? null : h('div', { class: 'muted' }, `at ${e.location.name}${e.location.country === null ? '' : ` (${e.location.country})`}, ${e.location.precision}`),
    h('div', { class: 'muted rule' }, `rule ${e.evidence.rule} · confidence ${e.confidence}`),
  );
  const select = (): void => go(href(docPath, { event: e.id }), { replace: true });
  card.addEventListener('click', select);
  card.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      select();
    }
  });
  return card;
}

function safeUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export async function documentView(root: HTMLElement, route: Route): Promise<void> {
  const id = route.id ?? '';
  const detail = cached?.id === id ? cached.detail : await api.document(id);
  cached = { id, detail };
  const doc = detail.document;
  const docPath = `/documents/${encodeURIComponent(doc.id)}`;
  const wanted = route.query.get('event');
  const selected = detail.events.some((e) => e.id === wanted) ? wanted : (detail.events[0]?.id ?? null);
  const url = safeUrl(doc.url);
  const text = h('div', { class: 'doc-text', 'aria-label': 'document text' });
  text.append(markedText(doc.text, detail.annotations, selected));
  replace(
    root,
    h(
      'section',
      { class: 'view view-document' },
      h('h2', {}, doc.title ?? `Document ${doc.id}`),
      h(
        'p',
        { class: 'meta' },
        [doc.source, doc.publishedAt, doc.dateline === null ? null : `dateline ${doc.dateline}`, `id ${doc.id}`].filter((x) => x !== null).join(' · '),
        url === null ? null : ' · ',
        url === null ? null : h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original'),
      ),
      h(
        'p',
        { class: 'legend-line' },
        h('mark', { class: 'span-source selected' }, 'source'),
        ' ',
        h('mark', { class: 'span-verb selected' }, 'verb'),
        ' ',
        h('mark', { class: 'span-target selected' }, 'target'),
        ' ',
        h('mark', { class: 'span-location selected' }, 'place'),
        ' of the selected event; ',
        h('mark', { class: 'span-verb other' }, 'other events'),
        ', ',
        h('mark', { class: 'mention-actor' }, 'actors'),
        ' and ',
        h('mark', { class: 'mention-place' }, 'places'),
        ' the coder found',
        detail.mentions === 'unavailable' ? ' (mentions unavailable)' : '',
        '.',
      ),
      h(
        'div',
        { class: 'doc-columns' },
        text,
        h(
          'aside',
          { class: 'doc-events' },
          h('h3', {}, `${detail.events.length} coded event(s)`),
          detail.events.length === 0 ? h('p', { class: 'muted' }, 'No event was coded from this report.') : h('ol', { class: 'event-cards' }, ...detail.events.map((e) => eventCard(e, e.id === selected, docPath))),
          h('p', {}, link(href('/events', { doc: doc.id }), 'These events in the table')),
        ),
      ),
    ),
  );
  root.querySelector('mark.selected')?.scrollIntoView({ block: 'nearest' });
}

/** Forgets the cached document (after a new report was stored). */
export function forgetDocument(): void {
  cached = null;
}
