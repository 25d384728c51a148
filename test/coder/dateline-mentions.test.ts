// The dateline says where a report was filed: the coder names no actor in it,
// so no event and no candidate pair takes "JERUSALEM (AP)" for a party.

import { describe, expect, it } from 'vitest';
import { codeDocument } from '../../src/coder/code-document.js';
import { loadResources } from '../../src/load-resources.js';

const res = loadResources();

function mentionTexts(text: string): string[] {
  const coded = codeDocument({ text, docId: null, publishedAt: '2026-11-26', homeCountry: null }, res);
  return coded.mentions.flatMap((sm) => {
    const start = coded.sentences[sm.sentence]?.start ?? 0;
    return sm.mentions.map((m) => text.slice(start + m.start, start + m.end));
  });
}

describe('mentions and the dateline', () => {
  it.each([
    ['JERUSALEM (AP) -- Israel closed the crossing into Gaza on Monday.', ['Israel', 'Gaza']],
    ['MOSCOW, Nov 26 (Reuters) - Russia expelled two Polish diplomats.', ['Russia', 'Polish diplomats']],
    ['KYIV, Ukraine — Ukrainian forces shelled positions near Donetsk.', ['Ukrainian forces']],
  ])('%s names no actor in its dateline', (text, expected) => {
    const texts = mentionTexts(text);
    for (const e of expected) expect(texts).toContain(e);
    const body = text.search(/ (--|-|—) /);
    const inDateline = texts.filter((t) => text.indexOf(t) < body);
    expect(inDateline).toEqual([]);
  });

  it('keeps a capitalised first word that is no dateline ("Israel said")', () => {
    expect(mentionTexts('Israel said on Monday it would reopen the crossing.')).toContain('Israel');
  });
});
