// Views and filters live in the URL (path + query string), so any view can
// be shared or bookmarked: /events?country=ERI&type=ASSAULT,
// /documents/<id>?event=<id>, /series?dyad=ERI,ETH.

import { h } from './dom.js';

export type ViewName = 'overview' | 'network' | 'series' | 'events' | 'document' | 'alerts' | 'submit';

export interface Route {
  view: ViewName;
  /** The id in /documents/<id>. */
  id: string | null;
  query: URLSearchParams;
}

const PATHS: ReadonlyArray<[RegExp, ViewName]> = [
  [/^\/$/, 'overview'],
  [/^\/map\/?$/, 'overview'],
  [/^\/network\/?$/, 'network'],
  [/^\/series\/?$/, 'series'],
  [/^\/events\/?$/, 'events'],
  [/^\/documents\/([^/]+)\/?$/, 'document'],
  [/^\/alerts\/?$/, 'alerts'],
  [/^\/submit\/?$/, 'submit'],
];

export function parseRoute(location: { pathname: string; search: string }): Route {
  for (const [re, view] of PATHS) {
    const m = re.exec(location.pathname);
    if (m !== null) return { view, id: m[1] === undefined ? null : decodeURIComponent(m[1]), query: new URLSearchParams(location.search) };
  }
  return { view: 'overview', id: null, query: new URLSearchParams(location.search) };
}

type Listener = () => void;
let listener: Listener = () => undefined;

export function onNavigate(l: Listener): void {
  listener = l;
  window.addEventListener('popstate', () => listener());
}

/** Goes to an app URL without reloading the page. */
export function go(href: string, opts: { replace?: boolean } = {}): void {
  if (opts.replace === true) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  listener();
}

/** "/events?country=ERI" from a path and query values (empty values dropped). */
export function href(path: string, query: Record<string, string | number | null | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs === '' ? path : `${path}?${qs}`;
}

/** An in-app link: a real href (open in a new tab works), followed without a reload. */
export function link(to: string, ...children: Array<Node | string>): HTMLAnchorElement {
  const a = h('a', { href: to }, ...children);
  a.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    go(to);
  });
  return a;
}
