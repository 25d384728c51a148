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

table(
  'people named without a title (people.txt)',
  [
    ['Erdogan said Turkey would not back down.', { text: 'Erdogan', kind: 'person', country: 'TUR', sector: 'GOV', role: 'President', person: 'Recep Tayyip Erdoğan' }],
    ['Putin signed the decree on Monday.', { text: 'Putin', country: 'RUS', sector: 'GOV', person: 'Vladimir Putin' }],
    ['Talks between Netanyahu and Biden stalled.', { text: 'Netanyahu', country: 'ISR', role: 'Prime Minister' }],
    ['Talks between Netanyahu and Biden stalled.', { text: 'Biden', country: 'USA' }],
    ['Maduro accused the opposition of plotting a coup.', { text: 'Maduro', country: 'VEN', sector: 'GOV' }],
    ['Sisi received the delegation in Cairo.', { text: 'Sisi', country: 'EGY' }],
    ['President el-Sisi received the delegation.', { text: 'President el-Sisi', country: 'EGY', person: 'Abdel Fattah el-Sisi' }],
    ['Buhari ordered the army to restore order.', { text: 'Buhari', country: 'NGA' }],
    ['Theresa May met EU leaders.', { text: 'Theresa May', country: 'GBR', role: 'Prime Minister' }],
    ['Duvalier returned to Haiti after 25 years in exile.', { text: 'Duvalier', country: 'HTI' }],
    ['Mr. Putin declined to comment.', { text: 'Mr. Putin', country: 'RUS', person: 'Vladimir Putin' }],
    ['Guterres called for a ceasefire.', { text: 'Guterres', country: null, igo: 'UNO', sector: 'IGO', role: 'Secretary-General' }],
    ['Kim Jong Un oversaw a missile launch.', { text: 'Kim Jong Un', country: 'PRK' }],
    ['Mohammed bin Salman hosted the talks.', { text: 'Mohammed bin Salman', country: 'SAU', role: 'Crown Prince' }],
    // A title with a listed name takes the person's country, not the report's.
    ['President Trump spoke to reporters.', { text: 'President Trump', country: 'USA', person: 'Donald Trump', role: 'President' }],
    ['President Donald J. Trump spoke to reporters.', { text: 'President Donald J. Trump', country: 'USA', person: 'Donald Trump' }],
    ['Prime Minister Theresa May resigned.', { text: 'Prime Minister Theresa May', country: 'GBR', person: 'Theresa May' }],
    ['Former President Barack Obama campaigned in Ohio.', { text: 'Former President Barack Obama', country: 'USA', sector: 'ELI' }],
    // Bodies named after a leader.
    ['The Trump administration imposed tariffs.', { text: 'The Trump administration', kind: 'sector', country: 'USA', sector: 'GOV' }],
    ["Putin's forces pushed west.", { text: "Putin's forces", country: 'RUS', sector: 'MIL' }],
  ],
  [
    // Another person with the same surname, or a name that goes on.
    ['Michelle Obama visited a school.', ['Obama']],
    ['Trump Tower was evacuated.', ['Trump']],
    ['Ivanka Trump attended the dinner.', ['Trump']],
    // Surnames that are English words or months are never bare aliases.
    ['In May the rains came.', ['May']],
    ['Powell warned that inflation was sticky.', ['Powell']],
  ],
);

describe('people.txt and the report date', () => {
  const at = (date: string | undefined, sentence: string): ReturnType<typeof findActors> =>
    findActors(sentence, dict, new DocumentActors(), date === undefined ? { homeCountry: null } : { homeCountry: null, date });
  const rows: Array<[string | undefined, string, string | null]> = [
    [undefined, 'Obama', 'GOV'],
    ['2012-05-01', 'Obama', 'GOV'],
    ['2021-03-01', 'Obama', 'ELI'],
    ['2019-01-01', 'Trump', 'GOV'],
    ['2022-06-01', 'Trump', 'ELI'],
    ['2025-06-01', 'Trump', 'GOV'],
    ['2015-01-01', 'Zelensky', null],
  ];
  for (const [date, name, sector] of rows) {
    it(`${name} in ${date ?? 'a report with no date'} → ${sector ?? 'no sector'}`, () => {
      const [m] = at(date, `${name} said the talks would go on.`);
      expect(m?.actor.sector).toBe(sector);
      expect(m?.kind).toBe('person');
    });
  }
});

describe('people across a document', () => {
  it('remembers a listed person for "he", the title and the surname', () => {
    const memory = new DocumentActors();
    const read = (s: string): ReturnType<typeof findActors> => findActors(s, dict, memory, { homeCountry: 'IRQ' });
    read('Erdogan arrived in Baghdad on Monday.');
    expectMentions('He met officials.', read('He met officials.'), [
      { text: 'He', kind: 'pronoun', country: 'TUR', person: 'Recep Tayyip Erdoğan' },
      { text: 'officials', country: 'IRQ', sector: 'GOV' },
    ]);
    expectMention('The president said trade would grow.', read('The president said trade would grow.'), { text: 'The president', country: 'TUR', person: 'Recep Tayyip Erdoğan' });
  });
});

table(
  'regions and other states (regions.txt, plural state words)',
  [
    ['Some European countries backed the plan.', { text: 'Some European countries', kind: 'region', country: null, igo: null, sector: 'GOV', name: 'European countries' }],
    ['Nearly 70 countries signed the declaration.', { text: '70 countries', country: null, sector: 'GOV', name: 'countries' }],
    ['Arab states condemned the raid.', { text: 'Arab states', kind: 'region', country: null, entry: 'region:arab-world:adjective+sector:countries' }],
    ['Gulf states pledged aid.', { text: 'Gulf states', kind: 'region', country: null }],
    ['Western diplomats said talks had stalled.', { text: 'Western diplomats', kind: 'region', sector: 'GOV', country: null }],
    ['Europe must do more, he said.', { text: 'Europe', kind: 'region', country: null, sector: null, locative: false }],
    ['Migrants crossed into Europe.', { text: 'Europe', kind: 'region', locative: true }],
    ['The Heads of State adopted the resolution.', { text: 'The Heads of State', sector: 'GOV', country: null }],
    ['U.S. allies were consulted.', { text: 'U.S. allies', country: 'USA', sector: 'GOV' }],
    // First-level divisions give their country.
    ['The North Dakota Senate passed the bill.', { text: 'The North Dakota Senate', kind: 'region', country: 'USA', sector: 'LEG' }],
    ['A Kansas woman was charged.', { text: 'Kansas woman', country: 'USA', sector: 'CVL' }],
    ['Borno State Governor Babagana Zulum visited the camp.', { text: 'Borno State Governor Babagana Zulum', country: 'NGA', role: 'Governor' }],
    ['Xinjiang authorities denied the report.', { text: 'Xinjiang authorities', country: 'CHN', sector: 'GOV' }],
    ['The people of Darfur fled.', { text: 'The people of Darfur', country: 'SDN', sector: 'CVL' }],
    // Counted people.
    ['Police arrested 116 people.', { text: '116 people', sector: 'CVL', country: null }],
    ['Several countries abstained.', { text: 'Several countries', sector: 'GOV', country: null }],
    ['Dozens of countries abstained.', { text: 'Dozens of countries', sector: 'GOV', country: null }],
  ],
  [
    ['Fighting spread in Western Iraq.', ['Western', 'Western Iraq']],
    ['European leaders met in Brussels.', ['European']],
    ['The countries agreed.', ['countries']],
    ['Many people gathered in the square.', ['Many people', 'people']],
    ['Several countries abstained.', []],
    ['They moved to Atlanta, Georgia, last year.', ['Georgia']],
  ],
);

describe('other states never take the home country', () => {
  it('"70 countries" in a report from Iraq has no country', () => {
    const m = run('Nearly 70 countries signed the declaration.', 'IRQ').find((x) => x.actor.sector === 'GOV');
    expect(m?.actor.country).toBeNull();
  });
});

describe('bodies named by their own capitalised name', () => {
  const rows: Array<[string, Expected, string | null]> = [
    ['The Department of Transportation fined the airline.', { text: 'The Department of Transportation', sector: 'GOV', country: 'USA', name: 'Department of Transportation' }, 'USA'],
    ['The Department of Transportation fined the airline.', { text: 'The Department of Transportation', sector: 'GOV', country: null }, null],
    ['The U.S. Department of Labor sued the city.', { text: 'The U.S. Department of Labor', kind: 'country', sector: 'GOV', country: 'USA' }, 'GBR'],
    ['The Philippine Department of Justice filed charges.', { text: 'The Philippine Department of Justice', kind: 'demonym', sector: 'JUD', country: 'PHL' }, null],
    ['The Michigan Department of Environmental Quality issued a warning.', { text: 'The Michigan Department of Environmental Quality', kind: 'region', country: 'USA', sector: 'GOV' }, null],
    ['The Metropolitan Police Bureau arrested two men.', { text: 'The Metropolitan Police Bureau', sector: 'COP', country: 'THA' }, 'THA'],
    ['The Tokyo Stock Exchange suspended trading.', { text: 'The Tokyo Stock Exchange', sector: 'BUS', country: 'JPN', name: 'Tokyo Stock Exchange' }, null],
    ['The Central Bank of Nigeria raised rates.', { text: 'The Central Bank of Nigeria', sector: 'GOV', country: 'NGA' }, 'GHA'],
    ['The Arakan National Liberation Front signed the deal.', { text: 'The Arakan National Liberation Front', sector: 'REB', country: null }, 'MMR'],
    ['The Ogaden National Liberation Front (ONLF) claimed the attack.', { text: 'The Ogaden National Liberation Front (ONLF)', sector: 'REB' }, null],
    ['The U.S. Fish and Wildlife Service listed the species.', { text: 'The U.S. Fish and Wildlife Service', country: 'USA', sector: 'GOV' }, null],
    ['The Regional Trial Court convicted him.', { text: 'The Regional Trial Court', sector: 'JUD', country: 'PHL' }, 'PHL'],
    ['The Labour Party won the vote.', { text: 'The Labour Party', sector: 'PTY' }, null],
    ['The Jerusalem Post reported the deal.', { text: 'The Jerusalem Post', sector: 'JRN', country: 'ISR' }, null],
    ['Lesotho Defence Force (LDF) troops were deployed.', { text: 'Lesotho Defence Force (LDF)', sector: 'MIL', country: 'LSO' }, null],
    ["VOA's Urdu Service contributed.", { text: "VOA's Urdu Service", sector: 'JRN', country: 'USA' }, null],
    ['The Senate Foreign Relations Committee held a hearing.', { text: 'The Senate Foreign Relations Committee', sector: 'LEG' }, null],
    ['The Nigeria Labour Congress (NLC) called a strike.', { text: 'The Nigeria Labour Congress (NLC)', sector: 'LAB', country: 'NGA' }, null],
    ['The Pan Africanist Congress agreed.', { text: 'The Pan Africanist Congress', sector: 'PTY' }, 'ZAF'],
    ['The U.S. Chamber of Commerce opposed the tariffs.', { text: 'The U.S. Chamber of Commerce', sector: 'BUS', country: 'USA' }, null],
    ['Congress passed the bill.', { text: 'Congress', sector: 'LEG' }, null],
  ];
  for (const [sentence, expected, home] of rows) {
    it(`${sentence} (home ${home ?? 'none'}) → ${expected.text}`, () => expectMention(sentence, run(sentence, home), expected));
  }

  const misses: Array<[string, string[]]> = [
    // Two names joined by "and" are two bodies.
    ['The Department of Transportation and the U.S. Department of Justice agreed.', ['The Department of Transportation and the U.S. Department of Justice']],
    ['The Financial Times and Wall Street Journal reported it.', ['The Financial Times and Wall Street Journal']],
    // The head must come before any "of": "Members of the Association" is not one name.
    ['Members of the Association of African Jurists met.', ['Members of the Association of African Jurists']],
    // A head alone, a charity's name, a headline.
    ['Bureau officials declined to comment.', ['Bureau']],
    ['The Salvation Army handed out food.', ['The Salvation Army']],
    ['Department Of Transportation Fines Airline Over Delays', ['Department Of Transportation']],
  ];
  for (const [sentence, texts] of misses) {
    it(`${sentence}: not ${texts.join(', ')}`, () => {
      const got = run(sentence).map((m) => sentence.slice(m.start, m.end));
      for (const t of texts) expect(got).not.toContain(t);
    });
  }
  it('splits "A and the B" into two bodies', () => {
    const s = 'The Department of Transportation and the U.S. Department of Justice agreed.';
    expect(run(s).map((m) => s.slice(m.start, m.end))).toEqual(['The Department of Transportation', 'the U.S. Department of Justice']);
  });
});

describe('a number after a country is no part of a name', () => {
  it('"gave the Ivory Coast 5.1 million dollars"', () => {
    const s = 'The donors gave the Ivory Coast 5.1 million dollars.';
    expectMention(s, run(s), { text: 'the Ivory Coast', country: 'CIV' });
  });
});

table(
  'organisations, media and peoples added to the dictionary',
  [
    ['Haaretz reported the plan.', { text: 'Haaretz', kind: 'group', country: 'ISR', sector: 'JRN' }],
    ['Action Against Hunger warned of famine.', { text: 'Action Against Hunger', kind: 'igo', sector: 'MED' }],
    ['USAID cut its funding.', { text: 'USAID', country: 'USA', sector: 'GOV' }],
    ['The Africa Union suspended Mali.', { text: 'The Africa Union', igo: 'AU' }],
    ['The Organization of African Unity met in Lome.', { text: 'The Organization of African Unity', igo: 'AU' }],
    ['The European Community gave aid.', { text: 'The European Community', igo: 'EUR' }],
    ['The Moro Islamic Liberation Front signed the deal.', { text: 'The Moro Islamic Liberation Front', country: 'PHL', sector: 'REB' }],
    ['ICE detained the men.', { text: 'ICE', country: 'USA', sector: 'COP' }],
    ['The ACLU sued the state.', { text: 'The ACLU', country: 'USA', sector: 'SOC' }],
    ['UNDOF peacekeepers withdrew.', { text: 'UNDOF peacekeepers', igo: 'UNDOF' }],
    ['Hausa leaders met the governor.', { text: 'Hausa leaders', country: 'NGA', sector: 'GOV' }],
    ['Protests shut down Khatmandu.', { text: 'Khatmandu', country: 'NPL' }],
    ['Three US servicemen were killed.', { text: 'US servicemen', country: 'USA', sector: 'MIL' }],
    ['Gunmen killed another ethnic Chechen.', { text: 'Chechen', country: 'RUS' }],
    ['The House of Commons voted.', { text: 'The House of Commons', country: 'GBR', sector: 'LEG' }],
    ['A car bomb killed five.', { text: 'car bomb', sector: 'UAF' }],
    ['The court freed 37 prisoners.', { text: 'prisoners', sector: 'CVL' }],
    ['Police arrested several suspects.', { text: 'several suspects', sector: 'CRM' }],
    ['Tribal elders called for calm.', { text: 'Tribal elders', sector: 'ELI' }],
    ['The Dubai Ruler issued a decree.', { text: 'The Dubai Ruler', country: 'ARE', role: 'Ruler' }],
  ],
  [
    ['The meeting starts at 5 PM.', ['PM']],
    ['Michael Bloomberg spoke.', ['Bloomberg']],
    ['National Security Advisor Qassem Al-Araji spoke.', ['National']],
  ],
);

table(
  'people who are no arm of a state take the country they are placed in',
  [
    ['Rebels in the Ivory Coast rejected the plan.', { text: 'Rebels', country: 'CIV', sector: 'REB', name: 'Ivory Coast rebels' }],
    ['Refugees from Syria crossed the border.', { text: 'Refugees', country: 'SYR', sector: 'REF' }],
    ['The rebels in Darfur signed.', { text: 'The rebels', country: 'SDN', sector: 'REB' }],
    // An arm of the state is not placed: "troops in Iraq" may be anyone's troops.
    ['Troops in Iraq were put on alert.', { text: 'Troops', country: null, sector: 'MIL' }],
  ],
);

table(
  'people named with a given name (first-names.txt)',
  [
    ['Britain agreed to extradite Julian Assange.', { text: 'Julian Assange', kind: 'person', person: 'Julian Assange', country: null, entry: 'person:given-name' }],
    ['The court ruled against Britta Nielsen on Friday.', { text: 'Britta Nielsen', kind: 'person' }],
    ['Iran executed Mostafa Mohammad Najjar, the rights group said.', { text: 'Mostafa Mohammad Najjar', kind: 'person' }],
  ],
  [
    ['Ships sailed into San Francisco Bay.', ['Francisco Bay', 'San Francisco Bay']],
    ['David Gee David Gee reported.', ['David Gee David Gee']],
    ['Officials met at Martin Luther King Hospital.', ['Martin Luther King']],
  ],
);

describe('given names across a document', () => {
  it('a person named with a given name is found again by surname', () => {
    const memory = new DocumentActors();
    findActors('Britain agreed to extradite Julian Assange.', dict, memory, { homeCountry: null });
    const s = 'Assange appealed the ruling.';
    expectMentions(s, findActors(s, dict, memory, { homeCountry: null }), [{ text: 'Assange', kind: 'person', person: 'Julian Assange' }]);
  });
});

describe('"-based" names a place, not an owner', () => {
  it('"the Berlin-based Carnegie Center" is in Berlin, not German', () => {
    const s = 'Alexander Gabuev, director of the Berlin-based Carnegie Russia Eurasia Center, told VOA.';
    const ms = run(s);
    expectMention(s, ms, { text: 'Berlin', country: 'DEU', locative: true });
    expectMention(s, ms, { text: 'Alexander Gabuev', country: null });
  });
  it('"a 5,000-man force" is no man', () => {
    const s = 'They could not raise the 5,000-man troops.';
    expect(run(s).map((m) => s.slice(m.start, m.end))).toEqual(['troops']);
  });
});

describe('"the two countries" points back', () => {
  it('is no new actor, while "two countries" is', () => {
    const a = 'Relations between the two countries improved.';
    expect(run(a).map((m) => a.slice(m.start, m.end))).toEqual([]);
    const b = 'Two countries abstained.';
    expect(run(b).map((m) => b.slice(m.start, m.end))).toEqual(['Two countries']);
  });
});

table(
  'owned titles with a full name',
  [
    ['Police arrested prisoner Serkan Tumay.', { text: 'prisoner Serkan Tumay', kind: 'person', sector: 'CVL', role: 'Prisoner', person: 'Serkan Tumay' }],
    ['Police detained prominent blogger Razan Ghazzawi.', { text: 'blogger Razan Ghazzawi', sector: 'JRN', person: 'Razan Ghazzawi' }],
  ],
  [
    ['The meeting starts at 5 PM Eastern Time.', ['PM Eastern Time']],
    ['The prisoner was freed.', ['prisoner', 'The prisoner']],
  ],
);
