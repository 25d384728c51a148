// Table tests for the resolver's coverage of ordinary news writing: acronyms
// in title case, hyphenated modifiers, people known by name, government
// bodies, regions and plural generics, organisations we do not list.

import { describe, expect, it } from 'vitest';
import { DocumentActors, findActors } from '../../src/actors/find-actors.js';
import { loadActorDictionary } from '../../src/actors/load-actors.js';
import { expectMention, expectMentions, type Expected } from './expect-mentions.js';

const dict = loadActorDictionary();

function run(sentence: string, homeCountry: string | null = null): ReturnType<typeof findActors> {
  return findActors(sentence, dict, new DocumentActors(), { homeCountry });
}

/** [sentence, the mention expected among the others] */
type One = [string, Expected];
/** [sentence, the texts that must not be mentions] */
type None = [string, string[]];

function table(name: string, rows: readonly One[], misses: readonly None[] = []): void {
  describe(name, () => {
    for (const [sentence, expected] of rows) it(`${sentence} → ${expected.text}`, () => expectMention(sentence, run(sentence), expected));
    for (const [sentence, texts] of misses) {
      it(`${sentence}: not ${texts.join(', ')}`, () => {
        const got = run(sentence).map((m) => sentence.slice(m.start, m.end));
        for (const t of texts) expect(got, sentence).not.toContain(t);
      });
    }
  });
}

table(
  'acronyms written in title case',
  [
    ['A Nato spokesman said more air defence systems were coming.', { text: 'Nato spokesman', igo: 'NATO', sector: 'IGO' }],
    ['The Asean summit opened in Jakarta.', { text: 'The Asean', igo: 'ASEAN' }],
    ['Ecowas threatened sanctions against the junta.', { text: 'Ecowas', igo: 'ECOWAS', sector: 'IGO' }],
    ['The Farc handed over its weapons.', { text: 'The Farc', kind: 'group', country: 'COL', sector: 'REB' }],
    ['Opec cut its output forecast.', { text: 'Opec', igo: 'OPEC' }],
    ['Isis claimed the attack.', { text: 'Isis', kind: 'group', country: null, sector: 'REB' }],
  ],
  [
    // Acronyms that are English words keep their capitals.
    ['Who said the talks had failed?', ['Who']],
  ],
);

table(
  'hyphenated modifiers name their actor',
  [
    ['A Saudi-led strike hit a market.', { text: 'Saudi', kind: 'demonym', country: 'SAU' }],
    ['An Iran-allied group claimed the attack.', { text: 'Iran', country: 'IRN' }],
    ['Taliban-claimed car bombs killed five.', { text: 'Taliban', kind: 'group', country: 'AFG' }],
    ['Moscow-backed separatists shelled the town.', { text: 'Moscow', country: 'RUS' }],
    ['Hamas-run health authorities gave the toll.', { text: 'Hamas', country: 'PSE', sector: 'REB' }],
    ['The United Nations-brokered truce held.', { text: 'The United Nations', igo: 'UNO' }],
    ['Fighting in ISIS-held districts went on.', { text: 'ISIS', kind: 'group' }],
    ['US-led forces withdrew.', { text: 'US', country: 'USA' }],
    ['The Russia-Ukraine war entered its third year.', { text: 'Russia', country: 'RUS' }],
    ['The Russia-Ukraine war entered its third year.', { text: 'Ukraine', country: 'UKR' }],
    ['Israeli-Palestinian talks resumed.', { text: 'Palestinian', country: 'PSE' }],
  ],
  [
    ['Guinea-Bissau held elections.', ['Guinea']],
    ['A well-led team won.', ['well']],
  ],
);

describe('hyphenated names the dictionary knows whole stay whole', () => {
  it('Guinea-Bissau, al-Qaeda-linked', () => {
    const s = 'Guinea-Bissau arrested al-Qaeda-linked fighters.';
    expectMentions(s, run(s), [
      { text: 'Guinea-Bissau', country: 'GNB' },
      { text: 'al-Qaeda', kind: 'group' },
      { text: 'fighters', sector: 'REB' },
    ]);
  });
});
