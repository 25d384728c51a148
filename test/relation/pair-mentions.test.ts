import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../../src/actors/types.js';
import { mentionInside, pairMentions } from '../../src/relation/pair-mentions.js';

const actor = (name: string, country: string | null, sector: ActorMention['actor']['sector'] = null): ActorMention['actor'] => ({
  text: name,
  name,
  country,
  igo: null,
  sector,
  entry: 'test',
});

//           0         1         2         3         4         5
//           0123456789012345678901234567890123456789012345678901234
const text = 'Iraqi police arrested a reporter of the Reuters agency in Basra.';
const resolver: ActorMention[] = [
  { start: 0, end: 12, actor: actor('Iraqi police', 'IRQ', 'COP'), kind: 'demonym', locative: false },
  { start: 58, end: 63, actor: actor('Basra', 'IRQ'), kind: 'capital', locative: true },
];

describe('pairMentions', () => {
  it('keeps the resolved actor inside a marked span and adds a placeholder for an unresolved one', () => {
    const { mentions, marked } = pairMentions(text, resolver, [{ start: 0, end: 12 }], [{ start: 22, end: 32 }]);
    expect(marked.map((m) => [m.side, m.resolved, m.actor.country, m.actor.sector])).toEqual([
      ['source', true, 'IRQ', 'COP'],
      ['target', false, null, null],
    ]);
    expect(marked[1]?.actor.text).toBe('a reporter');
    // Basra stays, the marked spans replace what they overlap, sorted by offset.
    expect(mentions.map((m) => [m.start, m.end])).toEqual([
      [0, 12],
      [22, 32],
      [58, 63],
    ]);
  });

  it('drops resolver mentions that overlap a marked span', () => {
    const { mentions } = pairMentions(text, resolver, [{ start: 6, end: 21 }], []);
    expect(mentions.map((m) => m.start)).toEqual([6, 58]);
  });

  it('mentionInside prefers the largest overlap, then a non-locative mention', () => {
    expect(mentionInside(resolver, { start: 0, end: 5 })?.actor.name).toBe('Iraqi police');
    expect(mentionInside(resolver, { start: 30, end: 40 })).toBeNull();
  });
});
