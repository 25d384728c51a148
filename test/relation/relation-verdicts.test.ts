import { describe, expect, it } from 'vitest';
import type { EvalFile } from '../../src/eval/eval-format.js';
import type { LinearModel } from '../../src/learn/linear-model.js';
import { loadResources } from '../../src/load-resources.js';
import { analyseRelation, codeText, type RelationPair } from '../../src/relation/analyse-relation.js';
import { pairActors } from '../../src/relation/pair-actors.js';
import type { RelationItem } from '../../src/relation/relation-items.js';
import { againstCoder, relationVerdicts } from '../../src/relation/relation-verdicts.js';

const res = loadResources();
const file = { format: 'gsr', file: 'x', items: [{}], problems: [] } as unknown as EvalFile;

/** Pairs, candidates and guessed-pair items of one sentence, coded once. */
function sentence(text: string): {
  pair: (a: string, b?: string) => RelationPair;
  candidate: (p: RelationPair) => { pair: RelationPair; analysis: ReturnType<typeof analyseRelation>; actors: ReturnType<typeof pairActors> };
  item: (first: RelationPair, others: RelationPair[], label?: string) => RelationItem;
} {
  const coded = codeText(text, res);
  const span = (a: string): { start: number; end: number } => ({ start: text.indexOf(a), end: text.indexOf(a) + a.length });
  const pair = (a: string, b?: string): RelationPair => ({ source: [span(a)], target: b === undefined ? [] : [span(b)] });
  const candidate = (p: RelationPair): { pair: RelationPair; analysis: ReturnType<typeof analyseRelation>; actors: ReturnType<typeof pairActors> } => ({
    pair: p,
    analysis: analyseRelation(text, p, res, coded),
    actors: pairActors(p, coded),
  });
  const item = (first: RelationPair, others: RelationPair[], label = 'ACCUSE'): RelationItem => {
    const c = candidate(first);
    return { index: 0, group: text, text, label, pair: first, pairFrom: 'mentions', analysis: c.analysis, actors: c.actors, alternatives: others.map(candidate) };
  };
  return { pair, candidate, item };
}

const { pair, item } = sentence('Norway met Chile and condemned Peru.');

// A model sure of ACCUSE whenever "condemned" comes before the target, and mildly of AGREE otherwise.
const model: LinearModel = { kind: 'logistic', labels: ['ACCUSE', 'AGREE'], bias: [0, 1], weights: new Map([['before-target1:condemn', [6, 0]]]) };

describe('relationVerdicts on a guessed pair', () => {
  it('prefers a pair naming both sides to a one-sided one, and names its actors', () => {
    // Alone, the one-sided pair is the answer; with a two-sided one beside it, the two-sided one wins.
    const [alone] = relationVerdicts(file, [item(pair('Norway'), [])], 'relation', () => model, res);
    expect(alone?.actors?.target).toEqual([]);
    const [v] = relationVerdicts(file, [item(pair('Norway'), [pair('Norway', 'Chile')])], 'relation', () => model, res);
    expect(v?.actors?.source.map((a) => a.country)).toEqual(['NOR']);
    expect(v?.actors?.target.map((a) => a.country)).toEqual(['CHL']);
    expect(v?.explanation).toContain('pair Norway → Chile');
  });

  it('among two-sided pairs, keeps the most confident answer with its actors', () => {
    const [v] = relationVerdicts(file, [item(pair('Norway', 'Chile'), [pair('Norway', 'Peru')])], 'relation', () => model, res);
    expect(v?.label).toBe('ACCUSE');
    expect(v?.actors?.target.map((a) => a.country)).toEqual(['PER']);
  });
});

describe('relationVerdicts, the order of the sources', () => {
  it('prefers the pair whose source comes first, whatever the confidence', () => {
    // Chile → Peru is the more confident ("condemned" before the target), but Norway comes first.
    const [v] = relationVerdicts(file, [item(pair('Chile', 'Peru'), [pair('Norway', 'Chile')])], 'relation', () => model, res);
    expect(v?.actors?.source.map((a) => a.country)).toEqual(['NOR']);
    expect(v?.label).toBe('AGREE');
  });
});

describe('relationVerdicts, pairs the rules link', () => {
  it("prefers, for one source, a target the coder's events link it to", () => {
    const jordan = sentence('Jordan and Britain have agreed to hold joint exercises, a Jordanian official said.');
    const unlinked = jordan.candidate(jordan.pair('Jordan', 'Jordanian official'));
    const linked = jordan.candidate(jordan.pair('Jordan', 'Britain'));
    expect(unlinked.analysis.linked).toEqual([]);
    expect(linked.analysis.linked.length).toBeGreaterThan(0);
    const flat: LinearModel = { kind: 'logistic', labels: ['AGREE', 'ACCUSE'], bias: [1, 0], weights: new Map() };
    const it0 = jordan.item(unlinked.pair, [linked.pair], 'AGREE');
    const [v] = relationVerdicts(file, [it0], 'relation', () => flat, res);
    expect(v?.actors?.target.map((a) => a.country)).toEqual(['GBR']);
  });
});

describe('relationVerdicts, who took part', () => {
  it('takes the actors from the pair whose sides resolve to countries, the type from the best-read pair', () => {
    const told = sentence('Norway told the envoys about Peru on Monday.');
    const envoys = told.candidate(told.pair('Norway', 'the envoys'));
    const peru = told.candidate(told.pair('Norway', 'Peru'));
    expect(envoys.actors.target).toEqual([]);
    expect([envoys.analysis.linked.length, peru.analysis.linked.length]).toEqual([0, 0]);
    // A model without weights reads both pairs alike, so the first (the envoys) gives the type; Peru's pair names a country.
    const m: LinearModel = { kind: 'logistic', labels: ['ACCUSE', 'AGREE'], bias: [1, 0], weights: new Map() };
    const it0 = told.item(envoys.pair, [peru.pair]);
    const [v] = relationVerdicts(file, [it0], 'relation', () => m, res);
    expect(v?.label).toBe('ACCUSE');
    expect(v?.actors?.target.map((a) => a.country)).toEqual(['PER']);
    expect(v?.explanation).toMatch(/^who from pair Norway → Peru; /);
  });
});

describe('againstCoder: the direction the rule coder read', () => {
  const run = (text: string): { events: ReturnType<typeof codeText>['events']; pair: (a: string, b?: string) => RelationPair } => {
    const coded = codeText(text, res);
    const span = (a: string): { start: number; end: number } => ({ start: text.indexOf(a), end: text.indexOf(a) + a.length });
    return { events: coded.events, pair: (a, b) => ({ source: [span(a)], target: b === undefined ? [] : [span(b)] }) };
  };

  it.each([
    // [sentence, the passive subject, the agent]
    ['Sudanese refugees were attacked by Chadian rebels on Sunday.', 'Sudanese refugees', 'Chadian rebels'],
    ['A camp for Sudanese refugees was attacked by Chadian rebels on Sunday.', 'Sudanese refugees', 'Chadian rebels'],
  ])('%s: the subject as the source is against it, the agent is not', (text, subject, agent) => {
    const { events, pair } = run(text);
    expect(againstCoder(pair(subject, agent), events)).toBe(true);
    expect(againstCoder(pair(agent, subject), events)).toBe(false);
  });

  it('a joint act coded both ways is against neither direction', () => {
    const { events, pair } = run('Chile and Peru signed a trade agreement on Monday.');
    expect(againstCoder(pair('Chile', 'Peru'), events)).toBe(false);
    expect(againstCoder(pair('Peru', 'Chile'), events)).toBe(false);
  });

  it('the who of a verdict follows the agent of a passive, the ranker notwithstanding', () => {
    const s = sentence('Sudanese refugees were attacked by Chadian rebels on Sunday.');
    const reversed = s.pair('Sudanese refugees', 'Chadian rebels');
    const agentFirst = s.pair('Chadian rebels', 'Sudanese refugees');
    // A ranker that prefers whatever pair comes first in the list: the reversed one.
    const ranker: LinearModel = { kind: 'logistic', labels: ['0', '1'], bias: [0, 0], weights: new Map() };
    const [v] = relationVerdicts(file, [s.item(reversed, [agentFirst], 'ASSAULT')], 'relation', () => model, res, () => ranker);
    expect(v?.actors?.source.map((a) => a.country)).toEqual(['TCD']);
    expect(v?.actors?.target.map((a) => a.country)).toEqual(['SDN']);
  });
});
