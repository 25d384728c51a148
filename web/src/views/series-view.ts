// A country's or a dyad's daily events: cooperation above the line,
// conflict below, days on which the escalation detector was flagging
// shaded, the onset marked; the verdict as of the last day below.

import { api, type EscalationSeries } from '../api.js';
import { CONFLICT, COOPERATION } from '../colour.js';
import { actorName, dyadSides } from '../countries.js';
import { h, replace, s, tip } from '../dom.js';
import { go, href, link, type Route } from '../router.js';

const WIDTH = 960;
const HEIGHT = 320;
const PAD = { left: 44, right: 12, top: 16, bottom: 36 };

function drawSeries(series: EscalationSeries): SVGSVGElement {
  const days = series.days;
  const n = Math.max(1, days.length);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const maxUp = Math.max(1, ...days.map((d) => d.cooperation));
  const maxDown = Math.max(1, ...days.map((d) => d.conflict));
  const zero = PAD.top + (innerH * maxUp) / (maxUp + maxDown);
  const unit = innerH / (maxUp + maxDown);
  const bw = innerW / n;
  const x = (i: number): number => PAD.left + i * bw;
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'series', role: 'img', 'aria-label': `Daily events of ${series.key}` });

  const flags = s('g', { class: 'flags' });
  days.forEach((d, i) => {
    if (!d.flagged) return;
    const r = s('rect', { x: x(i).toFixed(1), y: PAD.top, width: bw.toFixed(2), height: innerH, class: 'flagged-day' });
    r.append(tip(`${d.date}: escalation flagged (score ${d.score.toFixed(2)}${d.onset === null ? '' : `, onset ${d.onset}`})`));
    flags.append(r);
  });
  svg.append(flags);

  const bars = s('g', { class: 'bars' });
  days.forEach((d, i) => {
    const label = `${d.date}: ${d.cooperation} cooperation, ${d.conflict} conflict${d.flagged ? ' — escalation flagged' : ''}`;
    if (d.cooperation > 0) {
      const r = s('rect', { x: (x(i) + 0.5).toFixed(1), y: (zero - d.cooperation * unit).toFixed(1), width: Math.max(1, bw - 1).toFixed(2), height: (d.cooperation * unit).toFixed(1), fill: COOPERATION, class: 'bar cooperation' });
      r.append(tip(label));
      bars.append(r);
    }
    if (d.conflict > 0) {
      const r = s('rect', { x: (x(i) + 0.5).toFixed(1), y: zero.toFixed(1), width: Math.max(1, bw - 1).toFixed(2), height: (d.conflict * unit).toFixed(1), fill: CONFLICT, class: 'bar conflict' });
      r.append(tip(label));
      bars.append(r);
    }
  });
  svg.append(bars);
  svg.append(s('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: zero.toFixed(1), y2: zero.toFixed(1), class: 'axis' }));

  // The onset of the escalation flagged on the last day (or the latest flagged onset).
  const onset = series.detection.flagged ? series.detection.onset : ([...days].reverse().find((d) => d.onset !== null)?.onset ?? null);
  const at = onset === null ? -1 : days.findIndex((d) => d.date === onset);
  if (at >= 0) {
    svg.append(s('line', { x1: x(at).toFixed(1), x2: x(at).toFixed(1), y1: PAD.top, y2: PAD.top + innerH, class: 'onset' }));
    svg.append(s('text', { x: (x(at) + 4).toFixed(1), y: PAD.top + 12, class: 'onset-label' }, `onset ${onset ?? ''}`));
  }

  const axis = s('g', { class: 'axis-labels' });
  axis.append(s('text', { x: PAD.left - 6, y: PAD.top + 10, 'text-anchor': 'end' }, String(maxUp)));
  axis.append(s('text', { x: PAD.left - 6, y: PAD.top + innerH, 'text-anchor': 'end' }, String(maxDown)));
  axis.append(s('text', { x: PAD.left - 6, y: (zero + 4).toFixed(1), 'text-anchor': 'end' }, '0'));
  for (const i of [0, Math.floor((n - 1) / 2), n - 1]) {
    const d = days[i];
    if (d !== undefined) axis.append(s('text', { x: (x(i) + bw / 2).toFixed(1), y: HEIGHT - 14, 'text-anchor': i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle' }, d.date));
  }
  axis.append(s('text', { x: PAD.left + 4, y: HEIGHT - 2, class: 'muted' }, 'green: cooperation (up) · red: conflict (down) · shaded: escalation flagged that day'));
  svg.append(axis);
  return svg;
}

function subjectForm(route: Route, value: string, days: string): HTMLFormElement {
  const input = h('input', { name: 'subject', value, placeholder: 'ERI or ERI,ETH', 'aria-label': 'country or dyad', size: 14 });
  const select = h('select', { name: 'days', 'aria-label': 'days shown' }, ...['30', '90', '180', '365'].map((d) => h('option', { value: d, selected: d === days }, `${d} days`)));
  const form = h('form', { class: 'filters' }, h('label', {}, 'Country or dyad ', input), h('label', {}, 'Show ', select), h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const subject = input.value.trim().toUpperCase();
    const isDyad = /[,-]/.test(subject);
    go(href('/series', { country: isDyad ? undefined : subject, dyad: isDyad ? subject.replace('-', ',') : undefined, days: select.value, asOf: route.query.get('asOf') }));
  });
  return form;
}

export async function seriesView(root: HTMLElement, route: Route): Promise<void> {
  let country = route.query.get('country') ?? undefined;
  const dyad = route.query.get('dyad') ?? undefined;
  const days = route.query.get('days') ?? '90';
  const asOf = route.query.get('asOf') ?? undefined;
  if (country === undefined && dyad === undefined) {
    // Nothing chosen: the top hotspot country, else the most tense one.
    const [hs, tension] = await Promise.all([api.hotspots({ kind: 'country', limit: 1, asOf }), api.tension({ by: 'country', limit: 1, asOf })]);
    country = hs.hotspots[0]?.key ?? tension.results[0]?.key;
    if (country === undefined) {
      replace(root, h('section', { class: 'view view-series' }, h('h2', {}, 'Time series'), subjectForm(route, '', days), h('p', { class: 'muted' }, 'No events yet.')));
      return;
    }
  }
  const series = await api.series({ country, dyad, days, asOf });
  const title = dyad !== undefined ? dyadSides(dyad.replace(',', '-')).map(actorName).join(' – ') : actorName(country ?? '');
  const form = subjectForm(route, dyad ?? country ?? '', days);
  if (series === null) {
    replace(root, h('section', { class: 'view view-series' }, h('h2', {}, title), form, h('p', { class: 'muted' }, 'No dated events yet.')));
    return;
  }
  const d = series.detection;
  const eventsLink =
    country !== undefined
      ? link(href('/events', { country, since: d.onset ?? series.from, until: series.asOf }), `events of ${actorName(country)} since ${d.onset ?? series.from}`)
      : link(href('/events', { country: (dyad ?? '').split(',')[0]?.split('/')[0], since: d.onset ?? series.from, until: series.asOf }), `events since ${d.onset ?? series.from}`);
  replace(
    root,
    h(
      'section',
      { class: 'view view-series' },
      h('h2', {}, `${title}: daily events, ${series.from} … ${series.asOf}`),
      form,
      h('figure', { class: 'series-frame' }, drawSeries(series)),
      h(
        'div',
        { class: `verdict ${d.flagged ? 'flagged' : ''}` },
        h('strong', {}, d.flagged ? `Escalation flagged as of ${series.asOf}` : `No escalation flagged as of ${series.asOf}`),
        d.flagged && d.sparse ? h('span', { class: 'badge' }, 'sparse') : null,
        h('p', {}, d.reason),
        h(
          'p',
          { class: 'muted' },
          `Detector ${d.detector}, ${series.windowDays}-day span; score ${d.score.toFixed(2)} (≥ 1 flags)`,
          d.magnitude === null ? '' : `, magnitude ×${d.magnitude.toFixed(1)}`,
          d.confidence === null ? '' : `, confidence ${d.confidence.toFixed(3)}`,
          '. ',
        ),
        h('p', {}, 'See the ', eventsLink, '.'),
      ),
    ),
  );
}
