// The `pair` block `faultline relation` and POST /api/v1/relation carry when
// the pair ranker chose the pair (src/relation/guess-pair.ts), on pairs made
// up here; the choice itself on real sentences is tested with the CLI and API.
// (Its natural home is test/relation/; this helper owns test/cli/relation*.)

import { describe, expect, it } from 'vitest';
import { CONSIDERED_PAIRS, pairBlock, type GuessedPair, type RankedPair } from '../../src/relation/guess-pair.js';

const SENTENCE = 'Militia gunmen and police clashed with protesters in the capital.';

const at = (part: string): { start: number; end: number } => {
  const start = SENTENCE.indexOf(part);
  if (start < 0) throw new Error(`"${part}" is not in the sentence`);
  return { start, end: start + part.length };
};

const ranked = (source: string[], target: string[], score: number | null): RankedPair => ({ source: source.map(at), target: target.map(at), score });

const guessed = (pairs: RankedPair[], candidates: number): GuessedPair => {
  const [best] = pairs;
  if (best === undefined) throw new Error('no pair');
  return { ...best, candidates, ranked: pairs };
};

describe('pairBlock', () => {
  it.each([
    [0.912345678, { chosen_by: 'pair ranker', score: 0.9123 }],
    [0.5, { chosen_by: 'pair ranker', score: 0.5 }],
    [null, { chosen_by: 'coder', score: null }],
  ] as const)('a best score of %j → %j', (score, expected) => {
    const block = pairBlock(SENTENCE, guessed([ranked(['Militia gunmen'], ['protesters'], score)], 3));
    expect({ chosen_by: block.chosen_by, score: block.score }).toEqual(expected);
  });

  it('names every span of a compound side with its text', () => {
    const block = pairBlock(SENTENCE, guessed([ranked(['Militia gunmen', 'police'], ['protesters'], 0.8)], 4));
    expect(block.source).toEqual([
      { ...at('Militia gunmen'), text: 'Militia gunmen' },
      { ...at('police'), text: 'police' },
    ]);
    expect(block.target).toEqual([{ ...at('protesters'), text: 'protesters' }]);
    expect(block.candidates).toBe(4);
  });

  it(`lists the first ${CONSIDERED_PAIRS} candidates considered, in the order given, the chosen one first`, () => {
    const pairs = [0.9, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2].map((p, i) => ranked([i % 2 === 0 ? 'Militia gunmen' : 'police'], [i < 3 ? 'protesters' : 'the capital'], p));
    const block = pairBlock(SENTENCE, guessed(pairs, 9));
    expect(block.considered.length).toBe(CONSIDERED_PAIRS);
    expect(block.considered.map((c) => c.score)).toEqual([0.9, 0.7, 0.6, 0.5, 0.4]);
    expect(block.considered[0]).toEqual({ source: block.source, target: block.target, score: block.score });
    expect(block.considered[3]?.target[0]?.text).toBe('the capital');
  });
});
