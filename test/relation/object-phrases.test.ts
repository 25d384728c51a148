import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../../src/actors/types.js';
import { tokenize } from '../../src/nlp/tokens.js';
import type { Span } from '../../src/records.js';
import { aimedPhrases, objectPhrases, placePhrases, subjectPhrase } from '../../src/relation/object-phrases.js';

/** Span of the first occurrence of `needle` (throws when absent, so a typo fails the test). */
function spanOf(text: string, needle: string): Span {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in "${text}"`);
  return { start, end: start + needle.length };
}

function mention(text: string, needle: string): ActorMention {
  const span = spanOf(text, needle);
  return { ...span, actor: { text: needle, name: needle, country: 'XXX', igo: null, sector: null, entry: 'test' }, kind: 'country', locative: false };
}

/** The phrases after the given verbs, as text. */
function phrases(sentence: string, verbs: readonly string[], mentions: readonly string[] = [], limit?: number): string[] {
  const spans = objectPhrases(
    tokenize(sentence),
    verbs.map((v) => spanOf(sentence, v)),
    mentions.map((m) => mention(sentence, m)),
    limit,
  );
  return spans.map((s) => sentence.slice(s.start, s.end));
}

describe('objectPhrases', () => {
  it.each([
    // ends at a preposition: "on the embassy" is where, not what
    [['Ruritania condemned the attack on the embassy.', 'condemned'], ['the attack']],
    [['The court filed a lawsuit against the mayor on Friday.', 'filed'], ['a lawsuit']],
    // one leading preposition is skipped
    [['Lawmakers voted against the budget.', 'voted'], ['the budget']],
    [['The army withdrew from the town at dawn.', 'withdrew'], ['the town']],
    [['The ministry opened an investigation into the deaths of two miners.', 'opened an investigation'], ['the deaths']],
    // a clause word ends it
    [['The envoy criticised the decision that the council took.', 'criticised'], ['the decision']],
    [['Villagers blamed the drought while officials waited.', 'blamed'], ['the drought']],
    // punctuation ends it
    [['The union rejected the offer, calling it an insult.', 'rejected'], ['the offer']],
    // at most seven words ("plan" is the eighth)
    [['The governor rejected the long awaited new national water sharing plan yesterday.', 'rejected'], ['the long awaited new national water sharing']],
    // a lone determiner is no object ("those" before "who")
    [['The minister condemned those who burned the flags.', 'condemned'], []],
    // nothing after the verb, or a clause word right after it
    [['The talks collapsed.', 'collapsed'], []],
    [['Rebels attacked after dark.', 'attacked'], []],
  ] as const)('%j → %j', ([sentence, verb], expected) => {
    expect(phrases(sentence, [verb])).toEqual(expected);
  });

  it('leaves out a phrase that overlaps an actor mention (that pair is a candidate already)', () => {
    const s = 'Ruritania condemned Freedonia on Monday.';
    expect(phrases(s, ['condemned'])).toEqual(['Freedonia']);
    expect(phrases(s, ['condemned'], ['Freedonia'])).toEqual([]);
    // a mention elsewhere does not matter
    expect(phrases(s, ['condemned'], ['Ruritania'])).toEqual(['Freedonia']);
  });

  it('takes the verbs in text order and stops at the limit', () => {
    const s = 'The council banned the march and praised the police response.';
    // given out of order, found in text order
    expect(phrases(s, ['praised', 'banned'])).toEqual(['the march', 'the police response']);
    expect(phrases(s, ['praised', 'banned'], [], 1)).toEqual(['the march']);
    // the default limit is two
    const t = 'Protesters blocked the road, burned tyres and stoned the convoy.';
    expect(phrases(t, ['blocked', 'burned', 'stoned'])).toEqual(['the road', 'tyres']);
    expect(phrases(t, ['blocked', 'burned', 'stoned'], [], 3)).toEqual(['the road', 'tyres', 'the convoy']);
  });

  it('gives a phrase once when two verb spans lead to it', () => {
    const s = 'The senate strongly condemned the raid.';
    expect(phrases(s, ['strongly condemned', 'condemned'])).toEqual(['the raid']);
  });
});

describe('objectPhrases: coordination', () => {
  // "and" ends a phrase (it mostly starts a new clause: "banned the march and
  // praised…") unless it joins two modifiers of one noun.
  it.each([
    [['Officials praised the quick and decisive response.', 'praised'], ['the quick and decisive response']],
    [['The envoy welcomed the free and fair elections in the north.', 'welcomed'], ['the free and fair elections']],
    [['Police banned the march and praised the organisers.', 'banned'], ['the march']],
    [['Police banned the march and the rally.', 'banned'], ['the march']],
    [['Rebels seized the town and fled.', 'seized'], ['the town']],
  ] as const)('%j → %j (coordination)', ([s, verb], expected) => {
    expect(phrases(s, [verb])).toEqual(expected);
  });
});

describe('aimedPhrases', () => {
  const aimed = (sentence: string, from: string, mentions: readonly string[] = []): string[] =>
    aimedPhrases(tokenize(sentence), spanOf(sentence, from).end, mentions.map((m) => mention(sentence, m))).map((s) => sentence.slice(s.start, s.end));
  it.each([
    [['The union filed a suit in a district court against the port authority.', 'filed'], ['the port authority']],
    [['The union filed a suit in a district court against Ruritania.', 'filed', ['Ruritania']], []],
    // only after the verb
    [['Against all odds, the union won the vote.', 'won'], []],
    [['The union filed a suit.', 'filed'], []],
  ] as const)('%j → %j', ([s, from, mentions = []], expected) => {
    expect(aimed(s, from, mentions)).toEqual(expected);
  });
});

describe('subjectPhrase', () => {
  const subject = (sentence: string, verb: string, mentions: readonly string[] = []): string | null => {
    const span = subjectPhrase(tokenize(sentence), spanOf(sentence, verb), mentions.map((m) => mention(sentence, m)));
    return span === null ? null : sentence.slice(span.start, span.end);
  };

  it.each([
    // back from the verb past auxiliaries and adverbs, to the start of the clause
    [['Smithers has reportedly agreed to resign.', 'agreed'], 'Smithers'],
    [['On Monday, the new farmers union boycotted the talks.', 'boycotted'], 'the new farmers union'],
    [['The women-led Hirak movement rejected the vote.', 'rejected'], 'The women-led Hirak movement'],
    // a time or place adverbial between subject and verb is skipped
    [['The Ruritanian farmers union here on Thursday called for calm.', 'called'], 'The Ruritanian farmers union'],
    [['Smithers on 4 May agreed to resign.', 'agreed'], 'Smithers'],
    // a preposition or clause word right before the verb: no subject
    [['Talks began after Monday.', 'Monday'], null],
  ])('%j → %j', ([sentence, verb], expected) => {
    expect(subject(sentence ?? '', verb ?? '')).toBe(expected);
  });

  it('gives none when an actor is named there (that one is a candidate already)', () => {
    expect(subject('The Ruritanian army shelled the town.', 'shelled', ['Ruritanian'])).toBeNull();
  });

  it('stops at seven words', () => {
    expect(subject('One two three four five six seven eight nine agreed.', 'agreed')).toBe('three four five six seven eight nine');
  });
});

describe('placePhrases', () => {
  const places = (sentence: string, mentions: readonly string[] = [], limit?: number): string[] =>
    placePhrases(tokenize(sentence), mentions.map((m) => mention(sentence, m)), limit).map((s) => sentence.slice(s.start, s.end));

  it.each([
    ['The firm will build a cable station at Digha.', ['Digha']],
    ['Troops were sent to the Old City in Hebron.', ['Old City', 'Hebron']],
    ['The minister arrived in Port Moresby on Monday.', ['Port Moresby']],
    // lower-case after the preposition: no name
    ['The talks were held in secret.', []],
    // the first word of a sentence is no place of a preposition
    ['In Lagos, traders protested.', []],
  ])('%s → %j', (sentence, expected) => {
    expect(places(sentence)).toEqual(expected);
  });

  it('leaves out names the resolver found and keeps at most `limit`', () => {
    expect(places('Envoys met in Ruritania and then in Dalston.', ['Ruritania'])).toEqual(['Dalston']);
    expect(places('They went to Alpha, to Beta and to Gamma.', [], 2)).toEqual(['Alpha', 'Beta']);
  });
});
