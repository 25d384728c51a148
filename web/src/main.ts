// The dashboard: a header with the views and what the database holds, and
// one view at a time chosen by the URL.

import './style.css';
import { ApiFailure, api } from './api.js';
import { h, replace } from './dom.js';
import { link, onNavigate, parseRoute, type Route, type ViewName } from './router.js';
import { alertsView } from './views/alerts-view.js';
import { documentView } from './views/document-view.js';
import { eventsView } from './views/events-view.js';
import { networkView } from './views/network-view.js';
import { overviewView } from './views/overview-view.js';
import { seriesView } from './views/series-view.js';
import { submitView } from './views/submit-view.js';

type View = (root: HTMLElement, route: Route) => Promise<void>;

const VIEWS: Record<ViewName, View> = {
  overview: overviewView,
  network: networkView,
  series: seriesView,
  events: eventsView,
  document: documentView,
  alerts: alertsView,
  submit: submitView,
};

const NAV: ReadonlyArray<[string, string, ViewName]> = [
  ['/', 'Map', 'overview'],
  ['/network', 'Network', 'network'],
  ['/series', 'Series', 'series'],
  ['/events', 'Events', 'events'],
  ['/alerts', 'Alerts', 'alerts'],
  ['/submit', 'Submit a report', 'submit'],
];

const nav = h('nav', { 'aria-label': 'views' });
const status = h('p', { class: 'status' });
const main = h('main', { id: 'view' });
document.body.append(h('header', {}, h('h1', {}, link('/', 'Faultline')), nav, status), main);

let rendering = 0;

async function refreshStatus(): Promise<void> {
  try {
    const st = await api.status();
    status.textContent = `${st.documents} document(s) · ${st.events} event(s)${st.latestEventDate === null ? '' : ` · latest ${st.latestEventDate}`}`;
  } catch {
    status.textContent = 'API unreachable';
  }
}

async function render(): Promise<void> {
  const route = parseRoute(location);
  const token = ++rendering;
  replace(nav, ...NAV.map(([path, label, view]) => {
    const a = link(path, label);
    if (view === route.view) a.setAttribute('aria-current', 'page');
    return a;
  }));
  main.setAttribute('aria-busy', 'true');
  const target = h('div', { class: 'view-root' });
  try {
    await VIEWS[route.view](target, route);
    if (token !== rendering) return;
    replace(main, target);
  } catch (error) {
    if (token !== rendering) return;
    const message = error instanceof ApiFailure ? `${error.message} (${error.code})` : error instanceof Error ? error.message : String(error);
    replace(main, h('section', { class: 'view error' }, h('h2', {}, 'Could not show this view'), h('p', {}, message)));
  } finally {
    if (token === rendering) {
      main.setAttribute('aria-busy', 'false');
      document.title = `Faultline — ${NAV.find(([, , v]) => v === route.view)?.[1] ?? 'Document'}`;
    }
  }
  void refreshStatus();
}

onNavigate(() => void render());
void render();
