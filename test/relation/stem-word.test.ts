import { describe, expect, it } from 'vitest';
import { stemWord } from '../../src/relation/stem-word.js';

describe('stemWord', () => {
  // Inflections of one word fold together.
  it.each([
    [['condemn', 'condemns', 'condemned', 'condemning'], 'condemn'],
    [['impose', 'imposes', 'imposed', 'imposing'], 'impos'],
    [['agree', 'agrees', 'agreed', 'agreeing'], 'agre'],
    [['ban', 'bans', 'banned', 'banning'], 'ban'],
    [['talk', 'talks', 'talked'], 'talk'],
    [['meet', 'met', 'meets'], 'meet'],
    [['withdraw', 'withdrew', 'withdrawn'], 'withdraw'],
    [['ally', 'allies', 'allied'], 'ally'],
    [['kill', 'killed', 'killing'], 'kill'],
  ])('%j → %s', (words, stem) => {
    for (const w of words) expect(stemWord(w)).toBe(stem);
  });

  // Words whose ending is part of the stem are kept.
  it.each([
    ['crisis', 'crisis'],
    ['news', 'news'],
    ['us', 'us'],
    ['process', 'process'],
    ['u.s.', 'u.s.'],
    ['1,000', '1,000'],
  ])('%s stays %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });
});
