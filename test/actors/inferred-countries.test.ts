// Countries the resolver infers for actors the dictionary does not name whole:
// titled surnames, offices of a country's bodies, ethnic groups where they
// live, people placed by "from" or "based in". Each inferred country is
// marked in the actor's entry.

import { describe, expect, it } from 'vitest';
import { parseActorFile } from '../../src/actors/actor-dictionary.js';
import { DocumentActors, findActors } from '../../src/actors/find-actors.js';
import { compileActorParts, loadActorDictionary, loadBuiltinActorParts } from '../../src/actors/load-actors.js';
import { expectMentions, type Expected } from './expect-mentions.js';

const dict = loadActorDictionary();

/** [sentence, expected mentions] — each sentence on its own, no home country. */
const CASES: Array<[string, Expected[]]> = [
  // --- a surname with an office: every listed person of that surname and office shares the country
  [
    'President Bush spoke by telephone with the king on Friday.',
    [
      { text: 'President Bush', kind: 'person', country: 'USA', sector: 'GOV', role: 'President', entry: 'sector:president+inferred:surname' },
      { text: 'the king', country: null },
    ],
  ],
  [
    'Mr. Bush told reporters the plan would work.',
    [
      { text: 'Mr. Bush', kind: 'person', country: 'USA', entry: 'person:honorific+inferred:surname' },
      { text: 'reporters', country: null },
    ],
  ],
  // Bush is listed as President only: a governor of that name is someone we do not know.
  ['Governor Bush signed the bill into law on Monday.', [{ text: 'Governor Bush', country: null, entry: 'sector:governor' }]],
  // A given name with a listed spelling of the surname is that person.
  [
    'President Francois Mitterand welcomed the delegation in the morning.',
    [{ text: 'President Francois Mitterand', country: 'FRA', person: 'François Mitterrand', entry: 'sector:president+person:francois-mitterrand' }],
  ],

  // --- an office of a country's body: "X's ministry's spokesman"
  [
    "Iran's Foreign Ministry's spokesman Nasser Kanaani denied the report.",
    [
      {
        text: "Iran's Foreign Ministry's spokesman Nasser Kanaani",
        kind: 'person',
        country: 'IRN',
        sector: 'GOV',
        role: 'Spokesperson',
        person: 'Nasser Kanaani',
        entry: 'country:IRN+sector:spokesperson+sector:foreign-ministry',
      },
    ],
  ],
  [
    'The Byelorussian interior minister, Yuri Karaev, met the protesters.',
    [
      { text: 'The Byelorussian interior minister, Yuri Karaev', country: 'BLR', sector: 'GOV', role: 'Interior Minister', person: 'Yuri Karaev' },
      { text: 'the protesters', country: null },
    ],
  ],
  [
    'The envoy later phoned his Turkish counterpart, Mehmet Yilmaz, about the crossing.',
    [
      { text: 'The envoy', country: null },
      { text: 'Turkish counterpart, Mehmet Yilmaz', country: 'TUR', sector: 'GOV', role: 'Counterpart', person: 'Mehmet Yilmaz' },
    ],
  ],
  // A counterpart is another state's: with no country named it takes no home country.
  ['His counterpart declined to comment.', []],
  ['Chinese negotiator Li Wei left the talks.', [{ text: 'Chinese negotiator Li Wei', country: 'CHN', sector: 'GOV', role: 'Negotiator' }]],
  ['Union negotiators rejected the offer.', [{ text: 'Union negotiators', sector: 'LAB' }]],
  ['AU peacekeeping troops reached the town.', [{ text: 'AU peacekeeping troops', igo: 'AU', sector: 'IGO' }]],
  // "Commision": a frequent misspelling of a body's head word.
  ['The Uganda Electoral Commision announced the results.', [{ text: 'The Uganda Electoral Commision', country: 'UGA', sector: 'GOV' }]],
  ["Kenya's central bank raised its key rate.", [{ text: "Kenya's central bank", country: 'KEN', sector: 'GOV' }]],

  // --- a country's possessive, up to two modifier words, then sector words
  [
    "Ankara's Cankaya district administration refused the permit.",
    [{ text: "Ankara's Cankaya district administration", country: 'TUR', sector: 'GOV', entry: 'capital:TUR:ankara+sector:government' }],
  ],
  [
    "Ghana's anti-graft agency questioned the minister.",
    [
      { text: "Ghana's anti-graft agency", country: 'GHA', sector: 'GOV' },
      { text: 'the minister', country: null },
    ],
  ],
  // A verb or plural between the possessive and the sector words ends the phrase.
  [
    "Israel's raids wounded civilians.",
    [
      { text: 'Israel', country: 'ISR' },
      { text: 'civilians', country: null },
    ],
  ],
  // An agency with no country named is no actor ("the agency said" is often a news agency).
  ['The agency said the talks would resume.', []],

  // --- ethnic groups are coded where they live; nationalities keep their own country
  [
    'Ethnic Hungarians in Romania marched through the city centre.',
    [
      { text: 'Hungarians', country: 'ROU', entry: 'demonym:HUN+residence:country:ROU' },
      { text: 'Romania', locative: true },
    ],
  ],
  [
    'The Serbs of northern Kosovo boycotted the vote.',
    [
      { text: 'The Serbs', country: 'XKX', entry: 'demonym:SRB+residence:country:XKX' },
      { text: 'Kosovo', country: 'XKX' },
    ],
  ],
  [
    'Ethnic Russian fighters operating in Moldova seized a bridge.',
    [
      { text: 'Ethnic Russian fighters', country: 'MDA', sector: 'REB', entry: 'demonym:RUS+sector:rebels+residence:country:MDA' },
      { text: 'Moldova', locative: true },
    ],
  ],
  [
    'Russian fighters in Moldova seized a bridge.',
    [
      { text: 'Russian fighters', country: 'RUS', entry: 'demonym:RUS+sector:rebels' },
      { text: 'Moldova', locative: true },
    ],
  ],
  [
    'The Syrians in Lebanon waited at the border.',
    [
      { text: 'The Syrians', country: 'SYR', entry: 'demonym:SYR' },
      { text: 'Lebanon', locative: true },
    ],
  ],

  // --- a people named after the state it lives in: the state's adjective first
  [
    'Bosnian Croat forces shelled the road.',
    [{ text: 'Bosnian Croat forces', country: 'BIH', sector: 'MIL', entry: 'demonym:BIH+ethnic:demonym:HRV+sector:army' }],
  ],
  ['Syrian Kurdish fighters crossed the river.', [{ text: 'Syrian Kurdish fighters', country: 'SYR', sector: 'REB', entry: 'demonym:SYR+ethnic:kurdish+sector:rebels' }]],
  ['Kosovar Serbs voted on Sunday.', [{ text: 'Kosovar Serbs', country: 'XKX', entry: 'demonym:XKX+ethnic:demonym:SRB' }]],
  ['Thousands of Turkish Kurds marched on Sunday.', [{ text: 'Turkish Kurds', country: 'TUR', sector: null, entry: 'demonym:TUR+ethnic:kurds' }]],
  // A singular second demonym with no sector words is two mentions ("Iraqi Arabs" has no sector either).
  [
    'The Turkish Russian trade grew.',
    [
      { text: 'Turkish', country: 'TUR' },
      { text: 'Russian', country: 'RUS' },
    ],
  ],

  // --- a body of a country named by its own longer name; the body of a titled person's country
  [
    'The Ghanaian Union of Nurses (GUN) suspended its strike.',
    [{ text: 'The Ghanaian Union of Nurses (GUN)', country: 'GHA', entry: 'demonym:GHA+body:union' }],
  ],
  [
    'Students marched against President Erdogan\'s government on Friday.',
    [
      { text: 'Students', country: null },
      { text: 'President Erdogan', country: 'TUR' },
      { text: 'government', country: 'TUR', sector: 'GOV', entry: 'sector:government+of:sector:president+person:recep-tayyip-erdogan' },
    ],
  ],

  // --- people placed by "from", "based in", "operating in"
  [
    'Nurses from three Canadian aid groups reached the camp.',
    [
      { text: 'Nurses', country: 'CAN', sector: 'MED', entry: 'sector:doctors+in:demonym:CAN' },
      { text: 'Canadian aid groups', country: 'CAN', sector: 'SOC' },
    ],
  ],
  [
    'Hackers from Iran defaced the websites.',
    [
      { text: 'Hackers', country: 'IRN', sector: 'CRM', entry: 'sector:criminals+in:country:IRN' },
      { text: 'Iran', locative: true },
    ],
  ],
  [
    'A terror cell based in Trinidad planned the attack.',
    [
      { text: 'terror cell', country: 'TTO', sector: 'REB', entry: 'sector:rebels+in:country:TTO' },
      { text: 'Trinidad', locative: true },
    ],
  ],
  // "from Americans": a demonym that heads no sector words places no one.
  ['Donations from Americans poured in.', [{ text: 'Americans', country: 'USA' }]],
];

describe('findActors infers countries and marks them', () => {
  for (const [sentence, expected] of CASES) {
    it(sentence, () => {
      expectMentions(sentence, findActors(sentence, dict, new DocumentActors(), { homeCountry: null }), expected);
    });
  }
});

describe('surname inference keeps to the document and the dictionary', () => {
  it('a person the document named first wins over the dictionary surname', () => {
    const memory = new DocumentActors();
    findActors('Governor Jeb Bush spoke first.', dict, memory, { homeCountry: null });
    const [m] = findActors('Governor Bush then left.', dict, memory, { homeCountry: null });
    expectMentions('Governor Bush then left.', m ? [m] : [], [{ text: 'Governor Bush', person: 'Jeb Bush' }]);
  });
  it('an office narrows the people of a surname; a surname shared across countries names none', () => {
    // Our own two people: one Khan a minister in Pakistan, another a mayor in Britain.
    const base = loadBuiltinActorParts();
    const people = parseActorFile(
      'test-khan-a | PAK | GOV | Interior Minister | - | Test Ahmad Khan\ntest-khan-b | GBR | GOV | Mayor | - | Test Sadiq Khan\n',
      'people-test.txt',
    ).entries;
    const small = compileActorParts({ ...base, entries: [...base.entries.filter((e) => !(e.kind === 'person' && /\bkhan$/i.test(e.name))), ...people] });
    const mention = (sentence: string): Expected[] => {
      const [m] = findActors(sentence, small, new DocumentActors(), { homeCountry: null });
      return m ? [{ text: sentence.slice(m.start, m.end), country: m.actor.country, entry: m.actor.entry }] : [];
    };
    expect(mention('Interior Minister Khan arrived in the morning.')).toEqual([
      { text: 'Interior Minister Khan', country: 'PAK', entry: 'sector:interior-minister+inferred:surname' },
    ]);
    expect(mention('Mayor Khan arrived in the morning.')).toEqual([{ text: 'Mayor Khan', country: 'GBR', entry: 'sector:mayor+inferred:surname' }]);
    expect(mention('Mr. Khan arrived in the morning.')).toEqual([{ text: 'Mr. Khan', country: null, entry: 'person:honorific' }]);
    // An office neither held: no guess.
    expect(mention('Senator Khan arrived in the morning.')).toEqual([{ text: 'Senator Khan', country: null, entry: 'sector:senator' }]);
  });
});
