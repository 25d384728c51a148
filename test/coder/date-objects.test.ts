// A verb with no actor after it may take the noun phrase that follows as its
// target ("condemned the bombing"). A date is never that phrase: "rioted on
// Sunday" says when, not against whom.

import { describe, expect, it } from 'vitest';
import { codeDocument } from '../../src/coder/code-document.js';
import { loadResources } from '../../src/load-resources.js';

const res = loadResources();

function targetTexts(text: string): string[] {
  const coded = codeDocument({ text, docId: null, publishedAt: '2026-11-27', homeCountry: null }, res);
  return coded.events.flatMap((e) => e.target.map((a) => a.text));
}

describe('dates are not objects', () => {
  it.each([
    'Inmates rioted on Sunday at the central prison in Bamako.',
    'Dockworkers rioted on Tuesday near the port of Mombasa.',
  ])('%s', (text) => {
    const targets = targetTexts(text);
    expect(targets.filter((t) => /day$/i.test(t))).toEqual([]);
  });

  it('still takes a noun phrase after the verb', () => {
    expect(targetTexts('Kenya condemned the bombing of the market in Mogadishu.').join(' ')).toMatch(/bombing/);
  });
});
