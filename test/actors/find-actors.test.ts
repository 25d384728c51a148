import { describe, expect, it } from 'vitest';
import { DocumentActors, findActors } from '../../src/actors/find-actors.js';
import { loadActorDictionary } from '../../src/actors/load-actors.js';
import type { ActorMention, MentionKind } from '../../src/actors/types.js';
import type { Sector } from '../../src/records.js';

const dict = loadActorDictionary();

/** What a test expects of one mention: its text, and any fields it names. */
interface Expected {
  text: string;
  kind?: MentionKind;
  country?: string | null;
  igo?: string | null;
  sector?: Sector | null;
  role?: string;
  person?: string;
  name?: string;
  locative?: boolean;
}

type Viewed = Required<Omit<Expected, 'role' | 'person'>> & { role: string | undefined; person: string | undefined };

function view(sentence: string, m: ActorMention): Viewed {
  return {
    text: sentence.slice(m.start, m.end),
    kind: m.kind,
    country: m.actor.country,
    igo: m.actor.igo,
    sector: m.actor.sector,
    role: m.actor.role,
    person: m.actor.person,
    name: m.actor.name,
    locative: m.locative,
  };
}

function check(sentence: string, mentions: ActorMention[], expected: Expected[]): void {
  const got = mentions.map((m) => view(sentence, m));
  expect(got.map((g) => g.text), sentence).toEqual(expected.map((e) => e.text));
  expected.forEach((e, i) => {
    const g = got[i];
    const picked = Object.fromEntries(Object.keys(e).map((k) => [k, g?.[k as keyof typeof g]]));
    expect(picked, `${sentence} → ${e.text}`).toEqual(e);
  });
}

/** [sentence, expected mentions, home country] — each sentence on its own (fresh document memory). */
const SENTENCES: Array<[string, Expected[], string?]> = [
  // --- composite phrases -----------------------------------------------------------
  [
    'Iraqi Prime Minister Mohammed Shia al-Sudani arrived in Amman on Sunday.',
    [
      { text: 'Iraqi Prime Minister Mohammed Shia al-Sudani', kind: 'person', country: 'IRQ', sector: 'GOV', role: 'Prime Minister', person: 'Mohammed Shia al-Sudani', name: 'Mohammed Shia al-Sudani' },
      { text: 'Amman', kind: 'capital', country: 'JOR', locative: true },
    ],
  ],
  ['The Iraqi government rejected the proposal.', [{ text: 'The Iraqi government', kind: 'demonym', country: 'IRQ', sector: 'GOV', name: 'Iraq government' }]],
  ['Iraqi troops entered the town at dawn.', [{ text: 'Iraqi troops', kind: 'demonym', country: 'IRQ', sector: 'MIL' }]],
  [
    'Russian Foreign Minister Sergei Lavrov will travel next week.',
    [{ text: 'Russian Foreign Minister Sergei Lavrov', kind: 'person', country: 'RUS', sector: 'GOV', role: 'Foreign Minister', person: 'Sergei Lavrov' }],
  ],
  [
    'U.S. President Donald Trump spoke by phone on Tuesday.',
    [{ text: 'U.S. President Donald Trump', kind: 'person', country: 'USA', sector: 'GOV', role: 'President', person: 'Donald Trump' }],
  ],
  [
    "Iran's foreign ministry summoned the ambassador.",
    [
      { text: "Iran's foreign ministry", kind: 'country', country: 'IRN', sector: 'GOV' },
      { text: 'the ambassador', kind: 'sector', country: null, sector: 'GOV', role: 'Ambassador' },
    ],
  ],
  [
    'The statement came from the Ministry of Defense of Ukraine.',
    [{ text: 'the Ministry of Defense of Ukraine', country: 'UKR', sector: 'GOV', locative: false }],
  ],
  ['Israeli forces raided the camp overnight.', [{ text: 'Israeli forces', country: 'ISR', sector: 'MIL' }]],
  ['Syrian rebels shelled the outskirts of the city.', [{ text: 'Syrian rebels', country: 'SYR', sector: 'REB' }]],
  [
    'Kenyan police fired tear gas at the crowd.',
    [
      { text: 'Kenyan police', kind: 'demonym', country: 'KEN', sector: 'COP' },
      { text: 'the crowd', kind: 'sector', country: null, sector: 'CVL' },
    ],
  ],
  [
    'Deputy Foreign Minister Ali Bagheri said talks would resume.',
    [{ text: 'Deputy Foreign Minister Ali Bagheri', country: 'IRN', sector: 'GOV', role: 'Deputy Foreign Minister', person: 'Ali Bagheri' }],
    'IRN',
  ],
  [
    'Former President Omar al-Bashir remains in custody.',
    [{ text: 'Former President Omar al-Bashir', kind: 'person', country: 'SDN', sector: 'ELI', role: 'President', person: 'Omar al-Bashir' }],
    'SDN',
  ],
  ['The U.N. Security Council will meet on Friday.', [{ text: 'The U.N. Security Council', kind: 'igo', country: null, igo: 'UNSC', sector: 'IGO' }]],
  [
    'UN Secretary-General Antonio Guterres urged restraint.',
    [{ text: 'UN Secretary-General Antonio Guterres', kind: 'person', country: null, igo: 'UNO', sector: 'IGO', role: 'Secretary-General', person: 'Antonio Guterres' }],
  ],
  [
    'Hezbollah leader Naim Qassem gave a televised speech.',
    [{ text: 'Hezbollah leader Naim Qassem', kind: 'person', country: 'LBN', sector: 'REB', role: 'Leader', person: 'Naim Qassem' }],
  ],
  [
    'Kremlin spokesman Dmitry Peskov declined to comment.',
    [{ text: 'Kremlin spokesman Dmitry Peskov', kind: 'person', country: 'RUS', sector: 'GOV', role: 'Spokesperson', person: 'Dmitry Peskov' }],
  ],
  ['The Pentagon said two destroyers were sent.', [{ text: 'The Pentagon', kind: 'capital', country: 'USA', sector: 'MIL', locative: false }]],
  [
    'Interior Ministry spokesman Khalid al-Mihanna said the border was calm.',
    [{ text: 'Interior Ministry spokesman Khalid al-Mihanna', country: 'IRQ', sector: 'GOV', role: 'Interior Ministry Spokesman', person: 'Khalid al-Mihanna' }],
    'IRQ',
  ],
  [
    'Police chief John Doe said the suspect had fled.',
    [{ text: 'Police chief John Doe', kind: 'person', country: 'KEN', sector: 'COP', role: 'Police Chief', person: 'John Doe' }],
    'KEN',
  ],
  [
    'Water Resources Minister Aoun Diab warned of drought.',
    [{ text: 'Water Resources Minister Aoun Diab', country: 'IRQ', sector: 'GOV', role: 'Water Resources Minister', person: 'Aoun Diab' }],
    'IRQ',
  ],
  [
    'The Minister of Higher Education and Scientific Research visited the campus.',
    [{ text: 'The Minister of Higher Education and Scientific Research', kind: 'sector', country: 'IRQ', sector: 'GOV', role: 'Minister of Higher Education and Scientific Research' }],
    'IRQ',
  ],
  [
    'Senior Hungarian and Romanian officials signed the accord.',
    [
      { text: 'Hungarian', country: 'HUN', sector: 'GOV' },
      { text: 'Romanian officials', country: 'ROU', sector: 'GOV' },
    ],
  ],
  [
    'U.S. and Iraqi officials described a joint operation.',
    [
      { text: 'U.S.', kind: 'country', country: 'USA', sector: 'GOV' },
      { text: 'Iraqi officials', kind: 'demonym', country: 'IRQ', sector: 'GOV' },
    ],
  ],
  [
    'The paramilitary Rapid Support Forces shelled the market.',
    [{ text: 'The paramilitary Rapid Support Forces', kind: 'group', country: 'SDN', sector: 'REB', name: 'Rapid Support Forces' }],
  ],

  [
    'Commerce Secretary Howard Lutnick defended the tariffs.',
    [{ text: 'Commerce Secretary Howard Lutnick', kind: 'person', country: 'USA', sector: 'GOV', role: 'Commerce Secretary', person: 'Howard Lutnick' }],
    'USA',
  ],
  [
    'The Lebanese militant group Hezbollah denied the claim.',
    [{ text: 'The Lebanese militant group Hezbollah', kind: 'group', country: 'LBN', sector: 'REB', name: 'Hezbollah' }],
  ],
  [
    'Officials of Republika Srpska and Somaliland attended.',
    [
      { text: 'Officials of Republika Srpska', kind: 'group', country: 'BIH', sector: 'GOV' },
      { text: 'Somaliland', kind: 'group', country: 'SOM', sector: 'PRE' },
    ],
  ],

  // --- titles with no country in the phrase: the home country --------------------------
  [
    'National Security Advisor Mr. Qassem Al-Araji stressed on Thursday that stability requires respect for sovereignty.',
    [{ text: 'National Security Advisor Mr. Qassem Al-Araji', kind: 'person', country: 'IRQ', sector: 'GOV', role: 'National Security Advisor', person: 'Qassem Al-Araji' }],
    'IRQ',
  ],
  [
    'National Security Advisor Qassem Al-Araji spoke at the forum.',
    [{ text: 'National Security Advisor Qassem Al-Araji', kind: 'person', country: null, sector: 'GOV', role: 'National Security Advisor' }],
  ],
  [
    'The Media Office of the National Security Advisor said in a statement that the meeting went well.',
    [{ text: 'The Media Office of the National Security Advisor', kind: 'sector', country: 'IRQ', sector: 'GOV' }],
    'IRQ',
  ],
  [
    'The statement was received by the Iraqi News Agency (INA) on Thursday.',
    [{ text: 'the Iraqi News Agency (INA)', kind: 'group', country: 'IRQ', sector: 'JRN' }],
  ],
  [
    'Iraq condemns the unprovoked war against the Islamic Republic of Iran.',
    [
      { text: 'Iraq', kind: 'country', country: 'IRQ', sector: null, locative: false },
      { text: 'the Islamic Republic of Iran', kind: 'country', country: 'IRN', name: 'Iran', locative: false },
    ],
  ],
  ['The army said it had repelled the attack.', [{ text: 'The army', kind: 'sector', country: 'IRQ', sector: 'MIL' }], 'IRQ'],
  ['Lawmakers approved the budget.', [{ text: 'Lawmakers', country: 'IRQ', sector: 'LEG' }], 'IRQ'],
  [
    'Protesters clashed with security forces near the ministry.',
    [
      { text: 'Protesters', kind: 'sector', country: null, sector: 'CVL' },
      { text: 'security forces', kind: 'sector', country: 'KEN', sector: 'COP' },
      { text: 'the ministry', kind: 'sector', country: 'KEN', sector: 'GOV' },
    ],
    'KEN',
  ],
  ['General Qassem Soleimani was killed in a strike.', [{ text: 'General Qassem Soleimani', country: 'IRN', sector: 'MIL', role: 'General', person: 'Qassem Soleimani' }], 'IRN'],

  // --- countries and demonyms -----------------------------------------------------------
  ["Iran's nuclear programme worries its neighbours.", [{ text: 'Iran', kind: 'country', country: 'IRN', sector: null }]],
  ['Iraq’s sovereignty is not negotiable.', [{ text: 'Iraq', kind: 'country', country: 'IRQ' }]],
  ['The United States imposed new sanctions.', [{ text: 'The United States', kind: 'country', country: 'USA', name: 'United States' }]],
  ['The Iraqis voted in large numbers.', [{ text: 'The Iraqis', kind: 'demonym', country: 'IRQ', sector: null }]],
  ['Israeli strikes hit the southern suburbs.', [{ text: 'Israeli', kind: 'demonym', country: 'ISR', sector: null }]],
  ['The Iraqi people deserve peace.', [{ text: 'The Iraqi people', kind: 'demonym', country: 'IRQ', sector: 'CVL' }]],
  // Prisoners are civilians since sectors.txt lists them (they are the target of releases).
  [
    "Burma's junta released the prisoners.",
    [
      { text: "Burma's junta", kind: 'country', country: 'MMR', sector: 'GOV' },
      { text: 'the prisoners', kind: 'sector', country: null, sector: 'CVL' },
    ],
  ],
  [
    'North Korea fired a missile and South Korea responded.',
    [
      { text: 'North Korea', country: 'PRK' },
      { text: 'South Korea', country: 'KOR' },
    ],
  ],
  [
    'The DPRK rejected the statement by the Republic of Korea.',
    [
      { text: 'The DPRK', country: 'PRK' },
      { text: 'the Republic of Korea', country: 'KOR' },
    ],
  ],
  [
    'Ivory Coast and Burkina Faso signed a border pact.',
    [
      { text: 'Ivory Coast', country: 'CIV' },
      { text: 'Burkina Faso', country: 'BFA' },
    ],
  ],
  [
    'Emirati officials met their Saudi counterparts.',
    [
      { text: 'Emirati officials', country: 'ARE', sector: 'GOV' },
      { text: 'Saudi counterparts', kind: 'demonym', country: 'SAU', sector: 'GOV', role: 'Counterpart' },
    ],
  ],
  [
    'Congolese troops clashed with M23 rebels in the hills.',
    [
      { text: 'Congolese troops', country: 'COD', sector: 'MIL' },
      { text: 'M23 rebels', kind: 'group', country: 'COD', sector: 'REB' },
    ],
  ],
  ['Palestinians gathered at the checkpoint.', [{ text: 'Palestinians', kind: 'demonym', country: 'PSE' }]],
  // Common spellings the world-countries package lacks ("Ecuadorean" only).
  ['Ecuadorian soldiers patrolled the border.', [{ text: 'Ecuadorian soldiers', kind: 'demonym', country: 'ECU', sector: 'MIL' }]],
  ['Maldivian police closed the road.', [{ text: 'Maldivian police', kind: 'demonym', country: 'MDV', sector: 'COP' }]],
  ['Kyrgyzstani officials denied the report.', [{ text: 'Kyrgyzstani officials', kind: 'demonym', country: 'KGZ', sector: 'GOV' }]],
  ['Aid reached the Palestinian territories on Monday.', [{ text: 'the Palestinian territories', kind: 'country', country: 'PSE', locative: false }]],
  [
    'Jordan and Egypt mediated between the two sides.',
    [
      { text: 'Jordan', country: 'JOR' },
      { text: 'Egypt', country: 'EGY' },
    ],
  ],
  [
    'Georgia and Armenia signed an accord.',
    [
      { text: 'Georgia', country: 'GEO' },
      { text: 'Armenia', country: 'ARM' },
    ],
  ],

  // --- capitals, seats and places ---------------------------------------------------------
  ['Moscow said the drills were routine.', [{ text: 'Moscow', kind: 'capital', country: 'RUS', sector: 'GOV', locative: false }]],
  [
    'The forum was held in the Russian capital Moscow last week.',
    [{ text: 'the Russian capital Moscow', kind: 'capital', country: 'RUS', name: 'Moscow', locative: true }],
  ],
  ['Delegates arrived in Baghdad on Tuesday.', [{ text: 'Baghdad', kind: 'capital', country: 'IRQ', locative: true }]],
  ['The White House welcomed the deal.', [{ text: 'The White House', kind: 'capital', country: 'USA', sector: 'GOV', locative: false }]],
  ['Downing Street declined to comment.', [{ text: 'Downing Street', kind: 'capital', country: 'GBR', sector: 'GOV' }]],
  ['Talks resumed in Kyiv after a pause.', [{ text: 'Kyiv', country: 'UKR', locative: true }]],
  [
    'Beijing warned Washington against arms sales to Taiwan.',
    [
      { text: 'Beijing', kind: 'capital', country: 'CHN', sector: 'GOV', locative: false },
      { text: 'Washington', kind: 'capital', country: 'USA', sector: 'GOV', locative: false },
      { text: 'Taiwan', kind: 'country', country: 'TWN', locative: true },
    ],
  ],
  [
    'Refugees fled across Lebanon toward Syria.',
    [
      { text: 'Refugees', sector: 'REF', country: null },
      { text: 'Lebanon', country: 'LBN', locative: true },
      { text: 'Syria', country: 'SYR', locative: true },
    ],
  ],
  ['The convoy was stopped outside of Tehran.', [{ text: 'Tehran', country: 'IRN', locative: true }]],
  [
    'Washington imposed sanctions on Iran.',
    [
      { text: 'Washington', locative: false },
      { text: 'Iran', country: 'IRN', locative: false },
    ],
  ],
  ['Clashes broke out in the capital, Khartoum.', [{ text: 'Khartoum', country: 'SDN', locative: true }]],

  // --- organisations and groups -----------------------------------------------------------
  [
    'NATO and the European Union condemned the attack.',
    [
      { text: 'NATO', kind: 'igo', igo: 'NATO', country: null },
      { text: 'the European Union', kind: 'igo', igo: 'EUR' },
    ],
  ],
  [
    'Hamas fighters fired rockets at Israel.',
    [
      { text: 'Hamas fighters', kind: 'group', country: 'PSE', sector: 'REB', name: 'Hamas' },
      { text: 'Israel', country: 'ISR', locative: true },
    ],
  ],
  [
    'Al-Shabaab claimed the attack in Mogadishu.',
    [
      { text: 'Al-Shabaab', kind: 'group', country: 'SOM', sector: 'REB' },
      { text: 'Mogadishu', country: 'SOM', locative: true },
    ],
  ],
  [
    'The Houthis, also known as Ansar Allah, attacked a tanker.',
    [
      { text: 'The Houthis', kind: 'group', country: 'YEM' },
      { text: 'Ansar Allah', kind: 'group', country: 'YEM' },
    ],
  ],
  ['Islamic State militants ambushed a convoy.', [{ text: 'Islamic State militants', kind: 'group', country: null, igo: null, sector: 'REB', name: 'Islamic State' }]],
  [
    'The Taliban ordered the closure of girls schools.',
    [
      { text: 'The Taliban', kind: 'group', country: 'AFG', sector: 'GOV' },
      { text: 'schools', sector: 'EDU' },
    ],
  ],
  [
    'Amnesty International and Human Rights Watch documented the abuses.',
    [
      { text: 'Amnesty International', kind: 'igo', igo: 'AMN', sector: 'SOC' },
      { text: 'Human Rights Watch', kind: 'igo', igo: 'HRW', sector: 'SOC' },
    ],
  ],
  ['The International Criminal Court issued a warrant.', [{ text: 'The International Criminal Court', igo: 'ICC', sector: 'JUD' }]],
  ['The WHO said cases were rising.', [{ text: 'The WHO', kind: 'igo', igo: 'WHO' }]],
  ['Officials who said nothing were dismissed.', [{ text: 'Officials', kind: 'sector', sector: 'GOV' }]],
  [
    'The Kurdistan Regional Government and the Peshmerga agreed on a plan.',
    [
      { text: 'The Kurdistan Regional Government', country: 'IRQ', sector: 'GOV' },
      { text: 'the Peshmerga', country: 'IRQ', sector: 'MIL' },
    ],
  ],
  ['The Washington Post reported the leak.', [{ text: 'The Washington Post', kind: 'group', country: 'USA', sector: 'JRN' }]],

  // --- no actor ------------------------------------------------------------------------------
  ['Jordan Peterson gave a lecture in Toronto.', []],
  ['Paris Saint-Germain won the match.', []],
  ['Chad Smith played the drums.', []],
  ['The turkey was roasted for the feast.', []],
  ['Michael Jordan visited the museum.', []],
  ['They moved to Atlanta, Georgia, last year.', []],
  // A region, not America (was a blocked phrase; regions.txt now names it): a place here.
  ['Prices rose across Latin America.', [{ text: 'Latin America', kind: 'region', country: null, locative: true }]],
  ['Real security is not achieved by military force alone.', []],
  ['People gathered in the square.', []],
  ['The general public was not informed.', []],
  ['He said the talks failed.', []],
  ['Who said the deal was off?', []],

  // --- headlines ------------------------------------------------------------------------------
  [
    'Iraq Says Key Islamic State Leader Is Dead',
    [
      { text: 'Iraq', country: 'IRQ' },
      { text: 'Islamic State Leader', kind: 'group', role: 'Leader' },
    ],
  ],
];

describe('findActors, sentence by sentence', () => {
  it('has a large table', () => {
    expect(SENTENCES.length).toBeGreaterThanOrEqual(60);
  });
  for (const [sentence, expected, home] of SENTENCES) {
    it(sentence, () => {
      check(sentence, findActors(sentence, dict, new DocumentActors(), { homeCountry: home ?? null }), expected);
    });
  }
});

/** [sentences of one document, expected mentions per sentence, home country]. */
const DOCUMENTS: Array<[string, Array<[string, Expected[]]>, string | null]> = [
  [
    'a titled official, then his surname, a pronoun and his title',
    [
      [
        'National Security Advisor Mr. Qassem Al-Araji stressed on Thursday that dialogue matters.',
        [{ text: 'National Security Advisor Mr. Qassem Al-Araji', kind: 'person', person: 'Qassem Al-Araji' }],
      ],
      [
        'Al-Araji said Iraq rejects the use of force.',
        [
          { text: 'Al-Araji', kind: 'person', country: 'IRQ', sector: 'GOV', role: 'National Security Advisor', person: 'Qassem Al-Araji' },
          { text: 'Iraq', country: 'IRQ' },
        ],
      ],
      ['He added that the region needs stability.', [{ text: 'He', kind: 'pronoun', country: 'IRQ', person: 'Qassem Al-Araji' }]],
      [
        'The National Security Advisor later met reporters.',
        [
          { text: 'The National Security Advisor', kind: 'person', person: 'Qassem Al-Araji' },
          { text: 'reporters', sector: 'JRN' },
        ],
      ],
      ['Mr. Al-Araji left for Baghdad.', [{ text: 'Mr. Al-Araji', kind: 'person', person: 'Qassem Al-Araji' }, { text: 'Baghdad', locative: false }]],
    ],
    'IRQ',
  ],
  [
    'surnames with and without al-, two persons, pronoun to the latest',
    [
      ['Iraqi Prime Minister Mohammed Shia al-Sudani announced the strike.', [{ text: 'Iraqi Prime Minister Mohammed Shia al-Sudani', person: 'Mohammed Shia al-Sudani' }]],
      ['Sudani said the operation succeeded.', [{ text: 'Sudani', kind: 'person', country: 'IRQ', role: 'Prime Minister', person: 'Mohammed Shia al-Sudani' }]],
      ['Al-Sudani thanked the coalition.', [{ text: 'Al-Sudani', kind: 'person', person: 'Mohammed Shia al-Sudani' }]],
      ['Russian Foreign Minister Sergei Lavrov called him.', [{ text: 'Russian Foreign Minister Sergei Lavrov', person: 'Sergei Lavrov' }]],
      [
        'Lavrov said Moscow supported Baghdad.',
        [
          { text: 'Lavrov', kind: 'person', country: 'RUS', person: 'Sergei Lavrov' },
          { text: 'Moscow', kind: 'capital', country: 'RUS', sector: 'GOV' },
          { text: 'Baghdad', kind: 'capital', country: 'IRQ', sector: 'GOV' },
        ],
      ],
      ['She said nothing more.', [{ text: 'She', kind: 'pronoun', person: 'Sergei Lavrov' }]],
      ['Sudani did not reply.', [{ text: 'Sudani', person: 'Mohammed Shia al-Sudani' }]],
      ['He left.', [{ text: 'He', kind: 'pronoun', person: 'Mohammed Shia al-Sudani' }]],
    ],
    null,
  ],
  [
    'an acronym given in brackets',
    [
      ['The Kenyan Defence Forces (KDF) deployed more troops.', [{ text: 'The Kenyan Defence Forces (KDF)', country: 'KEN', sector: 'MIL' }, { text: 'troops', country: 'KEN' }]],
      ['KDF said the operation would continue.', [{ text: 'KDF', country: 'KEN', sector: 'MIL' }]],
    ],
    'KEN',
  ],
  [
    'a person described after a comma',
    [
      ['Catherine Russell, UNICEF’s executive director, visited the camp.', [{ text: 'Catherine Russell', kind: 'person', igo: 'UNICEF', role: 'Director' }]],
      ['She said children were at risk.', [{ text: 'She', kind: 'pronoun', person: 'Catherine Russell' }]],
      ['Russell urged donors to act.', [{ text: 'Russell', kind: 'person', igo: 'UNICEF' }]],
    ],
    null,
  ],
  [
    'an unknown person named as a subject, then a body named after a known leader',
    [
      ['Abdullahi Osman Haji was among the first to arrive.', [{ text: 'Abdullahi Osman Haji', kind: 'person', country: null, sector: null }]],
      ['He married in the camp.', [{ text: 'He', kind: 'pronoun', person: 'Abdullahi Osman Haji' }]],
      ['President Donald Trump spoke later.', [{ text: 'President Donald Trump', country: 'USA', sector: 'GOV' }]],
      ['The Trump administration denied it.', [{ text: 'The Trump administration', kind: 'sector', country: 'USA', sector: 'GOV' }]],
    ],
    'USA',
  ],
  [
    'a later full name and a bare title of someone else',
    [
      ['President Joe Biden met Chinese President Xi Jinping.', [{ text: 'President Joe Biden', country: 'USA' }, { text: 'Chinese President Xi Jinping', country: 'CHN' }]],
      ['President Xi said trade mattered.', [{ text: 'President Xi', kind: 'person', country: 'CHN', person: 'Xi Jinping' }]],
      ['Joe Biden agreed.', [{ text: 'Joe Biden', kind: 'person', country: 'USA', person: 'Joe Biden' }]],
    ],
    'USA',
  ],
];

describe('findActors across a document', () => {
  for (const [label, sentences, home] of DOCUMENTS) {
    it(label, () => {
      const memory = new DocumentActors();
      for (const [sentence, expected] of sentences) check(sentence, findActors(sentence, dict, memory, { homeCountry: home }), expected);
    });
  }
});

describe('findActors on the example INA story', () => {
  it('resolves the speaker, the agency, the place and the countries', async () => {
    const { readFileSync } = await import('node:fs');
    const { splitSentences } = await import('../../src/nlp/sentences.js');
    const text = readFileSync(new URL('../../../shared/corpus/ina-al-araji-moscow-forum.txt', import.meta.url), 'utf8');
    const memory = new DocumentActors();
    const all = splitSentences(text).flatMap((s) =>
      findActors(s.text, dict, memory, { homeCountry: 'IRQ' }).map((m) => ({ ...view(s.text, m), sentence: s.index })),
    );
    const speaker = all.filter((m) => m.person === 'Qassem Al-Araji');
    expect(speaker.length).toBeGreaterThanOrEqual(12);
    expect(speaker.every((m) => m.country === 'IRQ' && m.sector === 'GOV' && m.role === 'National Security Advisor')).toBe(true);
    expect(all).toContainEqual(expect.objectContaining({ text: 'the Iraqi News Agency (INA)', country: 'IRQ', sector: 'JRN' }));
    expect(all).toContainEqual(expect.objectContaining({ text: 'The Media Office of the National Security Advisor', country: 'IRQ', sector: 'GOV' }));
    expect(all).toContainEqual(expect.objectContaining({ text: 'the Russian capital Moscow', country: 'RUS', locative: true }));
    expect(all).toContainEqual(expect.objectContaining({ text: 'the Islamic Republic of Iran', country: 'IRN' }));
    // Nothing in the story is an armed group, a foreign government or an organisation.
    expect(all.filter((m) => m.kind === 'group' && m.sector !== 'JRN')).toEqual([]);
    expect(new Set(all.map((m) => m.country))).toEqual(new Set(['IRQ', 'RUS', 'IRN', null]));
  });
});
