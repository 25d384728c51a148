// The world map: countries shaded by tension over the window, flagged
// hotspot countries outlined, event locations as dots (flagged places
// ringed); beside it the hotspot ranking and the most tense dyads.

import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-110m.json?url';
import { api, type Hotspot, type PlaceCount, type Tension } from '../api.js';
import { NO_DATA, tensionColour } from '../colour.js';
import { ISO3_OF_NUMERIC, actorName, dyadSides } from '../countries.js';
import { h, replace, s, tip } from '../dom.js';
import { go, href, link, type Route } from '../router.js';

const WIDTH = 960;
const HEIGHT = 480;

let atlas: Promise<FeatureCollection<Geometry, { name: string }>> | null = null;

function loadAtlas(): Promise<FeatureCollection<Geometry, { name: string }>> {
  atlas ??= fetch(atlasUrl)
    .then((r) => r.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>)
    .then((topology) => feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>);
  return atlas;
}

/** Where a hotspot leads: a country's or dyad's series, a place's events. */
export function hotspotHref(hs: Pick<Hotspot, 'kind' | 'key'>): string {
  if (hs.kind === 'country') return href('/series', { country: hs.key });
  if (hs.kind === 'dyad') return href('/series', { dyad: dyadSides(hs.key).join(',') });
  const country = hs.key.startsWith('cell:') ? undefined : hs.key.split('/')[0];
  return href('/events', { country });
}

export function hotspotLabel(hs: Pick<Hotspot, 'kind' | 'key'>): string {
  if (hs.kind === 'country') return actorName(hs.key);
  if (hs.kind === 'dyad') return dyadSides(hs.key).map(actorName).join(' – ');
  return hs.key;
}

export function hotspotList(list: readonly Hotspot[]): HTMLElement {
  if (list.length === 0) return h('p', { class: 'muted' }, 'No hotspot: no conflict events in the window.');
  return h(
    'ol',
    { class: 'hotspots' },
    ...list.map((hs) =>
      h(
        'li',
        { class: hs.flagged ? 'flagged' : '' },
        h('span', { class: `kind kind-${hs.kind}` }, hs.kind),
        ' ',
        link(hotspotHref(hs), hotspotLabel(hs)),
        hs.flagged ? h('span', { class: 'badge' }, hs.sparse ? 'escalation (sparse)' : 'escalation') : null,
        h('span', { class: 'score' }, ` score ${hs.score.toFixed(2)}`),
        hs.onset === null ? null : h('span', { class: 'muted' }, ` · since ${hs.onset}`),
        h('div', { class: 'reason' }, hs.reason),
      ),
    ),
  );
}

function legend(): SVGGElement {
  const g = s('g', { class: 'legend', transform: `translate(20, ${HEIGHT - 46})` });
  g.append(s('text', { x: 0, y: -6 }, 'tension (0 … 100)'));
  const steps = [20, 30, 40, 50, 60, 70, 80, 90];
  steps.forEach((t, i) => {
    g.append(s('rect', { x: i * 28, y: 0, width: 28, height: 12, fill: tensionColour(t) }));
    if (i % 2 === 0) g.append(s('text', { x: i * 28, y: 26 }, String(t)));
  });
  g.append(s('rect', { x: steps.length * 28 + 12, y: 0, width: 12, height: 12, fill: NO_DATA }));
  g.append(s('text', { x: steps.length * 28 + 28, y: 10 }, 'no events'));
  g.append(s('circle', { cx: steps.length * 28 + 102, cy: 6, r: 5, class: 'place' }));
  g.append(s('text', { x: steps.length * 28 + 112, y: 10 }, 'event location'));
  g.append(s('rect', { x: steps.length * 28 + 212, y: 0, width: 12, height: 12, fill: 'none', class: 'hotspot-key' }));
  g.append(s('text', { x: steps.length * 28 + 228, y: 10 }, 'flagged escalation'));
  return g;
}

function drawMap(
  world: FeatureCollection<Geometry, { name: string }>,
  tension: ReadonlyMap<string, Tension>,
  hotspotKeys: ReadonlySet<string>,
  places: readonly PlaceCount[],
): SVGSVGElement {
  const projection = geoNaturalEarth1().fitExtent(
    [
      [8, 8],
      [WIDTH - 8, HEIGHT - 60],
    ],
    world,
  );
  const path = geoPath(projection);
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'map', role: 'img', 'aria-label': 'World map of tension, hotspots and event locations' });
  svg.append(s('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }));
  const countries = s('g', { class: 'countries' });
  for (const f of world.features as Array<Feature<Geometry, { name: string }>>) {
    const iso3 = f.id === undefined ? undefined : ISO3_OF_NUMERIC.get(String(f.id));
    const t = iso3 === undefined ? undefined : tension.get(iso3);
    const hot = iso3 !== undefined && hotspotKeys.has(`country:${iso3}`);
    const el = s('path', {
      d: path(f) ?? '',
      fill: t === undefined ? NO_DATA : tensionColour(t.tension),
      class: `country${hot ? ' hotspot' : ''}${t === undefined ? '' : ' has-data'}`,
      'data-country': iso3 ?? '',
    });
    const name = iso3 === undefined ? f.properties.name : actorName(iso3);
    el.append(
      tip(
        t === undefined
          ? name
          : `${name}: tension ${t.tension.toFixed(1)} (${t.events} events, ${t.conflict} conflict)${hot ? ' · flagged escalation' : ''}`,
      ),
    );
    if (iso3 !== undefined && t !== undefined) el.addEventListener('click', () => go(href('/series', { country: iso3 })));
    countries.append(el);
  }
  svg.append(countries);
  const dots = s('g', { class: 'places' });
  const max = Math.max(1, ...places.map((p) => p.events));
  for (const p of places) {
    if (p.lat === null || p.lon === null) continue;
    const at = projection([p.lon, p.lat]);
    if (at === null) continue;
    const hot = p.country !== null && p.admin1 !== null && hotspotKeys.has(`place:${p.country}/${p.admin1}`);
    const dot = s('circle', { cx: at[0].toFixed(1), cy: at[1].toFixed(1), r: (2.5 + 7 * Math.sqrt(p.events / max)).toFixed(1), class: `place${hot ? ' hotspot' : ''}` });
    dot.append(tip(`${p.name}${p.country === null ? '' : ` (${p.country})`}: ${p.events} event(s), ${p.firstDate ?? '?'} … ${p.lastDate ?? '?'}`));
    if (p.country !== null) {
      const country = p.country;
      dot.addEventListener('click', () => go(href('/events', { country })));
    }
    dots.append(dot);
  }
  svg.append(dots);
  svg.append(legend());
  return svg;
}

function tenseDyads(list: readonly Tension[]): HTMLElement {
  if (list.length === 0) return h('p', { class: 'muted' }, 'No dyad with events in the window.');
  return h(
    'table',
    { class: 'compact' },
    h('thead', {}, h('tr', {}, h('th', {}, 'dyad'), h('th', {}, 'tension'), h('th', {}, 'events'), h('th', {}, 'conflict'))),
    h(
      'tbody',
      {},
      ...list.map((t) =>
        h(
          'tr',
          {},
          h('td', {}, link(href('/series', { dyad: dyadSides(t.key).join(',') }), dyadSides(t.key).map(actorName).join(' – '))),
          h('td', {}, h('span', { class: 'swatch' }), t.tension.toFixed(1)),
          h('td', {}, String(t.events)),
          h('td', {}, String(t.conflict)),
        ),
      ),
    ),
  );
}

export async function overviewView(root: HTMLElement, route: Route): Promise<void> {
  const window = ['7', '30', '90'].includes(route.query.get('window') ?? '') ? (route.query.get('window') as string) : '30';
  const asOf = route.query.get('asOf') ?? undefined;
  const [world, countries, dyads, hotspots, places] = await Promise.all([
    loadAtlas(),
    api.tension({ by: 'country', limit: 1000, window, asOf }),
    api.tension({ by: 'dyad', limit: 10, window, asOf }),
    api.hotspots({ limit: 12, asOf }),
    api.places({ limit: 1000 }),
  ]);
  const tension = new Map(countries.results.map((t) => [t.key, t]));
  const hot = new Set(hotspots.hotspots.filter((x) => x.flagged).map((x) => `${x.kind}:${x.key}`));
  const windowPicker = h(
    'div',
    { class: 'picker' },
    'Tension window: ',
    ...['7', '30', '90'].map((w) => (w === window ? h('strong', {}, `${w} days`) : link(href('/', { window: w, asOf }), `${w} days`))),
  );
  replace(
    root,
    h(
      'section',
      { class: 'view view-overview' },
      h('h2', {}, 'Where tension is', countries.asOf === null ? '' : ` — ${countries.results.length} countries as of ${countries.asOf}`),
      windowPicker,
      h('figure', { class: 'map-frame' }, drawMap(world, tension, hot, places.places)),
      h(
        'div',
        { class: 'columns' },
        h('div', {}, h('h3', {}, `Hotspots (${hotspots.windowDays}-day window)`), hotspotList(hotspots.hotspots)),
        h('div', {}, h('h3', {}, `Most tense dyads (${window} days)`), tenseDyads(dyads.results)),
      ),
    ),
  );
  // Colour swatches of the dyad table (set through the CSSOM: the page's CSP allows no inline style attributes).
  root.querySelectorAll<HTMLTableRowElement>('table.compact tbody tr').forEach((tr, i) => {
    const t = dyads.results[i];
    const sw = tr.querySelector<HTMLElement>('.swatch');
    if (t !== undefined && sw !== null) sw.style.background = tensionColour(t.tension);
  });
}
