import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../../src/actors/types.js';
import { tokenize } from '../../src/nlp/tokens.js';
import type { Span } from '../../src/records.js';
import type { RelationAnalysis, RelationPair } from '../../src/relation/analyse-relation.js';
import { pairFeatures, type SentenceView } from '../../src/relation/pair-features.js';

/** Span of the first occurrence of `needle` (throws when absent, so a typo fails the test). */
function spanOf(text: string, needle: string): Span {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in "${text}"`);
  return { start, end: start + needle.length };
}

const mention = (text: string, needle: string): ActorMention => ({
  ...spanOf(text, needle),
  actor: { text: needle, name: needle, country: 'XXX', igo: null, sector: null, entry: 'test' },
  kind: 'country',
  locative: false,
});

const analysis: RelationAnalysis = { features: new Map(), linked: [], forced: [], events: [], hits: [], mentions: [] };

/**
 * Features of the pair source → target ('' for no target) in a sentence
 * whose named actors are `names` and whose first verb is `verb`.
 */
function features(text: string, names: readonly string[], verb: string | null, source: string, target: string, targets?: readonly string[]): Map<string, number> {
  const view: SentenceView = {
    tokens: tokenize(text),
    mentions: names.map((n) => mention(text, n)),
    firstVerb: verb === null ? null : spanOf(text, verb).start,
    ...(targets === undefined ? {} : { targetStarts: targets.map((t) => spanOf(text, t).start).sort((a, b) => a - b) }),
  };
  const pair: RelationPair = { source: [spanOf(text, source)], target: target === '' ? [] : [spanOf(text, target)] };
  return pairFeatures(view, pair, analysis, false);
}

const value = (f: Map<string, number>, prefix: string): string | undefined => [...f.keys()].find((k) => k.startsWith(prefix) && !k.includes('&'))?.slice(prefix.length);

describe('pairFeatures: voice and speech', () => {
  const PASSIVE = 'Peru was sharply criticised by Chile over the dispute.';
  it('marks the agent after "by" and the subject of the passive', () => {
    const f = features(PASSIVE, ['Peru', 'Chile'], 'criticised', 'Chile', 'Peru');
    expect(value(f, 'source-role:')).toBe('agent');
    expect(value(f, 'target-role:')).toBe('passive-subject');
    expect(value(features(PASSIVE, ['Peru', 'Chile'], 'criticised', 'Peru', 'Chile'), 'source-role:')).toBe('passive-subject');
  });

  it('tells a reduced passive ("the force led by X") from a full one', () => {
    const f = features('The force led by Chile attacked Peru.', ['Chile', 'Peru'], 'attacked', 'Chile', 'Peru');
    expect(value(f, 'source-role:')).toBe('reduced-agent');
  });

  it.each([
    ['Peru attacked Bolivia, Chile said on Monday.', 'Chile', 'speaks'],
    ['Peru attacked Bolivia, said Chile.', 'Chile', 'speaks'],
    ['Chile has told reporters that Peru attacked Bolivia.', 'Chile', 'speaks'],
    ['Peru attacked Bolivia, according to Chile.', 'Chile', 'according'],
    ['Peru attacked Bolivia, Chile and Ecuador.', 'Chile', 'none'],
  ] as const)('%s: %s → %s', (text, side, role) => {
    const f = features(text, ['Peru', 'Bolivia', 'Chile'], 'attacked', 'Peru', side);
    expect(value(f, 'target-role:')).toBe(role);
  });
});

describe('pairFeatures: clauses', () => {
  it.each([
    ['Chile said that Peru attacked Bolivia.', 'Peru', 'said'],
    ['Chile protested after Peru attacked Bolivia.', 'Peru', 'sub'],
    ['Chile condemned the group which Peru armed.', 'Peru', 'rel'],
    ['Chile, which Peru armed, attacked Bolivia.', 'Chile', 'main'],
    ['In May, after talks with Chile, Peru attacked Bolivia.', 'Peru', 'main'],
  ] as const)('%s: %s stands in a "%s" clause', (text, side, clause) => {
    const f = features(text, ['Chile', 'Peru'], null, side, '');
    expect(value(f, 'source-clause:')).toBe(clause);
  });

  it('counts the commas between the sides', () => {
    expect(value(features('Chile, the neighbour, attacked Peru.', ['Chile', 'Peru'], 'attacked', 'Chile', 'Peru'), 'commas:')).toBe('2');
    expect(value(features('Chile attacked Peru.', ['Chile', 'Peru'], 'attacked', 'Chile', 'Peru'), 'commas:')).toBe('0');
  });

  it('marks a side in a preamble before the sentence proper', () => {
    const text = 'LIMA (Chile Radio): Peru attacked Bolivia.';
    expect(features(text, ['Chile', 'Peru', 'Bolivia'], 'attacked', 'Chile', 'Peru').has('source:preamble')).toBe(true);
    expect(features(text, ['Chile', 'Peru', 'Bolivia'], 'attacked', 'Peru', 'Bolivia').has('source:preamble')).toBe(false);
  });
});

describe('pairFeatures: distances and order', () => {
  const TEXT = 'Chile on Monday strongly condemned Peru and Bolivia over the dispute.';
  it('buckets the words between each side and the first verb', () => {
    const f = features(TEXT, ['Chile', 'Peru', 'Bolivia'], 'condemned', 'Chile', 'Bolivia');
    expect(value(f, 'source-verb-gap:')).toBe('3-5');
    expect(value(f, 'target-verb-gap:')).toBe('1-2');
    expect(value(features(TEXT, ['Chile', 'Peru', 'Bolivia'], 'condemned', 'Chile', 'Peru'), 'target-verb-gap:')).toBe('0');
  });

  it.each([
    ['Peru', '0'],
    ['Bolivia', '1'],
    ['the dispute', '2'],
  ] as const)('the target %s is candidate target %s after the verb', (target, order) => {
    const f = features(TEXT, ['Chile', 'Peru', 'Bolivia'], 'condemned', 'Chile', target, ['Peru', 'Bolivia', 'the dispute']);
    expect(value(f, 'target-order:')).toBe(order);
  });

  it('gives no target order without the candidate targets', () => {
    expect(value(features(TEXT, ['Chile', 'Peru', 'Bolivia'], 'condemned', 'Chile', 'Peru'), 'target-order:')).toBeUndefined();
  });

  it('names the word after the target', () => {
    expect(value(features(TEXT, ['Chile', 'Peru', 'Bolivia'], 'condemned', 'Chile', 'Bolivia'), 'target-after:')).toBe('over');
    expect(value(features(TEXT, ['Chile', 'Peru', 'Bolivia'], 'condemned', 'Chile', 'Peru'), 'target-after:')).toBe('and');
  });
});
