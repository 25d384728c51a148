// The weighted, signed graph of actors over a window; spillover exposure;
// bridging actors; JSON and GraphML export.
import { addDays } from './calendar-day.js';
import { baseOfKey } from './actor-key.js';
import type { DyadDay } from './types.js';

export interface NetworkEdge {
  /** Actor keys, sorted (source < target): edges are undirected. */
  source: string;
  target: string;
  /** Events in both directions over the window: the edge weight. */
  volume: number;
  cooperation: number;
  conflict: number;
  /** (cooperation − conflict) / volume, −1 … +1. */
  balance: number;
  /** +1 cooperative (balance ≥ 0), −1 conflictual. */
  sign: 1 | -1;
  goldsteinMean: number;
}

export interface NetworkNode {
  id: string;
  /** Events involving the actor over the window (sum of its edge volumes). */
  volume: number;
  degree: number;
  /** Brandes betweenness on the unweighted, unsigned graph (normalised 0 … 1). */
  betweenness: number;
  /** The actor's own escalation score as passed in (0 when none). */
  escalation: number;
  /** Spillover exposure from partners and neighbours (see spilloverExposure). */
  exposure: number;
  /** True when the actor links two or more otherwise separate conflict clusters. */
  bridging: boolean;
}

export interface ActorGraph {
  asOf: string;
  windowDays: number;
  from: string;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface NetworkOptions {
  asOf: string;
  windowDays: number;
  /** Land neighbours per country (ISO3 → ISO3[]); see neighboursFromCountries. */
  neighbours?: ReadonlyMap<string, readonly string[]>;
  /** Escalation score per actor key (e.g. hotspot scores of countries). */
  escalation?: ReadonlyMap<string, number>;
  /** Collapse sector keys to their country/IGO ("IRQ/GOV" → "IRQ"); default true. */
  collapseSectors?: boolean;
  /** Drop edges with fewer events than this (default 1). */
  minVolume?: number;
}

const DEFAULT_PARTNER_WEIGHT = 0.6;
const DEFAULT_NEIGHBOUR_WEIGHT = 0.4;

/**
 * Builds the actor graph of the window [asOf − windowDays + 1, asOf]: one
 * undirected edge per pair of actors with events between them (both
 * directions), weighted by volume and signed by the balance of cooperation
 * (quads 1–2) against conflict (quads 3–4). Nodes carry betweenness,
 * escalation (as passed in), spillover exposure and the bridging mark.
 */
export function buildNetwork(rows: readonly DyadDay[], options: NetworkOptions): ActorGraph {
  const asOf = options.asOf.slice(0, 10);
  const from = addDays(asOf, -options.windowDays + 1);
  const collapse = options.collapseSectors ?? true;
  const acc = new Map<string, { source: string; target: string; volume: number; cooperation: number; conflict: number; goldstein: number }>();
  for (const r of rows) {
    if (r.date < from || r.date > asOf) continue;
    const a = collapse ? baseOfKey(r.source) : r.source;
    const b = collapse ? baseOfKey(r.target) : r.target;
    if (a === b) continue;
    const [source, target] = a < b ? [a, b] : [b, a];
    const k = `${source}\u0000${target}`;
    let e = acc.get(k);
    if (e === undefined) acc.set(k, (e = { source, target, volume: 0, cooperation: 0, conflict: 0, goldstein: 0 }));
    e.volume += r.counts[0] + r.counts[1] + r.counts[2] + r.counts[3];
    e.cooperation += r.counts[0] + r.counts[1];
    e.conflict += r.counts[2] + r.counts[3];
    e.goldstein += r.goldsteinSum;
  }
  const minVolume = options.minVolume ?? 1;
  const edges: NetworkEdge[] = [];
  for (const e of acc.values()) {
    if (e.volume < minVolume || e.volume === 0) continue;
    const balance = (e.cooperation - e.conflict) / e.volume;
    edges.push({
      source: e.source,
      target: e.target,
      volume: e.volume,
      cooperation: e.cooperation,
      conflict: e.conflict,
      balance: round(balance, 4),
      sign: balance >= 0 ? 1 : -1,
      goldsteinMean: round(e.goldstein / e.volume, 3),
    });
  }
  edges.sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : x.target > y.target ? 1 : 0));

  const volume = new Map<string, number>();
  const degree = new Map<string, number>();
  for (const e of edges) {
    for (const n of [e.source, e.target]) {
      volume.set(n, (volume.get(n) ?? 0) + e.volume);
      degree.set(n, (degree.get(n) ?? 0) + 1);
    }
  }
  const ids = [...volume.keys()].sort();
  const betweenness = betweennessCentrality(ids, edges);
  const escalation = options.escalation ?? new Map<string, number>();
  const nodes: NetworkNode[] = ids.map((id) => ({
    id,
    volume: volume.get(id) ?? 0,
    degree: degree.get(id) ?? 0,
    betweenness: round(betweenness.get(id) ?? 0, 6),
    escalation: escalation.get(id) ?? 0,
    exposure: 0,
    bridging: false,
  }));
  const exposure = spilloverExposure({ nodes, edges }, escalation, options.neighbours ?? new Map<string, string[]>());
  const bridging = new Set(bridgingActors({ nodes, edges }).map((b) => b.id));
  for (const n of nodes) {
    n.exposure = round(exposure.get(n.id) ?? 0, 6);
    n.bridging = bridging.has(n.id);
  }
  return { asOf, windowDays: options.windowDays, from, nodes, edges };
}

/**
 * Spillover exposure of each node of the graph:
 *   partner × Σ_p (volume(c,p) / volume(c)) · escalation(p)
 * + neighbour × mean over c's land neighbours n of escalation(n)
 * (weights default 0.6 and 0.4; a missing escalation counts 0). A country
 * is exposed when those it deals with most, or those on its borders, are
 * escalating; its own escalation is not part of its exposure.
 */
export function spilloverExposure(
  graph: Pick<ActorGraph, 'nodes' | 'edges'>,
  escalation: ReadonlyMap<string, number>,
  neighbours: ReadonlyMap<string, readonly string[]>,
  weights: { partner?: number; neighbour?: number } = {},
): Map<string, number> {
  const wp = weights.partner ?? DEFAULT_PARTNER_WEIGHT;
  const wn = weights.neighbour ?? DEFAULT_NEIGHBOUR_WEIGHT;
  const weighted = new Map<string, number>();
  const volume = new Map<string, number>();
  for (const e of graph.edges) {
    for (const [c, p] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      volume.set(c, (volume.get(c) ?? 0) + e.volume);
      weighted.set(c, (weighted.get(c) ?? 0) + e.volume * (escalation.get(p) ?? 0));
    }
  }
  const out = new Map<string, number>();
  for (const n of graph.nodes) {
    const v = volume.get(n.id) ?? 0;
    const partner = v > 0 ? (weighted.get(n.id) ?? 0) / v : 0;
    const nbrs = neighbours.get(n.id) ?? [];
    const neighbour = nbrs.length > 0 ? nbrs.reduce((s, x) => s + (escalation.get(x) ?? 0), 0) / nbrs.length : 0;
    out.set(n.id, wp * partner + wn * neighbour);
  }
  return out;
}

/**
 * Brandes' betweenness centrality of an unweighted undirected graph,
 * normalised by (n − 1)(n − 2) / 2 so that the centre of a star is 1.
 * Edges to unknown nodes are ignored.
 */
export function betweennessCentrality(
  nodes: readonly string[],
  edges: ReadonlyArray<{ source: string; target: string }>,
): Map<string, number> {
  const index = new Map(nodes.map((n, i) => [n, i] as const));
  const adj: number[][] = nodes.map(() => []);
  for (const e of edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    adj[a]?.push(b);
    adj[b]?.push(a);
  }
  const n = nodes.length;
  const cb = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    const stack: number[] = [];
    const preds: number[][] = nodes.map(() => []);
    sigma.fill(0);
    dist.fill(-1);
    sigma[s] = 1;
    dist[s] = 0;
    const queue = [s];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head] ?? 0;
      stack.push(v);
      for (const w of adj[v] ?? []) {
        if ((dist[w] ?? -1) < 0) {
          dist[w] = (dist[v] ?? 0) + 1;
          queue.push(w);
        }
        if (dist[w] === (dist[v] ?? 0) + 1) {
          sigma[w] = (sigma[w] ?? 0) + (sigma[v] ?? 0);
          preds[w]?.push(v);
        }
      }
    }
    delta.fill(0);
    while (stack.length > 0) {
      const w = stack.pop() ?? 0;
      for (const v of preds[w] ?? []) {
        delta[v] = (delta[v] ?? 0) + ((sigma[v] ?? 0) / (sigma[w] ?? 1)) * (1 + (delta[w] ?? 0));
      }
      if (w !== s) cb[w] = (cb[w] ?? 0) + (delta[w] ?? 0);
    }
  }
  // Each unordered pair was counted from both ends.
  const norm = n > 2 ? ((n - 1) * (n - 2)) / 2 : 0;
  const out = new Map<string, number>();
  nodes.forEach((id, i) => out.set(id, norm > 0 ? (cb[i] ?? 0) / 2 / norm : 0));
  return out;
}

export interface BridgingActor {
  id: string;
  betweenness: number;
  /** The conflict clusters (actor lists) it links. */
  clusters: string[][];
}

/**
 * Actors that link two or more conflict clusters which would otherwise be
 * separate: clusters are the connected components (of two or more actors)
 * of the conflictual edges (sign −1) once the actor is removed, and the
 * actor has an edge (of either sign) into each. Sorted by betweenness, then id.
 */
export function bridgingActors(graph: Pick<ActorGraph, 'nodes' | 'edges'>): BridgingActor[] {
  const conflictAdj = new Map<string, string[]>();
  const anyAdj = new Map<string, Set<string>>();
  for (const e of graph.edges) {
    for (const [a, b] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      let s = anyAdj.get(a);
      if (s === undefined) anyAdj.set(a, (s = new Set()));
      s.add(b);
      if (e.sign === -1) {
        let l = conflictAdj.get(a);
        if (l === undefined) conflictAdj.set(a, (l = []));
        l.push(b);
      }
    }
  }
  const out: BridgingActor[] = [];
  for (const node of graph.nodes) {
    const mine = anyAdj.get(node.id);
    if (mine === undefined || mine.size < 2) continue;
    const component = new Map<string, number>();
    const members: string[][] = [];
    for (const start of mine) {
      if (component.has(start) || !conflictAdj.has(start)) continue;
      const id = members.length;
      const list: string[] = [];
      const queue = [start];
      component.set(start, id);
      while (queue.length > 0) {
        const v = queue.pop() ?? '';
        list.push(v);
        for (const w of conflictAdj.get(v) ?? []) {
          if (w === node.id || component.has(w)) continue;
          component.set(w, id);
          queue.push(w);
        }
      }
      members.push(list);
    }
    const clusters = members.filter((m) => m.length >= 2).map((m) => m.sort());
    if (clusters.length >= 2) {
      clusters.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
      out.push({ id: node.id, betweenness: node.betweenness, clusters });
    }
  }
  return out.sort((a, b) => b.betweenness - a.betweenness || a.id.localeCompare(b.id));
}

/** Land neighbours from world-countries-like records (`{cca3, borders}`), made symmetric and sorted. */
export function neighboursFromCountries(
  countries: ReadonlyArray<{ cca3: string; borders?: readonly string[] }>,
): Map<string, string[]> {
  const sets = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    let s = sets.get(a);
    if (s === undefined) sets.set(a, (s = new Set()));
    s.add(b);
  };
  for (const c of countries) {
    if (!sets.has(c.cca3)) sets.set(c.cca3, new Set());
    for (const b of c.borders ?? []) {
      if (b === c.cca3) continue;
      link(c.cca3, b);
      link(b, c.cca3);
    }
  }
  return new Map([...sets].map(([k, s]) => [k, [...s].sort()] as const));
}

/** Plain JSON-serialisable form: { asOf, windowDays, from, nodes, edges }. */
export function toGraphJson(graph: ActorGraph): { asOf: string; windowDays: number; from: string; nodes: NetworkNode[]; edges: NetworkEdge[] } {
  return {
    asOf: graph.asOf,
    windowDays: graph.windowDays,
    from: graph.from,
    nodes: graph.nodes.map((n) => ({ ...n })),
    edges: graph.edges.map((e) => ({ ...e })),
  };
}

const NODE_KEYS = [
  ['volume', 'int'],
  ['degree', 'int'],
  ['betweenness', 'double'],
  ['escalation', 'double'],
  ['exposure', 'double'],
  ['bridging', 'boolean'],
] as const satisfies ReadonlyArray<readonly [keyof NetworkNode, string]>;

const EDGE_KEYS = [
  ['volume', 'int'],
  ['cooperation', 'int'],
  ['conflict', 'int'],
  ['balance', 'double'],
  ['sign', 'int'],
  ['goldsteinMean', 'double'],
] as const satisfies ReadonlyArray<readonly [keyof NetworkEdge, string]>;

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;'));
}

/**
 * GraphML document (XML, escaped): graph attributes asOf, windowDays and
 * from; node and edge attributes declared as typed keys (n_volume …,
 * e_volume …); edges undirected.
 */
export function toGraphML(graph: ActorGraph): string {
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="g_asOf" for="graph" attr.name="asOf" attr.type="string"/>',
    '  <key id="g_from" for="graph" attr.name="from" attr.type="string"/>',
    '  <key id="g_windowDays" for="graph" attr.name="windowDays" attr.type="int"/>',
  ];
  for (const [name, type] of NODE_KEYS) lines.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  for (const [name, type] of EDGE_KEYS) lines.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  lines.push('  <graph id="faultline" edgedefault="undirected">');
  lines.push(`    <data key="g_asOf">${escapeXml(graph.asOf)}</data>`);
  lines.push(`    <data key="g_from">${escapeXml(graph.from)}</data>`);
  lines.push(`    <data key="g_windowDays">${graph.windowDays}</data>`);
  for (const n of graph.nodes) {
    lines.push(`    <node id="${escapeXml(n.id)}">`);
    for (const [name] of NODE_KEYS) lines.push(`      <data key="n_${name}">${escapeXml(String(n[name]))}</data>`);
    lines.push('    </node>');
  }
  graph.edges.forEach((e, i) => {
    lines.push(`    <edge id="e${i}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`);
    for (const [name] of EDGE_KEYS) lines.push(`      <data key="e_${name}">${escapeXml(String(e[name]))}</data>`);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
