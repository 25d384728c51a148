import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { aggregateEvents } from '../../src/analytics/actor-key.js';
import {
  betweennessCentrality,
  bridgingActors,
  buildNetwork,
  neighboursFromCountries,
  spilloverExposure,
  toGraphJson,
  toGraphML,
  type ActorGraph,
} from '../../src/analytics/network.js';
import type { Quad } from '../../src/records.js';
import { makeEvent } from './make-event.js';
import { findAll, readXml } from './read-xml.js';

function ev(s: string, t: string, quad: Quad, n = 1, date = '2024-03-20') {
  return Array.from({ length: n }, () => makeEvent({ date, source: [s], target: [t], quad }));
}

const rows = aggregateEvents(
  [
    ...ev('IRN', 'ISR', 4, 6),
    ...ev('ISR', 'IRN', 3, 2),
    ...ev('RUS', 'UKR', 4, 5),
    ...ev('USA', 'IRN', 3, 3),
    ...ev('USA', 'RUS', 3, 2),
    ...ev('USA/GOV', 'FRA', 1, 4),
    ...ev('FRA', 'DEU', 2, 3),
    ...ev('IRN', 'IRQ', 1, 1),
    ...ev('CHN', 'USA', 4, 9, '2023-01-01'),
  ],
  { withSector: true },
);

describe('betweennessCentrality', () => {
  it('star: the centre lies on every path', () => {
    const b = betweennessCentrality(['c', 'x', 'y', 'z'], [{ source: 'c', target: 'x' }, { source: 'c', target: 'y' }, { source: 'z', target: 'c' }]);
    expect([...b.values()]).toEqual([1, 0, 0, 0]);
  });
  it('path a-b-c-d: inner nodes carry 2 of 3 pairs; split shortest paths share credit', () => {
    const b = betweennessCentrality(['a', 'b', 'c', 'd'], [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }, { source: 'c', target: 'd' }]);
    expect(b.get('b')).toBeCloseTo(2 / 3, 9);
    expect(b.get('a')).toBe(0);
    const square = betweennessCentrality(['a', 'b', 'c', 'd'], [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }, { source: 'c', target: 'd' }, { source: 'd', target: 'a' }]);
    // One pair (a, c) of three through b or d, half the credit each.
    expect(square.get('b')).toBeCloseTo(0.5 / 3, 9);
  });
});

describe('buildNetwork', () => {
  const graph = buildNetwork(rows, { asOf: '2024-03-31', windowDays: 30 });
  const edge = (a: string, b: string) => graph.edges.find((e) => e.source === a && e.target === b);

  it('one signed, weighted, undirected edge per pair within the window, sectors collapsed', () => {
    expect(edge('IRN', 'ISR')).toMatchObject({ volume: 8, conflict: 8, cooperation: 0, sign: -1, balance: -1 });
    expect(edge('FRA', 'USA')).toMatchObject({ volume: 4, cooperation: 4, sign: 1, goldsteinMean: 3 });
    expect(edge('CHN', 'USA')).toBeUndefined();
    expect(graph.nodes.map((n) => n.id)).toEqual(['DEU', 'FRA', 'IRN', 'IRQ', 'ISR', 'RUS', 'UKR', 'USA']);
    expect(graph.nodes.find((n) => n.id === 'USA')).toMatchObject({ volume: 9, degree: 3 });
  });

  it('marks the actor that links two separate conflict clusters', () => {
    expect(bridgingActors(graph)).toEqual([
      { id: 'USA', betweenness: graph.nodes.find((n) => n.id === 'USA')!.betweenness, clusters: [['IRN', 'ISR'], ['RUS', 'UKR']] },
    ]);
    expect(graph.nodes.filter((n) => n.bridging).map((n) => n.id)).toEqual(['USA']);
    // USA sits between Europe and both conflicts: the most central actor.
    const top = [...graph.nodes].sort((a, b) => b.betweenness - a.betweenness)[0];
    expect(top?.id).toBe('USA');
  });

  it('spillover exposure comes from partners weighted by volume and from land neighbours', () => {
    const escalation = new Map([['IRN', 2], ['RUS', 1]]);
    const neighbours = new Map([['IRQ', ['IRN', 'SAU']]]);
    const x = spilloverExposure(graph, escalation, neighbours);
    // IRQ: its only partner is IRN (0.6 × 2) and one of its two neighbours (0.4 × 2/2).
    expect(x.get('IRQ')).toBeCloseTo(0.6 * 2 + 0.4 * 1, 9);
    // USA: 3 of 9 events with IRN, 2 of 9 with RUS, none with escalating FRA.
    expect(x.get('USA')).toBeCloseTo(0.6 * ((3 * 2 + 2 * 1) / 9), 9);
    expect(x.get('IRN')).toBe(0);
    const g = buildNetwork(rows, { asOf: '2024-03-31', windowDays: 30, escalation, neighbours });
    expect(g.nodes.find((n) => n.id === 'IRQ')?.exposure).toBeCloseTo(1.6, 6);
  });

  it('keeps sectors apart when asked', () => {
    const g = buildNetwork(rows, { asOf: '2024-03-31', windowDays: 30, collapseSectors: false });
    expect(g.edges.some((e) => e.source === 'FRA' && e.target === 'USA/GOV')).toBe(true);
  });
});

describe('neighbours', () => {
  it('are made symmetric', () => {
    const n = neighboursFromCountries([{ cca3: 'AAA', borders: ['BBB'] }, { cca3: 'CCC' }]);
    expect(Object.fromEntries(n)).toEqual({ AAA: ['BBB'], BBB: ['AAA'], CCC: [] });
  });
  it('read from world-countries land borders', () => {
    const countries = createRequire(import.meta.url)('world-countries') as Array<{ cca3: string; borders: string[] }>;
    const n = neighboursFromCountries(countries);
    expect(n.get('IRQ')).toEqual(expect.arrayContaining(['IRN', 'SYR', 'TUR', 'KWT', 'SAU', 'JOR']));
    expect(n.get('ISL')).toEqual([]);
  });
});

describe('export', () => {
  const graph: ActorGraph = {
    asOf: '2024-03-31',
    windowDays: 30,
    from: '2024-03-02',
    nodes: [
      { id: 'A&B <"x">', volume: 3, degree: 1, betweenness: 0, escalation: 0.5, exposure: 0, bridging: false },
      { id: "C'D", volume: 3, degree: 1, betweenness: 0, escalation: 0, exposure: 0.3, bridging: true },
    ],
    edges: [{ source: 'A&B <"x">', target: "C'D", volume: 3, cooperation: 1, conflict: 2, balance: -1 / 3, sign: -1, goldsteinMean: -2 }],
  };

  it('JSON is plain data', () => {
    expect(JSON.parse(JSON.stringify(toGraphJson(graph)))).toEqual(graph);
  });

  it('GraphML is well-formed XML that round-trips ids and attributes', () => {
    const xml = toGraphML(graph);
    const root = readXml(xml);
    expect(root.name).toBe('graphml');
    expect(root.attributes['xmlns']).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(findAll(root, 'node').map((n) => n.attributes['id'])).toEqual(['A&B <"x">', "C'D"]);
    const [e] = findAll(root, 'edge');
    expect([e?.attributes['source'], e?.attributes['target']]).toEqual(['A&B <"x">', "C'D"]);
    const keys = findAll(root, 'key').map((k) => `${k.attributes['for']}:${k.attributes['attr.name']}:${k.attributes['attr.type']}`);
    expect(keys).toContain('edge:sign:int');
    expect(keys).toContain('node:bridging:boolean');
    expect(findAll(root, 'graph')[0]?.attributes['edgedefault']).toBe('undirected');
    const sign = e?.children.find((d) => d.attributes['key'] === 'e_sign');
    expect(sign?.text).toBe('-1');
    // Every data element refers to a declared key.
    const declared = new Set(findAll(root, 'key').map((k) => k.attributes['id']));
    expect(findAll(root, 'data').every((d) => declared.has(d.attributes['key']))).toBe(true);
  });

  it('the XML reader used above rejects malformed documents', () => {
    const bad: string[] = ['<a><b></a>', '<a x="1 & 2"/>', '<a>1 < 2</a>', '<a x="1" x="2"/>', '<a>'];
    for (const xml of bad) expect(() => readXml(xml), xml).toThrow();
  });
});
