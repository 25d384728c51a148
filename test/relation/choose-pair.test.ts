import { describe, expect, it } from 'vitest';
import { loadResources } from '../../src/load-resources.js';
import { codeText } from '../../src/relation/analyse-relation.js';
import { candidatePairs } from '../../src/relation/choose-pair.js';

const res = loadResources();
const names = (text: string): string[] => {
  const c = codeText(text, res);
  return candidatePairs(c.events, c.mentions).map(
    (p) => `${p.source.map((s) => text.slice(s.start, s.end)).join('+')}>${p.target.map((s) => text.slice(s.start, s.end)).join('+')}`,
  );
};

describe('candidatePairs and places', () => {
  it('tries a country named as a place as a target, never as a source', () => {
    const pairs = names("Norway's prime minister gave a news conference in Lebanon on Tuesday.");
    expect(pairs.some((p) => p.endsWith('>Lebanon'))).toBe(true);
    expect(pairs.some((p) => p.startsWith('Lebanon>'))).toBe(false);
  });

  it('tries only the first two places', () => {
    const pairs = names('Chile sent observers to Peru, then to Bolivia and to Ecuador.');
    expect(pairs).toContain('Chile>Peru');
    expect(pairs).toContain('Chile>Bolivia');
    expect(pairs).not.toContain('Chile>Ecuador');
  });
});
