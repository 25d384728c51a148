// The actor network over a window: edges coloured by cooperation or
// conflict and sized by volume, nodes sized by volume and coloured by their
// escalation score, bridging actors ringed. Laid out once with d3-force
// (deterministic: d3 seeds its own random source).

import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { api, type Network, type NetworkEdge, type NetworkNode } from '../api.js';
import { CONFLICT, COOPERATION, escalationColour } from '../colour.js';
import { actorName } from '../countries.js';
import { h, replace, s, tip } from '../dom.js';
import { go, href, link, type Route } from '../router.js';

const WIDTH = 960;
const HEIGHT = 560;

interface SimNode extends SimulationNodeDatum {
  node: NetworkNode;
  r: number;
}

interface SimLink extends SimulationLinkDatum<SimNode> {
  edge: NetworkEdge;
}

function layout(net: Network): { nodes: SimNode[]; links: SimLink[] } {
  const maxVolume = Math.max(1, ...net.nodes.map((n) => n.volume));
  const nodes: SimNode[] = net.nodes.map((node) => ({ node, r: 5 + 15 * Math.sqrt(node.volume / maxVolume) }));
  const byId = new Map(nodes.map((n) => [n.node.id, n]));
  const links: SimLink[] = [];
  for (const edge of net.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (source !== undefined && target !== undefined) links.push({ source, target, edge });
  }
  const simulation = forceSimulation(nodes)
    .force('link', forceLink<SimNode, SimLink>(links).distance(90))
    .force('charge', forceManyBody().strength(-220).distanceMax(320))
    // A gentle pull to the middle keeps separate components (unrelated conflicts) in view.
    .force('x', forceX(WIDTH / 2).strength(0.06))
    .force('y', forceY(HEIGHT / 2).strength(0.1))
    .force('collide', forceCollide<SimNode>((d) => d.r + 6))
    .stop();
  simulation.tick(300);
  for (const n of nodes) {
    n.x = Math.max(n.r + 4, Math.min(WIDTH - n.r - 40, n.x ?? WIDTH / 2));
    n.y = Math.max(n.r + 4, Math.min(HEIGHT - n.r - 14, n.y ?? HEIGHT / 2));
  }
  return { nodes, links };
}

function drawNetwork(net: Network): SVGSVGElement {
  const { nodes, links } = layout(net);
  const maxEdge = Math.max(1, ...net.edges.map((e) => e.volume));
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'network', role: 'img', 'aria-label': 'Actor network' });
  const edges = s('g', { class: 'edges' });
  for (const l of links) {
    const a = l.source as SimNode;
    const b = l.target as SimNode;
    const e = l.edge;
    const line = s('line', {
      x1: (a.x ?? 0).toFixed(1),
      y1: (a.y ?? 0).toFixed(1),
      x2: (b.x ?? 0).toFixed(1),
      y2: (b.y ?? 0).toFixed(1),
      stroke: e.sign === 1 ? COOPERATION : CONFLICT,
      'stroke-width': (1 + 7 * Math.sqrt(e.volume / maxEdge)).toFixed(2),
      class: `edge ${e.sign === 1 ? 'cooperation' : 'conflict'}`,
    });
    line.append(tip(`${actorName(e.source)} – ${actorName(e.target)}: ${e.volume} events (${e.cooperation} cooperation, ${e.conflict} conflict)`));
    line.addEventListener('click', () => go(href('/series', { dyad: `${e.source},${e.target}` })));
    edges.append(line);
  }
  svg.append(edges);
  const group = s('g', { class: 'nodes' });
  for (const n of nodes) {
    const g = s('g', { class: `node${n.node.bridging ? ' bridging' : ''}`, transform: `translate(${(n.x ?? 0).toFixed(1)},${(n.y ?? 0).toFixed(1)})`, 'data-actor': n.node.id });
    g.append(s('circle', { r: n.r.toFixed(1), fill: escalationColour(n.node.escalation) }));
    g.append(s('text', { x: (n.r + 3).toFixed(1), y: 4 }, n.node.id));
    g.append(
      tip(
        `${actorName(n.node.id)}: ${n.node.volume} events, ${n.node.degree} partner(s); escalation ${n.node.escalation.toFixed(2)}, spillover exposure ${n.node.exposure.toFixed(2)}${n.node.bridging ? '; bridges separate conflicts' : ''}`,
      ),
    );
    g.addEventListener('click', () => go(href('/series', { country: n.node.id })));
    group.append(g);
  }
  svg.append(group);
  const legendItems: Array<[string, SVGElement]> = [
    ['cooperation', s('line', { x1: 0, y1: 0, x2: 24, y2: 0, stroke: COOPERATION, 'stroke-width': 4 })],
    ['conflict', s('line', { x1: 0, y1: 0, x2: 24, y2: 0, stroke: CONFLICT, 'stroke-width': 4 })],
    ['escalating actor', s('circle', { cx: 12, cy: 0, r: 7, fill: escalationColour(3) })],
    ['bridging actor', s('circle', { cx: 12, cy: 0, r: 7, fill: escalationColour(0), class: 'bridging-key' })],
  ];
  const legend = s('g', { class: 'legend', transform: `translate(16, ${HEIGHT - 10})` });
  legendItems.forEach(([label, mark], i) => {
    const item = s('g', { transform: `translate(${i * 150}, 0)` }, mark, s('text', { x: 30, y: 4 }, label));
    legend.append(item);
  });
  svg.append(legend);
  return svg;
}

export async function networkView(root: HTMLElement, route: Route): Promise<void> {
  const window = route.query.get('window') ?? undefined;
  const minVolume = route.query.get('minVolume') ?? undefined;
  const asOf = route.query.get('asOf') ?? undefined;
  const net = await api.network({ window, minVolume, asOf });
  const picker = h(
    'div',
    { class: 'picker' },
    'Window: ',
    ...['7', '28', '90'].map((w) => (w === (window ?? '28') ? h('strong', {}, `${w} days`) : link(href('/network', { window: w, minVolume, asOf }), `${w} days`))),
  );
  if (net.nodes.length === 0) {
    replace(root, h('section', { class: 'view view-network' }, h('h2', {}, 'Actor network'), picker, h('p', { class: 'muted' }, 'No events in the window.')));
    return;
  }
  const topEdges = [...net.edges].sort((a, b) => b.volume - a.volume).slice(0, 12);
  replace(
    root,
    h(
      'section',
      { class: 'view view-network' },
      h('h2', {}, `Actor network, ${net.from ?? ''} … ${net.asOf ?? ''}`),
      picker,
      h('figure', { class: 'network-frame' }, drawNetwork(net)),
      h(
        'div',
        { class: 'columns' },
        h(
          'div',
          {},
          h('h3', {}, 'Heaviest ties'),
          h(
            'table',
            { class: 'compact' },
            h('thead', {}, h('tr', {}, h('th', {}, 'dyad'), h('th', {}, 'events'), h('th', {}, 'cooperation'), h('th', {}, 'conflict'))),
            h(
              'tbody',
              {},
              ...topEdges.map((e) =>
                h(
                  'tr',
                  {},
                  h('td', {}, link(href('/series', { dyad: `${e.source},${e.target}` }), `${actorName(e.source)} – ${actorName(e.target)}`)),
                  h('td', {}, String(e.volume)),
                  h('td', {}, String(e.cooperation)),
                  h('td', { class: e.sign === -1 ? 'conflict' : '' }, String(e.conflict)),
                ),
              ),
            ),
          ),
        ),
        h(
          'div',
          {},
          h('h3', {}, 'Bridging actors'),
          net.bridging.length === 0
            ? h('p', { class: 'muted' }, 'No actor links otherwise separate conflicts.')
            : h('ul', {}, ...net.bridging.map((b) => h('li', {}, link(href('/series', { country: b.id }), actorName(b.id)), ` links ${b.clusters.map((c) => c.join('/')).join(' and ')}`))),
        ),
      ),
    ),
  );
}
