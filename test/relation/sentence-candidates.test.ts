import { describe, expect, it } from 'vitest';
import { loadResources } from '../../src/load-resources.js';
import { codeText, type RelationPair } from '../../src/relation/analyse-relation.js';
import { sentenceCandidates } from '../../src/relation/sentence-candidates.js';

const res = loadResources();

function candidatesOf(text: string): ReturnType<typeof sentenceCandidates> & { names: string[] } {
  const out = sentenceCandidates(text, res, codeText(text, res));
  const side = (spans: RelationPair['source']): string => spans.map((s) => text.slice(s.start, s.end)).join('+');
  return { ...out, names: out.candidates.map((c) => `${side(c.pair.source)}>${side(c.pair.target)}`) };
}

const BOMBING = 'Norway condemned the bombing of the market.';
const DISPUTE = 'Chile criticised Peru over the fishing dispute.';
const TWO_TARGETS = 'Kenya accused Uganda of arming rebels and praised Tanzania.';

describe('sentenceCandidates', () => {
  it.each([
    [BOMBING, 'Norway>the bombing of the market'],
    [DISPUTE, 'Chile>Peru'],
    [TWO_TARGETS, 'Kenya>Uganda'],
  ])('%s: the chosen pair comes first (%s)', (text, expected) => {
    const { chosen, candidates, names } = candidatesOf(text);
    expect(names[0]).toBe(expected);
    expect(candidates[0]?.pair).toEqual({ source: chosen.source, target: chosen.target });
  });

  it.each([BOMBING, DISPUTE, TWO_TARGETS])('%s: no pair twice', (text) => {
    const { candidates } = candidatesOf(text);
    const keys = candidates.map((c) => JSON.stringify([c.pair.source, c.pair.target]));
    expect(new Set(keys).size).toBe(keys.length);
    expect(candidates.length).toBeGreaterThan(1);
  });

  it('offers the object phrase after the verb as a target when no actor stands there', () => {
    const { candidates, names } = candidatesOf(BOMBING);
    const i = names.indexOf('Norway>the bombing');
    expect(i).toBeGreaterThan(0);
    expect(candidates[i]?.rankFeatures?.get('target-kind:object')).toBe(1);
  });

  it('offers an object phrase after a named target too, from each actor before it', () => {
    const { names } = candidatesOf(DISPUTE);
    expect(names).toEqual(expect.arrayContaining(['Chile>the fishing dispute', 'Peru>the fishing dispute']));
    // never an object phrase before its source
    expect(names.filter((n) => n.startsWith('the fishing dispute>'))).toEqual([]);
  });

  it('offers the place of an agentless passive as the side that acted', () => {
    expect(candidatesOf('A Kenyan journalist was detained at Lokichogio for two days.').names).toContain('Lokichogio>Kenyan journalist');
    // with an agent, the agent is the source and the place is not
    expect(candidatesOf('A Kenyan journalist was detained by soldiers at Lokichogio.').names).not.toContain('Lokichogio>Kenyan journalist');
  });

  it('offers the phrase after "against" further on as a target', () => {
    expect(candidatesOf('Chile lodged a complaint in a Lima court against the fishing fleet.').names).toContain('Chile>the fishing fleet');
    // with no verb known ("unleashed"), from the first actor on
    const unknownVerb = candidatesOf('Chile, a small but proud country, has unleashed cyber warfare against the fishing fleet.');
    expect(unknownVerb.names).toContain('Chile>the fishing fleet');
  });

  it('gives the other actors as targets of the same source', () => {
    const { names } = candidatesOf(TWO_TARGETS);
    expect(names).toEqual(expect.arrayContaining(['Kenya>Tanzania', 'Kenya>rebels']));
  });

  it.each([BOMBING, DISPUTE, TWO_TARGETS])('%s: only the first candidate has the "chosen" feature', (text) => {
    const { candidates } = candidatesOf(text);
    expect(candidates.map((c) => c.rankFeatures?.get('chosen') ?? 0)).toEqual(candidates.map((_, i) => (i === 0 ? 1 : 0)));
  });

  it('gives every candidate its analysis and the actors it stands for', () => {
    const { candidates, names } = candidatesOf(DISPUTE);
    for (const c of candidates) {
      expect(c.analysis.features.size).toBeGreaterThan(0);
      expect(c.actors?.source.map((a) => a.country)).toEqual(c.pair.source.length > 0 ? [expect.any(String)] : []);
    }
    expect(candidates[0]?.actors?.target.map((a) => a.country)).toEqual(['PER']);
    // an object phrase names nobody
    expect(candidates[names.indexOf('Chile>the fishing dispute')]?.actors?.target).toEqual([]);
  });
});
