import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/nlp/tokens.js';
import { firstPassive, isParticiple, passiveAt } from '../../src/relation/passive-voice.js';

describe('isParticiple', () => {
  it.each([
    ['attacked', true],
    ['taken', true],
    ['shown', true],
    ['held', true],
    ['caught', true],
    ['shot', true],
    ['led', true],
    ['the', false],
    ['red', false],
    ['talks', false],
  ] as const)('%s → %s', (word, expected) => {
    expect(isParticiple(tokenize(word)[0])).toBe(expected);
  });
});

describe('passiveAt', () => {
  it.each([
    ['The envoy was expelled from the capital.', 'was', 'expelled'],
    ['Two reporters have been detained since May.', 'been', 'detained'],
    ['The mayor was reportedly taken away.', 'was', 'taken'],
    ['The convoy is being held at the border.', 'is', 'held'],
  ] as const)('%s: "%s" starts a passive ending at "%s"', (sentence, aux, participle) => {
    const tokens = tokenize(sentence);
    const i = tokens.findIndex((t) => t.lower === aux);
    expect(tokens[passiveAt(tokens, i)]?.lower).toBe(participle);
  });

  it.each([
    ['The envoy was angry.', 'was'],
    ['The army attacked the town.', 'attacked'],
    ['Ministers were in talks.', 'were'],
  ] as const)('%s: no passive at "%s"', (sentence, word) => {
    const tokens = tokenize(sentence);
    expect(passiveAt(tokens, tokens.findIndex((t) => t.lower === word))).toBe(-1);
  });
});

describe('firstPassive', () => {
  const text = (sentence: string): string | null => {
    const span = firstPassive(tokenize(sentence));
    return span === null ? null : sentence.slice(span.start, span.end);
  };
  it.each([
    ['A blogger was arrested in the port city on Monday.', 'was arrested'],
    ['Police said three men had been charged and one was released.', 'been charged'],
    ['The council rejected the plan.', null],
  ] as const)('%s → %j', (sentence, expected) => {
    expect(text(sentence)).toBe(expected);
  });
});
