// The weighted, signed graph of actors over a window; spillover exposure;
// bridging actors; JSON and GraphML export.
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

/** Builds the actor graph of the window [asOf − windowDays + 1, asOf]. */
export function buildNetwork(rows: readonly DyadDay[], options: NetworkOptions): ActorGraph {
  void rows; void options;
  throw new Error('buildNetwork: not implemented yet');
}

/**
 * Spillover exposure of each node: partnerWeight × Σ over partners p of
 * (volume share of p among the node's edges) × escalation(p), plus
 * neighbourWeight × mean escalation of its land neighbours.
 */
export function spilloverExposure(
  graph: Pick<ActorGraph, 'nodes' | 'edges'>,
  escalation: ReadonlyMap<string, number>,
  neighbours: ReadonlyMap<string, readonly string[]>,
  weights?: { partner?: number; neighbour?: number },
): Map<string, number> {
  void graph; void escalation; void neighbours; void weights;
  throw new Error('spilloverExposure: not implemented yet');
}

/** Brandes betweenness centrality of an unweighted undirected graph, normalised to 0 … 1. */
export function betweennessCentrality(
  nodes: readonly string[],
  edges: ReadonlyArray<{ source: string; target: string }>,
): Map<string, number> {
  void nodes; void edges;
  throw new Error('betweennessCentrality: not implemented yet');
}

export interface BridgingActor {
  id: string;
  betweenness: number;
  /** The conflict clusters (actor lists) it links. */
  clusters: string[][];
}

/**
 * Actors that link two or more conflict clusters which would otherwise be
 * separate: clusters are the connected components of the conflictual edges
 * (sign −1) once the actor is removed. Sorted by betweenness.
 */
export function bridgingActors(graph: Pick<ActorGraph, 'nodes' | 'edges'>): BridgingActor[] {
  void graph;
  throw new Error('bridgingActors: not implemented yet');
}

/** Land neighbours from world-countries-like records (`{cca3, borders}`), made symmetric. */
export function neighboursFromCountries(
  countries: ReadonlyArray<{ cca3: string; borders?: readonly string[] }>,
): Map<string, string[]> {
  void countries;
  throw new Error('neighboursFromCountries: not implemented yet');
}

/** Plain JSON-serialisable form: { asOf, windowDays, from, nodes, edges }. */
export function toGraphJson(graph: ActorGraph): { asOf: string; windowDays: number; from: string; nodes: NetworkNode[]; edges: NetworkEdge[] } {
  void graph;
  throw new Error('toGraphJson: not implemented yet');
}

/** GraphML document (XML, escaped) with node and edge attributes declared as keys. */
export function toGraphML(graph: ActorGraph): string {
  void graph;
  throw new Error('toGraphML: not implemented yet');
}
