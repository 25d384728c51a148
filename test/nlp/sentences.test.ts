import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';
import { tokenize } from '../../src/nlp/tokens.js';
import { identityText, normaliseText } from '../../src/nlp/normalise.js';

describe('splitSentences', () => {
  it.each([
    ['Iraq condemned the attack. Iran denied it.', ['Iraq condemned the attack.', 'Iran denied it.']],
    ['Mr. Al-Araji spoke in Moscow. He left.', ['Mr. Al-Araji spoke in Moscow.', 'He left.']],
    ['U.S. officials met Gen. Smith on Monday. Talks ended.', ['U.S. officials met Gen. Smith on Monday.', 'Talks ended.']],
    ['He said: “We will not negotiate.” The talks ended.', ['He said: “We will not negotiate.”', 'The talks ended.']],
    ['INA–Baghdad\nNational Security Advisor spoke.', ['INA–Baghdad', 'National Security Advisor spoke.']],
    ['Prices rose 3.5 percent in Jan. and fell in March.', ['Prices rose 3.5 percent in Jan. and fell in March.']],
    ['Is it war? No, officials said!  Then silence.', ['Is it war?', 'No, officials said!', 'Then silence.']],
  ])('%s', (text, expected) => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('tokenize', () => {
  it('keeps offsets, abbreviations and hyphenated names, splits possessives', () => {
    const text = "Iraq's Mr. Al-Araji met U.S. envoys, 3,000 troops.";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Iraq', "'s", 'Mr.', 'Al-Araji', 'met', 'U.S.', 'envoys', ',', '3,000', 'troops', '.']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.filter((t) => !t.word).map((t) => t.text)).toEqual([',', '.']);
  });

  it('folds curly apostrophes in the lower-case form', () => {
    expect(tokenize('Iran’s').map((t) => t.lower)).toEqual(['iran', "'s"]);
  });
});

describe('normalisation', () => {
  it('normalises spaces and line ends but keeps quotes', () => {
    expect(normaliseText('a\u00a0b\r\nc  \n“d”')).toBe('a b\nc\n“d”');
  });
  it('gives the same identity to trivially re-encoded copies', () => {
    expect(identityText('Iraq’s  “war”\n– ok')).toBe(identityText("iraq's \"war\" - OK"));
  });
});
