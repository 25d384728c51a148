// "Kenya condemned the attacks on Somalia" codes two events: Kenya's
// condemnation (ACCUSE) and its verbal defence of the victim (SUPPORT 052).
// The party after "by" is the attacker: it is the one condemned, never a
// victim Kenya defends.

import { describe, expect, it } from 'vitest';
import { codeDocument } from '../../src/coder/code-document.js';
import { loadResources } from '../../src/load-resources.js';

const res = loadResources();

function events(text: string): string[] {
  const coded = codeDocument({ text, docId: null, publishedAt: '2026-11-27', homeCountry: null }, res);
  return coded.events.map((e) => `${e.source.map((a) => a.country).join('+')} ${e.plover} ${e.target.map((a) => a.country ?? a.name).join('+')}`);
}

describe('the victim of a condemned act', () => {
  it('is defended when the act was done to it', () => {
    expect(events('Kenya condemned the attacks on Somalia.')).toContain('KEN SUPPORT SOM');
  });

  it.each([
    ['Kenya condemned attacks by Somali militants on its border posts.', 'KEN ACCUSE SOM'],
    ['Ghana denounced the raids by Malian rebels near the frontier.', 'GHA ACCUSE MLI'],
  ])('is not the agent after "by": %s', (text, accused) => {
    const coded = events(text);
    expect(coded).toContain(accused);
    expect(coded.filter((e) => e.includes(' SUPPORT '))).toEqual([]);
  });
});
