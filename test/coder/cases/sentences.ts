// Expected behaviour of the event coder, one case per sentence.
// Matching semantics, ontology decisions and tags: see ./types.ts.
// All sentences are invented for these tests, in wire-news style.

import type { CoderCase } from './types.js';

export const CASES: CoderCase[] = [
  // ─── AGREE ────────────────────────────────────────────────────────────────
  {
    text: 'Egypt and Ethiopia agreed on Tuesday to resume negotiations over the operation of the Grand Ethiopian Renaissance Dam.',
    publishedAt: '2025-02-11',
    expect: [
      { source: 'EGY', plover: 'AGREE', cameo: '036' },
      { source: 'ETH', plover: 'AGREE', cameo: '036' },
    ],
    tags: ['AGREE', 'compound', 'intent'],
  },
  {
    // "in principle" hedges the agreement; the aid itself is not given yet.
    text: 'Norway\'s government agreed in principle on Friday to provide 20 million euros in aid to Moldova.',
    expect: [{ source: 'NOR', plover: 'AGREE', target: 'MDA', cameo: '03' }],
    tags: ['AGREE', 'intent', 'hypothetical'],
  },
  {
    text: 'Turkey offered to mediate between Russia and Ukraine over the safety of commercial shipping in the Black Sea.',
    expect: [{ source: 'TUR', plover: 'AGREE', target: 'RUS', cameo: '039' }],
    tags: ['AGREE', 'intent'],
  },
  {
    text: 'Chinese President Xi Jinping plans to visit Brazil in November, the foreign ministry in Beijing said on Friday.',
    publishedAt: '2025-09-19',
    expect: [{ source: 'CHN', plover: 'AGREE', target: 'BRA', cameo: '036' }],
    tags: ['AGREE', 'intent', 'hypothetical', 'quote'],
  },
  {
    text: 'Japan pledged $500 million in reconstruction aid to Ukraine at a donor conference in Tokyo on Wednesday.',
    expect: [{ source: 'JPN', plover: 'AGREE', target: 'UKR', cameo: '033' }],
    tags: ['AGREE', 'intent', 'location-not-actor'],
  },
  {
    text: 'Seoul and Tokyo agreed to share real-time missile warning data from next month.',
    expect: [
      { source: 'KOR', plover: 'AGREE', cameo: '031' },
      { source: 'JPN', plover: 'AGREE', cameo: '031' },
    ],
    tags: ['AGREE', 'metonymy', 'compound', 'intent'],
  },
  {
    text: 'Indonesia said it was ready to send peacekeepers to Gaza as part of an international stabilisation force.',
    expect: [{ source: 'IDN', plover: 'AGREE', cameo: '033' }],
    tags: ['AGREE', 'intent', 'quote'],
  },
  {
    text: 'The European Union agreed to open accession negotiations with Moldova at a summit in Brussels.',
    expect: [{ source: 'EU', plover: 'AGREE', target: 'MDA', cameo: '03' }],
    tags: ['AGREE', 'igo', 'intent'],
  },
  {
    text: 'Iran and Saudi Arabia agreed to reopen their embassies in each other\'s capitals within two months.',
    expect: [
      { source: 'IRN', plover: 'AGREE' },
      { source: 'SAU', plover: 'AGREE' },
    ],
    tags: ['AGREE', 'compound', 'intent'],
  },
  {
    text: 'Saudi Crown Prince Mohammed bin Salman invited the Syrian president to attend the Arab League summit in Riyadh.',
    expect: [{ source: 'SAU', plover: 'AGREE', target: 'SYR' }],
    tags: ['AGREE', 'intent'],
  },
  {
    text: 'Germany will deliver four more air defence systems to Ukraine before the end of the year, Chancellor Friedrich Merz said.',
    expect: [{ source: 'DEU', plover: 'AGREE', target: 'UKR', cameo: '033' }],
    tags: ['AGREE', 'future', 'quote'],
  },
  {
    text: 'Egypt and Ethiopia are expected to hold a new round of talks on the Nile dam in Cairo next week.',
    expect: [
      { source: 'EGY', plover: 'AGREE' },
      { source: 'ETH', plover: 'AGREE' },
    ],
    tags: ['AGREE', 'compound', 'intent', 'hypothetical'],
  },
  {
    text: 'The two ministers agreed to resume talks on the beef export dispute before the end of the month.',
    context: [
      'Brazilian Foreign Minister Mauro Vieira met his Argentine counterpart in Buenos Aires on Monday.',
      'Their meeting lasted almost three hours, officials said.',
    ],
    expect: [
      { source: 'BRA', plover: 'AGREE', cameo: '036' },
      { source: 'ARG', plover: 'AGREE', cameo: '036' },
    ],
    tags: ['AGREE', 'coreference', 'compound', 'intent'],
  },

  // ─── CONSULT ──────────────────────────────────────────────────────────────
  {
    text: 'French President Emmanuel Macron met Indian Prime Minister Narendra Modi in New Delhi on Thursday to discuss defence cooperation.',
    expect: [{ source: 'FRA', plover: 'CONSULT', target: 'IND', cameo: '04' }],
    tags: ['CONSULT'],
  },
  {
    text: 'The Iranian and Saudi foreign ministers held talks in Beijing on Friday, their first meeting in seven years.',
    expect: [
      { source: 'IRN', plover: 'CONSULT', cameo: '04' },
      { source: 'SAU', plover: 'CONSULT', cameo: '04' },
    ],
    tags: ['CONSULT', 'compound', 'location-not-actor'],
  },
  {
    text: 'Russian President Vladimir Putin spoke by telephone with Turkish President Recep Tayyip Erdogan on Monday about grain exports.',
    expect: [{ source: 'RUS', plover: 'CONSULT', target: 'TUR', cameo: '041' }],
    tags: ['CONSULT'],
  },
  {
    text: 'Egypt and Qatar mediated indirect talks between Israel and Hamas in Cairo on Sunday.',
    expect: [
      { source: 'EGY', plover: 'CONSULT', target: 'ISR', cameo: '045' },
      { source: 'QAT', plover: 'CONSULT', target: 'ISR', cameo: '045' },
    ],
    tags: ['CONSULT', 'compound'],
  },
  {
    text: 'A delegation of US lawmakers visited Hanoi on Tuesday for talks on trade and maritime security.',
    expect: [{ source: 'USA', plover: 'CONSULT', target: 'VNM', cameo: '042' }],
    tags: ['CONSULT', 'metonymy'],
  },
  {
    text: 'Sudanese and Chadian security officials held talks in N\'Djamena on the movement of armed groups across their shared border.',
    expect: [
      { source: 'SDN', plover: 'CONSULT', cameo: '04' },
      { source: 'TCD', plover: 'CONSULT', cameo: '04' },
    ],
    tags: ['CONSULT', 'compound'],
  },
  {
    text: 'The Japanese foreign minister visited Seoul on Saturday for talks with her South Korean counterpart.',
    expect: [{ source: 'JPN', plover: 'CONSULT', target: 'KOR', cameo: '042' }],
    tags: ['CONSULT', 'metonymy'],
  },
  {
    text: 'Venezuela\'s government and the opposition resumed negotiations in Barbados on Tuesday after a two-month pause.',
    expect: [{ source: 'VEN/GOV', plover: 'CONSULT', cameo: '04' }],
    tags: ['CONSULT', 'sector', 'compound'],
  },
  {
    text: 'He later met Egyptian President Abdel Fattah al-Sisi to discuss regional security.',
    context: [
      'Iraqi Prime Minister Mohammed Shia al-Sudani held talks with King Abdullah II in Amman on Sunday.',
    ],
    expect: [{ source: 'IRQ', plover: 'CONSULT', target: 'EGY', cameo: '04' }],
    tags: ['CONSULT', 'coreference'],
  },
  {
    text: 'Talks between Iran and the United States on the nuclear programme were hosted by Oman in Muscat on Saturday.',
    expect: [
      { source: 'IRN', plover: 'CONSULT' },
      { source: 'USA', plover: 'CONSULT' },
    ],
    tags: ['CONSULT', 'passive', 'compound', 'nominal'],
  },
  {
    text: 'The minister held indirect talks with the US special envoy through Omani intermediaries.',
    context: ['Iranian Foreign Minister Abbas Araghchi arrived in Muscat on Saturday morning.'],
    expect: [{ source: 'IRN', plover: 'CONSULT', target: 'USA', cameo: '04' }],
    tags: ['CONSULT', 'coreference'],
  },

  {
    // A warm welcome given to a visitor is hosting the visit (043), not praise.
    text: 'President Macron gave a warm welcome on Thursday to Indian Prime Minister Narendra Modi at the Elysee Palace.',
    expect: [{ source: 'FRA', plover: 'CONSULT', target: 'IND', cameo: '043' }],
    tags: ['CONSULT'],
  },
  {
    // Two subjects discussing: one CONSULT per party.
    text: 'The foreign ministers of Ghana and Togo discussed border security in Accra on Tuesday.',
    expect: [
      { source: 'GHA', plover: 'CONSULT', target: 'TGO', cameo: '040' },
      { source: 'TGO', plover: 'CONSULT', target: 'GHA', cameo: '040' },
    ],
    tags: ['CONSULT', 'compound'],
  },
  {
    // "X and his <demonym> counterpart Y": two subjects, one CONSULT each way.
    text: 'Kenyan President William Ruto and his Ugandan counterpart Yoweri Museveni met in Nairobi on Monday.',
    expect: [
      { source: 'KEN', plover: 'CONSULT', target: 'UGA' },
      { source: 'UGA', plover: 'CONSULT', target: 'KEN' },
    ],
    tags: ['CONSULT', 'compound'],
  },
  // ─── SUPPORT ──────────────────────────────────────────────────────────────
  {
    text: 'The African Union welcomed the peace agreement between the Ethiopian government and Tigrayan forces, the chairperson of its commission said.',
    expect: [{ source: 'AU', plover: 'SUPPORT', cameo: '051' }],
    tags: ['SUPPORT', 'igo', 'quote'],
  },
  {
    text: 'Armenia and Azerbaijan signed a peace agreement at the White House on Friday, ending decades of hostility.',
    expect: [
      { source: 'ARM', plover: 'SUPPORT', cameo: '057' },
      { source: 'AZE', plover: 'SUPPORT', cameo: '057' },
    ],
    tags: ['SUPPORT', 'compound', 'location-not-actor'],
  },
  {
    text: 'Bahrain and Qatar restored diplomatic relations on Wednesday after a rift that lasted more than six years.',
    expect: [
      { source: 'BHR', plover: 'SUPPORT', cameo: '05' },
      { source: 'QAT', plover: 'SUPPORT', cameo: '05' },
    ],
    tags: ['SUPPORT', 'compound'],
  },
  {
    text: 'Honduras established diplomatic relations with China on Sunday after cutting ties with Taiwan.',
    expect: [
      { source: 'HND', plover: 'SUPPORT', target: 'CHN', cameo: '05' },
      { source: 'HND', plover: 'SANCTION', target: 'TWN', cameo: '161' },
    ],
    tags: ['SUPPORT', 'SANCTION'],
  },
  {
    text: 'The White House praised Cairo\'s role in securing the release of the hostages.',
    expect: [{ source: 'USA', plover: 'SUPPORT', target: 'EGY', cameo: '051' }],
    tags: ['SUPPORT', 'metonymy'],
  },
  {
    text: 'Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday.',
    expect: [
      { source: 'ESP', plover: 'SUPPORT', target: 'PSE', cameo: '054' },
      { source: 'IRL', plover: 'SUPPORT', target: 'PSE', cameo: '054' },
      { source: 'NOR', plover: 'SUPPORT', target: 'PSE', cameo: '054' },
    ],
    tags: ['SUPPORT', 'compound'],
  },
  {
    text: 'Mali\'s military government thanked Russia for its support in the fight against armed groups in the north.',
    expect: [{ source: 'MLI', plover: 'SUPPORT', target: 'RUS', cameo: '051' }],
    tags: ['SUPPORT'],
  },
  {
    text: 'Lavrov praised North Korea for its steadfast backing of Moscow\'s position on Ukraine.',
    context: [
      'Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Thursday for a two-day visit.',
    ],
    expect: [{ source: 'RUS', plover: 'SUPPORT', target: 'PRK', cameo: '051' }],
    tags: ['SUPPORT', 'coreference'],
  },
  {
    text: 'He signed nine cooperation agreements with China covering roads, ports and agriculture.',
    context: ['Kenyan President William Ruto arrived in Beijing on Tuesday for a state visit.'],
    expect: [{ source: 'KEN', plover: 'SUPPORT', target: 'CHN', cameo: '057' }],
    tags: ['SUPPORT', 'coreference'],
  },
  {
    text: 'The Arab League endorsed Egypt\'s plan for the reconstruction of Gaza at an emergency summit in Cairo.',
    expect: [{ source: 'ARL', plover: 'SUPPORT', target: 'EGY', cameo: '051' }],
    tags: ['SUPPORT', 'igo'],
  },

  // ─── CONCEDE ──────────────────────────────────────────────────────────────
  {
    text: 'Tunisia eased emergency measures in the south on Thursday.',
    expect: [{ source: 'TUN', plover: 'CONCEDE', cameo: '0814' }],
    tags: ['CONCEDE'],
  },
  {
    text: 'The Kenyan president has conceded at last to demands from the opposition to reform the electoral commission.',
    expect: [{ source: 'KEN', plover: 'CONCEDE', cameo: '08' }],
    tags: ['CONCEDE', 'nominal'],
  },
  {
    // "demands" is the object of "accepted", not a verb of its own.
    text: 'The Ethiopian government accepted demands from opposition parties that it carry out electoral reforms.',
    expect: [{ source: 'ETH/GOV', plover: 'CONCEDE', target: 'ETH/OPP', cameo: '08' }],
    tags: ['CONCEDE', 'nominal'],
  },
  {
    text: 'Bangladesh\'s interim government lifted the ban on the Jamaat-e-Islami party on Wednesday.',
    expect: [{ source: 'BGD', plover: 'CONCEDE', cameo: '0812' }],
    tags: ['CONCEDE'],
  },
  {
    text: 'The Kenyan government withdrew the contested finance bill after weeks of deadly street protests.',
    expect: [{ source: 'KEN', plover: 'CONCEDE', cameo: '083' }],
    tags: ['CONCEDE'],
  },
  {
    text: 'Nigeria\'s university lecturers\' union called off its eight-month strike after an agreement with the government.',
    expect: [{ source: 'NGA', plover: 'CONCEDE', cameo: '082' }],
    tags: ['CONCEDE'],
  },
  {
    text: 'Georgian opposition parties suspended their street protests ahead of talks with the governing party.',
    expect: [{ source: 'GEO', plover: 'CONCEDE', cameo: '082' }],
    tags: ['CONCEDE'],
  },
  {
    text: 'Algeria lifted restrictions on foreign correspondents working in the country, the communications ministry announced.',
    expect: [{ source: 'DZA', plover: 'CONCEDE', cameo: '0811' }],
    tags: ['CONCEDE'],
  },
  {
    text: 'Pakistan dropped its demand that Afghanistan hand over the militant commanders before any talks.',
    expect: [{ source: 'PAK', plover: 'CONCEDE', target: 'AFG' }],
    tags: ['CONCEDE'],
  },
  {
    text: 'Zimbabwe\'s government lifted a ban on opposition rallies in Harare ahead of the by-elections.',
    expect: [{ source: 'ZWE', plover: 'CONCEDE', cameo: '0811' }],
    tags: ['CONCEDE'],
  },
  {
    text: 'The French government scrapped its planned fuel tax increase following three weekends of protests.',
    expect: [{ source: 'FRA', plover: 'CONCEDE', cameo: '083' }],
    tags: ['CONCEDE'],
  },

  {
    // A consensus to act is an agreement to come (030); one on a view is 019, no PLOVER event.
    text: "Egypt and Sudan reached a consensus on Monday to share data on the Nile's flow.",
    expect: [
      { source: 'EGY', plover: 'AGREE', target: 'SDN', cameo: '030' },
      { source: 'SDN', plover: 'AGREE', target: 'EGY', cameo: '030' },
    ],
    tags: ['AGREE', 'compound', 'intent'],
  },
  {
    // A ban on a named party lifted (0812); said as a readiness, it is an intent (035).
    text: 'President Kais Saied said he is prepared to lift the ban on the Ennahda party before the elections.',
    expect: [{ source: 'TUN', plover: 'AGREE', cameo: '035' }],
    tags: ['AGREE', 'intent', 'hypothetical'],
  },
  {
    text: 'Algeria lifted its ban on Russian wheat imports on Tuesday.',
    expect: [{ source: 'DZA', plover: 'RETREAT', target: 'RUS', cameo: '085' }],
    tags: ['RETREAT'],
  },
  // ─── COOPERATE ────────────────────────────────────────────────────────────
  {
    // PLOVER manual: joint operations are COOPERATE, one country's exercises MOBILIZE.
    text: 'Indian and Japanese warships on Friday began five days of war games in the Bay of Bengal.',
    expect: [
      { source: 'IND', plover: 'COOPERATE', target: 'JPN', cameo: '062' },
      { source: 'JPN', plover: 'COOPERATE', target: 'IND', cameo: '062' },
    ],
    tags: ['COOPERATE', 'compound'],
  },
  {
    text: 'Belarus has been sharing military expertise with Russia.',
    expect: [{ source: 'BLR', plover: 'COOPERATE', target: 'RUS', cameo: '064' }],
    tags: ['COOPERATE'],
  },
  {
    text: 'Japan and the Philippines held joint naval drills in the South China Sea on Thursday.',
    expect: [
      { source: 'JPN', plover: 'COOPERATE', cameo: '062' },
      { source: 'PHL', plover: 'COOPERATE', cameo: '062' },
    ],
    tags: ['COOPERATE', 'compound'],
  },
  {
    text: 'India extradited a fugitive businessman to the United Arab Emirates on Wednesday.',
    expect: [{ source: 'IND', plover: 'COOPERATE', target: 'ARE', cameo: '063' }],
    tags: ['COOPERATE'],
  },
  {
    text: 'Jordan shared intelligence with Iraq that led to the capture of a senior Islamic State commander near Anbar.',
    expect: [{ source: 'JOR', plover: 'COOPERATE', target: 'IRQ', cameo: '064' }],
    tags: ['COOPERATE'],
  },
  {
    text: 'Chinese and Russian bombers conducted joint air patrols over the Sea of Japan on Tuesday.',
    expect: [
      { source: 'CHN', plover: 'COOPERATE', cameo: '062' },
      { source: 'RUS', plover: 'COOPERATE', cameo: '062' },
    ],
    tags: ['COOPERATE', 'compound'],
  },
  {
    text: 'Turkey and Egypt resumed direct trade links and flights after a decade-long rift.',
    expect: [
      { source: 'TUR', plover: 'COOPERATE', cameo: '061' },
      { source: 'EGY', plover: 'COOPERATE', cameo: '061' },
    ],
    tags: ['COOPERATE', 'compound'],
  },
  {
    text: 'Spain extradited a Colombian drug trafficker to the United States on Monday.',
    expect: [{ source: 'ESP', plover: 'COOPERATE', target: 'USA', cameo: '063' }],
    tags: ['COOPERATE'],
  },
  {
    text: 'South Korean and American troops conducted a joint live-fire exercise near the demilitarised zone.',
    expect: [
      { source: 'KOR/MIL', plover: 'COOPERATE', cameo: '062' },
      { source: 'USA/MIL', plover: 'COOPERATE', cameo: '062' },
    ],
    tags: ['COOPERATE', 'compound', 'sector'],
  },
  {
    text: 'Iraq handed over 30 suspected members of a people-smuggling ring to Syrian authorities at the al-Qaim crossing.',
    expect: [{ source: 'IRQ', plover: 'COOPERATE', target: 'SYR', cameo: '063' }],
    tags: ['COOPERATE'],
  },

  {
    text: 'Kenya and Ethiopia launched a joint road project along their shared border on Thursday.',
    expect: [
      { source: 'KEN', plover: 'COOPERATE', target: 'ETH', cameo: '061' },
      { source: 'ETH', plover: 'COOPERATE', target: 'KEN', cameo: '061' },
    ],
    tags: ['COOPERATE', 'compound'],
  },
  // ─── AID ──────────────────────────────────────────────────────────────────
  {
    text: 'Saudi Arabia and the United Arab Emirates sent planeloads of food and medicine to Sudan on Sunday.',
    expect: [
      { source: 'SAU', plover: 'AID', target: 'SDN', cameo: '073' },
      { source: 'ARE', plover: 'AID', target: 'SDN', cameo: '073' },
    ],
    tags: ['AID', 'compound'],
  },
  {
    text: 'Humanitarian supplies were delivered to northern Gaza by Jordanian aircraft on Tuesday.',
    expect: [{ source: 'JOR', plover: 'AID', cameo: '073' }],
    tags: ['AID', 'passive'],
  },
  {
    text: 'Ecuador granted diplomatic asylum to a former Peruvian vice-president who had sought refuge in its embassy in Lima.',
    expect: [{ source: 'ECU', plover: 'AID', target: 'PER', cameo: '075' }],
    tags: ['AID'],
  },
  {
    text: 'The United States delivered a new shipment of artillery shells and armoured vehicles to Ukraine.',
    expect: [{ source: 'USA', plover: 'AID', target: 'UKR', cameo: '072' }],
    tags: ['AID'],
  },
  {
    text: 'Turkey sent search-and-rescue teams to Morocco hours after the earthquake struck the Atlas mountains.',
    expect: [{ source: 'TUR', plover: 'AID', target: 'MAR', cameo: '073' }],
    tags: ['AID'],
  },
  {
    text: 'China provided a $2 billion loan to Pakistan to shore up its dwindling foreign currency reserves.',
    expect: [{ source: 'CHN', plover: 'AID', target: 'PAK', cameo: '071' }],
    tags: ['AID'],
  },
  {
    text: 'Kenya deployed 400 police officers to Haiti as part of a UN-backed security mission against armed gangs.',
    expect: [{ source: 'KEN', plover: 'AID', target: 'HTI', cameo: '074' }],
    tags: ['AID'],
  },
  {
    text: 'Qatar transferred $30 million to cover the salaries of civil servants in the Palestinian Authority.',
    expect: [{ source: 'QAT', plover: 'AID', target: 'PSE', cameo: '071' }],
    tags: ['AID'],
  },

  {
    // A gift to an actor is aid, whatever the goods.
    text: 'Volunteers from two Canadian charities donated $40,000 worth of laboratory equipment to Haiti\'s state university on Monday.',
    expect: [{ source: 'CAN', plover: 'AID', cameo: '07' }],
    tags: ['AID'],
  },
  // ─── RETREAT ──────────────────────────────────────────────────────────────
  {
    text: 'Iran released two French nationals who had been held in Evin prison for more than three years.',
    expect: [{ source: 'IRN', plover: 'RETREAT', target: 'FRA', cameo: '0841' }],
    tags: ['RETREAT'],
  },
  {
    text: 'Russian forces withdrew from the west bank of the Dnipro river, the defence ministry in Moscow said.',
    expect: [{ source: 'RUS/MIL', plover: 'RETREAT', cameo: '087' }],
    tags: ['RETREAT', 'sector', 'quote'],
  },
  {
    text: 'The European Union lifted sanctions on Syria\'s central bank and energy sector on Monday.',
    expect: [{ source: 'EU', plover: 'RETREAT', target: 'SYR', cameo: '085' }],
    tags: ['RETREAT', 'igo'],
  },
  {
    text: 'Myanmar\'s military allowed a United Nations aid convoy to enter Rakhine state for the first time in months.',
    expect: [{ source: 'MMR', plover: 'RETREAT', target: 'UNO', cameo: '0863' }],
    tags: ['RETREAT', 'igo'],
  },
  {
    text: 'Ukraine and Russia exchanged 150 prisoners of war each on Friday in a swap brokered by the United Arab Emirates.',
    expect: [
      { source: 'UKR', plover: 'RETREAT', cameo: '0841' },
      { source: 'RUS', plover: 'RETREAT', cameo: '0841' },
    ],
    tags: ['RETREAT', 'compound'],
  },
  {
    text: 'ELN rebels freed a kidnapped Colombian police officer in the eastern province of Arauca on Saturday.',
    expect: [{ source: 'COL/REB', plover: 'RETREAT', target: 'COL/COP', cameo: '0841' }],
    tags: ['RETREAT', 'sector'],
  },
  {
    text: 'Iran allowed inspectors from the International Atomic Energy Agency back into the Fordow enrichment site.',
    expect: [{ source: 'IRN', plover: 'RETREAT', cameo: '0862' }],
    tags: ['RETREAT'],
  },
  {
    text: 'Venezuela returned a seized Guyanese fishing boat and its crew on Thursday.',
    expect: [{ source: 'VEN', plover: 'RETREAT', target: 'GUY', cameo: '084' }],
    tags: ['RETREAT'],
  },
  {
    text: 'Twelve Egyptian fishermen were released by Libyan authorities in Benghazi on Sunday.',
    expect: [{ source: 'LBY', plover: 'RETREAT', target: 'EGY', cameo: '0841' }],
    tags: ['RETREAT', 'passive'],
  },
  {
    text: 'Hezbollah fighters pulled back from positions south of the Litani river, the Lebanese army said.',
    expect: [{ source: 'LBN', plover: 'RETREAT' }],
    tags: ['RETREAT', 'quote'],
  },

  {
    // A decision taken is the act itself, not an intention (PLOVER: concessions stay CONCEDE/RETREAT).
    text: 'South Korea has decided to lift the economic sanctions it imposed on Japan in 2019.',
    expect: [{ source: 'KOR', plover: 'RETREAT', target: 'JPN', cameo: '085' }],
    tags: ['RETREAT'],
  },
  {
    text: 'The Colombian government said it will release 40 jailed ELN rebels next week.',
    expect: [{ source: 'COL', plover: 'AGREE', cameo: '035' }],
    tags: ['AGREE', 'intent', 'hypothetical'],
  },
  {
    // A ceasefire announced is declared, not merely said.
    text: 'Myanmar\'s military announced a unilateral ceasefire in the north after the earthquake.',
    expect: [{ source: 'MMR', plover: 'RETREAT', cameo: '0871' }],
    tags: ['RETREAT'],
  },
  {
    text: 'Ethiopian troops pulled out of the town of Baidoa on Sunday, residents said.',
    expect: [{ source: 'ETH', plover: 'RETREAT', cameo: '0874' }],
    tags: ['RETREAT'],
  },
  // ─── REQUEST ──────────────────────────────────────────────────────────────
  {
    text: 'The United Nations called on Myanmar\'s military to release all political prisoners.',
    expect: [{ source: 'UNO', plover: 'REQUEST', target: 'MMR' }],
    tags: ['REQUEST', 'igo'],
  },
  {
    text: 'Sudani called on Washington to speed up the withdrawal of coalition forces from Iraq.',
    context: [
      'Iraqi Prime Minister Mohammed Shia al-Sudani arrived in Washington on Monday for a three-day visit.',
      'It is his first trip to the United States since taking office.',
    ],
    expect: [{ source: 'IRQ', plover: 'REQUEST', target: 'USA' }],
    tags: ['REQUEST', 'coreference', 'metonymy'],
  },
  {
    text: 'Pakistan demanded that Afghanistan\'s Taliban government act against militants sheltering on its soil.',
    expect: [{ source: 'PAK', plover: 'REQUEST', target: 'AFG', cameo: '10' }],
    tags: ['REQUEST'],
  },
  {
    text: 'China urged the United States to stop selling weapons to Taiwan.',
    expect: [{ source: 'CHN', plover: 'REQUEST', target: 'USA' }],
    tags: ['REQUEST'],
  },
  {
    text: 'The Arab League asked the UN Security Council to hold an emergency session on the situation in Sudan.',
    expect: [{ source: 'ARL', plover: 'REQUEST', target: 'UNO' }],
    tags: ['REQUEST', 'igo'],
  },
  {
    text: '"We call on all parties to exercise maximum restraint," the UN secretary-general said in a statement.',
    expect: [{ source: 'UNO', plover: 'REQUEST' }],
    tags: ['REQUEST', 'quote', 'igo'],
  },
  {
    text: 'Ukraine asked its Western partners for more air defence systems after a night of heavy missile attacks.',
    expect: [{ source: 'UKR', plover: 'REQUEST' }],
    tags: ['REQUEST'],
  },
  {
    text: 'Opposition lawmakers in Peru demanded the resignation of the interior minister over the police crackdown.',
    expect: [{ source: 'PER', plover: 'REQUEST', cameo: '104' }],
    tags: ['REQUEST'],
  },
  {
    text: '"The occupation must end now," the Palestinian foreign minister told the UN General Assembly.',
    expect: [{ source: 'PSE', plover: 'REQUEST' }],
    tags: ['REQUEST', 'quote'],
  },
  {
    text: 'Germany\'s foreign minister urged Serbia to return to the EU-facilitated dialogue with Pristina.',
    expect: [{ source: 'DEU', plover: 'REQUEST', target: 'SRB' }],
    tags: ['REQUEST'],
  },
  {
    text: 'There, he urged Ukrainian President Volodymyr Zelensky to consider a ceasefire with Russia.',
    context: ['Hungarian Prime Minister Viktor Orban travelled to Kyiv on Tuesday, his first visit since the war began.'],
    expect: [{ source: 'HUN', plover: 'REQUEST', target: 'UKR' }],
    tags: ['REQUEST', 'coreference'],
  },

  // ─── ACCUSE ───────────────────────────────────────────────────────────────
  {
    text: 'The Kremlin accused London of deliberately escalating the conflict in Ukraine.',
    expect: [{ source: 'RUS', plover: 'ACCUSE', target: 'GBR', cameo: '112' }],
    tags: ['ACCUSE', 'metonymy'],
  },
  {
    text: 'France, Germany and Britain accused Iran of breaching the limits of the nuclear deal.',
    expect: [
      { source: 'FRA', plover: 'ACCUSE', target: 'IRN', cameo: '112' },
      { source: 'DEU', plover: 'ACCUSE', target: 'IRN', cameo: '112' },
      { source: 'GBR', plover: 'ACCUSE', target: 'IRN', cameo: '112' },
    ],
    tags: ['ACCUSE', 'compound'],
  },
  {
    text: 'The Arab League condemned the Israeli airstrikes on Syrian territory as a flagrant violation of international law.',
    expect: [{ source: 'ARL', plover: 'ACCUSE', target: 'ISR', cameo: '111' }],
    tags: ['ACCUSE', 'igo'],
  },
  {
    text: 'South Africa filed a case at the International Court of Justice accusing Israel of genocide in Gaza.',
    expect: [{ source: 'ZAF', plover: 'ACCUSE', target: 'ISR', cameo: '11' }],
    tags: ['ACCUSE'],
  },
  {
    text: 'The Russian ambassador was summoned by the Polish foreign ministry after a drone crashed in eastern Poland.',
    expect: [{ source: 'POL', plover: 'ACCUSE', target: 'RUS', cameo: '11' }],
    tags: ['ACCUSE', 'passive'],
  },
  {
    text: 'Pakistan\'s parliament unanimously condemned the Indian missile strikes in Punjab province.',
    expect: [{ source: 'PAK/LEG', plover: 'ACCUSE', target: 'IND', cameo: '111' }],
    tags: ['ACCUSE', 'sector'],
  },
  {
    text: 'Brazil\'s Supreme Court opened an investigation into former president Jair Bolsonaro over the alleged coup plot.',
    expect: [{ source: 'BRA/JUD', plover: 'ACCUSE', target: 'BRA', cameo: '09' }],
    tags: ['ACCUSE', 'sector'],
  },
  {
    text: 'Pakistan accused India of sponsoring terrorism in Balochistan, the foreign ministry spokeswoman told a weekly briefing.',
    expect: [{ source: 'PAK', plover: 'ACCUSE', target: 'IND', cameo: '112' }],
    tags: ['ACCUSE', 'quote'],
  },
  {
    text: '"Russia is waging a war of terror against our cities," the Ukrainian president said in his nightly address.',
    expect: [{ source: 'UKR', plover: 'ACCUSE', target: 'RUS' }],
    tags: ['ACCUSE', 'quote'],
  },
  {
    text: 'Tehran summoned Berlin\'s envoy over remarks by the German chancellor.',
    expect: [{ source: 'IRN', plover: 'ACCUSE', target: 'DEU', cameo: '11' }],
    tags: ['ACCUSE', 'metonymy'],
  },
  {
    text: 'Iraq condemns the Israeli strikes on Iranian territory, Al-Araji told reporters in Moscow.',
    context: ['Iraqi National Security Advisor Qassem Al-Araji arrived in Moscow on Tuesday to attend a security forum.'],
    expect: [{ source: 'IRQ', plover: 'ACCUSE', target: 'ISR', cameo: '111' }],
    tags: ['ACCUSE', 'quote', 'location-not-actor'],
  },
  {
    text: 'Washington "strongly condemns" North Korea\'s latest ballistic missile launch, the State Department spokesman said.',
    expect: [{ source: 'USA', plover: 'ACCUSE', target: 'PRK', cameo: '111' }],
    tags: ['ACCUSE', 'quote', 'metonymy'],
  },

  {
    text: 'Brazil\'s president on Monday called Argentina\'s foreign minister a clown and a liar.',
    expect: [{ source: 'BRA', plover: 'ACCUSE', target: 'ARG', cameo: '111' }],
    tags: ['ACCUSE'],
  },
  // ─── REJECT ───────────────────────────────────────────────────────────────
  {
    text: 'Venezuela\'s opposition rejected calls from the Brazilian president to end the boycott.',
    expect: [{ source: 'VEN', plover: 'REJECT', target: 'BRA', cameo: '12' }],
    tags: ['REJECT', 'nominal'],
  },
  {
    text: 'The Malian junta ignored demands by West African leaders to hold elections in February.',
    expect: [{ source: 'MLI', plover: 'REJECT', cameo: '12' }],
    tags: ['REJECT', 'nominal'],
  },
  {
    text: 'Moscow rejected Washington\'s proposal for a 30-day ceasefire.',
    expect: [{ source: 'RUS', plover: 'REJECT', target: 'USA', cameo: '12' }],
    tags: ['REJECT', 'metonymy'],
  },
  {
    text: 'Russia and China vetoed a Security Council resolution demanding a ceasefire in Gaza.',
    expect: [
      { source: 'RUS', plover: 'REJECT', cameo: '129' },
      { source: 'CHN', plover: 'REJECT', cameo: '129' },
    ],
    tags: ['REJECT', 'compound'],
  },
  {
    text: 'Venezuela refused on Friday to release three detained American citizens.',
    expect: [{ source: 'VEN', plover: 'REJECT', target: 'USA', cameo: '124' }],
    tags: ['REJECT', 'negation'],
  },
  {
    text: '"We will not negotiate with terrorists," the Nigerian president said on Sunday.',
    expect: [{ source: 'NGA', plover: 'REJECT', cameo: '12' }],
    tags: ['REJECT', 'negation', 'quote'],
  },
  {
    text: 'Israel said it would not withdraw its troops from the Philadelphi corridor along the Egyptian border.',
    expect: [{ source: 'ISR', plover: 'REJECT', cameo: '124' }],
    tags: ['REJECT', 'negation', 'quote'],
  },
  {
    text: 'Hungary declined to sign the joint statement on Ukraine at the end of the summit.',
    expect: [{ source: 'HUN', plover: 'REJECT' }],
    tags: ['REJECT', 'negation'],
  },
  {
    text: 'Serbia refuses to recognise Kosovo\'s independence, President Aleksandar Vucic told parliament.',
    expect: [{ source: 'SRB', plover: 'REJECT' }],
    tags: ['REJECT', 'negation', 'quote'],
  },
  {
    text: 'The African Union peace plan was rejected by the Sudanese army on Monday.',
    expect: [{ source: 'SDN/MIL', plover: 'REJECT', cameo: '12' }],
    tags: ['REJECT', 'passive', 'sector'],
  },
  {
    text: 'Burhan rejected any negotiations with the Rapid Support Forces while they occupy civilian homes.',
    context: ['Sudan\'s army chief Abdel Fattah al-Burhan visited troops in Omdurman on Monday.'],
    expect: [{ source: 'SDN', plover: 'REJECT', cameo: '12' }],
    tags: ['REJECT', 'coreference'],
  },
  {
    text: 'Colombia\'s request for the extradition of the rebel commander was turned down by Venezuela.',
    expect: [{ source: 'VEN', plover: 'REJECT', target: 'COL', cameo: '12' }],
    tags: ['REJECT', 'passive'],
  },
  {
    text: 'Ethiopia rejected Somalia\'s demand to cancel its port agreement with the breakaway region of Somaliland.',
    expect: [{ source: 'ETH', plover: 'REJECT', target: 'SOM', cameo: '12' }],
    tags: ['REJECT'],
  },

  // ─── THREATEN ─────────────────────────────────────────────────────────────
  {
    text: 'North Korea said it would respond with overwhelming force if the United States and South Korea went ahead with their spring drills.',
    expect: [{ source: 'PRK', plover: 'THREATEN', target: 'USA', cameo: '13' }],
    tags: ['THREATEN', 'threat', 'hypothetical', 'quote'],
  },
  {
    text: 'Beijing warned Taipei against any move toward formal independence.',
    expect: [{ source: 'CHN', plover: 'THREATEN', target: 'TWN' }],
    tags: ['THREATEN', 'threat', 'metonymy'],
  },
  {
    text: 'Iran threatened to close the Strait of Hormuz if its territory is attacked.',
    expect: [{ source: 'IRN', plover: 'THREATEN', cameo: '13' }],
    tags: ['THREATEN', 'threat', 'hypothetical'],
  },
  {
    text: 'The United States threatened to impose tariffs on Mexican goods unless Mexico curbs migrant crossings.',
    expect: [{ source: 'USA', plover: 'THREATEN', target: 'MEX', cameo: '131' }],
    tags: ['THREATEN', 'threat', 'hypothetical'],
  },
  {
    text: 'Russia warned Finland of "countermeasures" if NATO troops are stationed on its territory.',
    expect: [{ source: 'RUS', plover: 'THREATEN', target: 'FIN', cameo: '13' }],
    tags: ['THREATEN', 'threat', 'hypothetical'],
  },
  {
    text: 'Israel\'s defence minister vowed that Israel would strike Hezbollah hard if the group opened a new front in the north.',
    expect: [{ source: 'ISR', plover: 'THREATEN', cameo: '138' }],
    tags: ['THREATEN', 'threat', 'hypothetical'],
  },
  {
    text: 'Houthi fighters have sworn to attack Saudi oil facilities until the air strikes on Yemen stop.',
    expect: [{ source: 'YEM', plover: 'THREATEN', cameo: '138' }],
    tags: ['THREATEN', 'threat', 'hypothetical'],
  },
  {
    text: 'The new Somali president was sworn in on Monday at a ceremony in Mogadishu.',
    expect: [],
    tags: ['intent'],
  },
  {
    // "continue" passes the vow on to the attack: a threat, not an attack.
    text: 'Al-Shabaab fighters vowed to continue attacking Kenyan troops in southern Somalia.',
    expect: [{ source: 'SOM', plover: 'THREATEN', target: 'KEN', cameo: '138' }],
    tags: ['THREATEN', 'threat', 'hypothetical'],
  },
  {
    // The participle describes the announced rally: it is as future as the rally.
    text: 'Greek students will hold a rally outside the Turkish embassy on Thursday, protesting the arrests of journalists.',
    expect: [
      { source: 'GRC', plover: 'THREATEN', target: 'TUR', cameo: '133' },
      { source: 'GRC', plover: 'THREATEN', cameo: '133' },
    ],
    tags: ['THREATEN', 'future', 'hypothetical'],
  },
  {
    text: 'Ethiopia gave Eritrea a 72-hour ultimatum to pull its troops back from the disputed border area.',
    expect: [{ source: 'ETH', plover: 'THREATEN', target: 'ERI', cameo: '139' }],
    tags: ['THREATEN', 'threat'],
  },
  {
    text: '"India will respond firmly to any provocation," Defence Minister Rajnath Singh told reporters in New Delhi.',
    expect: [{ source: 'IND', plover: 'THREATEN', cameo: '13' }],
    tags: ['THREATEN', 'threat', 'quote', 'hypothetical'],
  },
  {
    text: 'Turkey\'s president threatened a new military operation against Kurdish fighters in northern Syria.',
    expect: [{ source: 'TUR', plover: 'THREATEN', cameo: '138' }],
    tags: ['THREATEN', 'threat'],
  },
  {
    text: 'Algeria threatened to cut gas supplies to Spain over Madrid\'s shift on Western Sahara.',
    expect: [{ source: 'DZA', plover: 'THREATEN', target: 'ESP', cameo: '13' }],
    tags: ['THREATEN', 'threat', 'metonymy'],
  },

  // ─── PROTEST ──────────────────────────────────────────────────────────────
  {
    text: 'Inmates rioted on Sunday at the central prison in Bamako, Malian officials said.',
    expect: [{ source: 'MLI', plover: 'PROTEST', cameo: '145' }],
    tags: ['PROTEST'],
  },
  {
    text: 'Bolivian opposition parties organized a general strike that shut down La Paz.',
    expect: [{ source: 'BOL', plover: 'PROTEST', cameo: '143' }],
    tags: ['PROTEST'],
  },
  {
    text: 'Tens of thousands of Serbian students marched through Belgrade on Saturday to protest against the Serbian government.',
    expect: [{ source: 'SRB', plover: 'PROTEST', target: 'SRB/GOV', cameo: '141' }],
    tags: ['PROTEST', 'sector'],
  },
  {
    text: 'Kenyan doctors went on strike on Monday over unpaid salaries and poor working conditions.',
    expect: [{ source: 'KEN/MED', plover: 'PROTEST', cameo: '143' }],
    tags: ['PROTEST', 'sector'],
  },
  {
    text: 'Georgian protesters blocked the main avenue in Tbilisi for a tenth consecutive night.',
    expect: [{ source: 'GEO/CVL', plover: 'PROTEST', cameo: '14' }],
    tags: ['PROTEST', 'sector'],
  },
  {
    text: 'A jailed Bahraini activist began a hunger strike to protest his continued detention.',
    expect: [{ source: 'BHR', plover: 'PROTEST', cameo: '142' }],
    tags: ['PROTEST'],
  },
  {
    text: 'French farmers blocked motorways around Paris with tractors to protest against EU trade policy.',
    expect: [{ source: 'FRA/AGR', plover: 'PROTEST', cameo: '14' }],
    tags: ['PROTEST', 'sector'],
  },
  {
    text: 'Nepalese protesters set fire to the parliament building in Kathmandu on Tuesday.',
    expect: [{ source: 'NPL', plover: 'PROTEST', cameo: '145' }],
    tags: ['PROTEST'],
  },
  {
    text: 'Hundreds of Iraqis rallied outside the Turkish embassy in Baghdad against Turkish airstrikes in the Kurdistan region.',
    expect: [{ source: 'IRQ', plover: 'PROTEST', target: 'TUR', cameo: '141' }],
    tags: ['PROTEST'],
  },
  {
    text: 'Indonesian workers staged a nationwide strike against the new labour law.',
    expect: [{ source: 'IDN/LAB', plover: 'PROTEST', cameo: '143' }],
    tags: ['PROTEST', 'sector'],
  },
  {
    text: 'Argentine unions held a general strike against President Javier Milei\'s austerity measures.',
    expect: [{ source: 'ARG', plover: 'PROTEST', target: 'ARG', cameo: '143' }],
    tags: ['PROTEST'],
  },

  // ─── SANCTION ─────────────────────────────────────────────────────────────
  {
    text: 'Ankara recalled its ambassador from Tel Aviv for consultations.',
    expect: [{ source: 'TUR', plover: 'SANCTION', target: 'ISR', cameo: '161' }],
    tags: ['SANCTION', 'metonymy'],
  },
  {
    text: 'The African Union suspended Gabon\'s membership following the military coup in Libreville.',
    expect: [{ source: 'AU', plover: 'SANCTION', target: 'GAB', cameo: '16' }],
    tags: ['SANCTION', 'igo'],
  },
  {
    text: 'It also suspended all military cooperation with Paris.',
    context: ['Niger\'s military government expelled the French ambassador in August.'],
    expect: [{ source: 'NER', plover: 'SANCTION', target: 'FRA', cameo: '16' }],
    tags: ['SANCTION', 'coreference', 'metonymy'],
  },
  {
    text: 'The Netherlands suspended development aid to Uganda over its new anti-homosexuality law.',
    expect: [{ source: 'NLD', plover: 'SANCTION', target: 'UGA', cameo: '162' }],
    tags: ['COERCE'],
  },
  {
    text: 'Sanctions were imposed on three Iranian shipping firms by the US Treasury on Thursday.',
    expect: [{ source: 'USA', plover: 'COERCE', target: 'IRN' }],
    tags: ['COERCE', 'passive', 'sanctions-163'],
  },
  {
    text: 'The UN Security Council imposed an arms embargo on South Sudan.',
    expect: [{ source: 'UNO', plover: 'COERCE', target: 'SSD' }],
    tags: ['COERCE', 'igo', 'sanctions-163'],
  },
  {
    text: 'Lithuania expelled three Russian diplomats on Wednesday for activities incompatible with their status.',
    expect: [{ source: 'LTU', plover: 'SANCTION', target: 'RUS', cameo: '166' }],
    tags: ['COERCE'],
  },
  {
    text: 'Mali, Burkina Faso and Niger formally withdrew from the Economic Community of West African States.',
    expect: [
      { source: 'MLI', plover: 'SANCTION', cameo: '16' },
      { source: 'BFA', plover: 'SANCTION', cameo: '16' },
      { source: 'NER', plover: 'SANCTION', cameo: '16' },
    ],
    tags: ['SANCTION', 'compound'],
  },
  {
    text: 'Ukraine\'s delegation walked out of the talks in Istanbul after less than an hour.',
    expect: [{ source: 'UKR', plover: 'SANCTION', cameo: '164' }],
    tags: ['COERCE'],
  },

  // ─── MOBILIZE ─────────────────────────────────────────────────────────────
  {
    text: 'Indian warships on Friday began five days of war games in the Bay of Bengal.',
    expect: [{ source: 'IND', plover: 'MOBILIZE', cameo: '150' }],
    tags: ['MOBILIZE'],
  },
  {
    text: 'NATO deployed additional fighter jets to Poland after the violation of its airspace.',
    expect: [{ source: 'NATO', plover: 'MOBILIZE', cameo: '15' }],
    tags: ['MOBILIZE', 'igo'],
  },
  {
    text: 'The Pentagon sent a second aircraft carrier to the eastern Mediterranean on Sunday.',
    expect: [{ source: 'USA/MIL', plover: 'MOBILIZE', cameo: '15' }],
    tags: ['MOBILIZE', 'metonymy', 'sector'],
  },
  {
    text: 'North Korea test-fired two short-range ballistic missiles into the sea off its east coast.',
    expect: [{ source: 'PRK', plover: 'MOBILIZE', cameo: '15' }],
    tags: ['MOBILIZE'],
  },
  {
    text: 'India put its armed forces on high alert along the border with Pakistan.',
    expect: [{ source: 'IND/MIL', plover: 'MOBILIZE', cameo: '152' }],
    tags: ['MOBILIZE', 'sector'],
  },
  {
    text: 'Russia has massed tens of thousands of troops near the Ukrainian border, satellite images show.',
    expect: [{ source: 'RUS', plover: 'MOBILIZE', cameo: '154' }],
    tags: ['MOBILIZE'],
  },
  {
    text: 'Serbian police deployed hundreds of riot officers in central Belgrade ahead of the opposition rally.',
    expect: [{ source: 'SRB/COP', plover: 'MOBILIZE', cameo: '153' }],
    tags: ['MOBILIZE', 'sector'],
  },
  {
    text: 'Israel called up 60,000 reservists on Wednesday.',
    expect: [{ source: 'ISR', plover: 'MOBILIZE', cameo: '154' }],
    tags: ['MOBILIZE'],
  },
  {
    text: 'Venezuela moved troops and armoured vehicles to its border with Guyana.',
    expect: [{ source: 'VEN', plover: 'MOBILIZE', cameo: '154' }],
    tags: ['MOBILIZE'],
  },
  {
    text: 'China\'s military launched large-scale exercises around Taiwan on Monday, simulating a blockade of the island.',
    expect: [{ source: 'CHN/MIL', plover: 'MOBILIZE', target: 'TWN', cameo: '15' }],
    tags: ['MOBILIZE', 'sector'],
  },
  {
    text: 'Taiwan raised the alert level of its forces after Chinese warships were spotted near the island.',
    expect: [{ source: 'TWN', plover: 'MOBILIZE', cameo: '152' }],
    tags: ['MOBILIZE'],
  },

  {
    text: 'The Pakistani government ordered police patrols in Karachi after two nights of rioting.',
    expect: [{ source: 'PAK', plover: 'MOBILIZE', cameo: '151' }],
    tags: ['MOBILIZE'],
  },
  // ─── COERCE ───────────────────────────────────────────────────────────────
  {
    // Wire style puts the day between the subject and a light verb.
    text: 'Turkey Thursday reimposed blockades on Kurdish towns along the Syrian border.',
    expect: [{ source: 'TUR', plover: 'COERCE', cameo: '191' }],
    tags: ['COERCE', 'nominal'],
  },
  {
    // PLOVER COERCE 'cyber': an attack on computers is not force.
    text: 'Hackers attacked the websites of the Lithuanian parliament on Tuesday.',
    expect: [{ source: 'group:criminals', plover: 'COERCE', target: 'LTU', cameo: '176' }],
    tags: ['COERCE'],
  },
  {
    text: 'Turkish police detained 12 journalists in dawn raids across Istanbul.',
    expect: [{ source: 'TUR/COP', plover: 'COERCE', target: 'TUR/JRN', cameo: '173' }],
    tags: ['COERCE', 'sector'],
  },
  {
    text: 'The opposition leader was arrested by Ugandan police in Kampala on Tuesday.',
    expect: [{ source: 'UGA/COP', plover: 'COERCE', target: 'UGA', cameo: '173' }],
    tags: ['COERCE', 'passive', 'sector'],
  },
  {
    text: 'Hundreds of migrants were deported by Algeria to the desert border with Niger last week.',
    expect: [{ source: 'DZA', plover: 'COERCE', cameo: '174' }],
    tags: ['COERCE', 'passive'],
  },
  {
    text: 'Iran seized a Greek-flagged oil tanker in the Gulf of Oman on Thursday.',
    expect: [{ source: 'IRN', plover: 'COERCE', target: 'GRC', cameo: '171' }],
    tags: ['COERCE'],
  },
  {
    text: 'Mali\'s military government dissolved all political parties by decree on Tuesday.',
    expect: [{ source: 'MLI', plover: 'COERCE', cameo: '1722' }],
    tags: ['COERCE'],
  },
  {
    text: 'Ecuador\'s president declared a state of emergency in three provinces to fight gang violence.',
    expect: [{ source: 'ECU', plover: 'COERCE', cameo: '1724' }],
    tags: ['COERCE'],
  },
  {
    text: 'Two Chinese nationals were detained by Pakistani authorities in Karachi.',
    expect: [{ source: 'PAK', plover: 'COERCE', target: 'CHN', cameo: '173' }],
    tags: ['COERCE', 'passive'],
  },
  {
    text: 'Russian authorities blocked access to several foreign news websites on Friday.',
    expect: [{ source: 'RUS', plover: 'COERCE', cameo: '172' }],
    tags: ['COERCE'],
  },
  {
    text: 'Chinese coast guard ships blocked a Philippine resupply mission to Second Thomas Shoal.',
    expect: [{ source: 'CHN', plover: 'COERCE', target: 'PHL', cameo: '191' }],
    tags: ['COERCE'],
  },
  {
    text: 'Police in Dubai arrested two British nationals and a German citizen over a social media post.',
    expect: [
      { source: 'ARE/COP', plover: 'COERCE', target: 'GBR', cameo: '173' },
      { source: 'ARE/COP', plover: 'COERCE', target: 'DEU', cameo: '173' },
    ],
    tags: ['COERCE', 'compound', 'sector'],
  },

  {
    text: 'Hackers have defaced dozens of Danish government websites since Friday.',
    expect: [{ source: 'group:criminals', plover: 'COERCE', target: 'DNK', cameo: '176' }],
    tags: ['COERCE'],
  },
  {
    text: 'Ukraine has waged cyber warfare against Russia since the start of the invasion, its intelligence service said.',
    expect: [{ source: 'UKR', plover: 'COERCE', target: 'RUS', cameo: '176' }],
    tags: ['COERCE'],
  },
  // ─── ASSAULT ──────────────────────────────────────────────────────────────
  {
    text: 'Kenyan police fired tear gas at protesters in Nairobi on Tuesday.',
    expect: [{ source: 'KEN/COP', plover: 'ASSAULT', target: 'KEN/CVL', cameo: '175' }],
    tags: ['ASSAULT', 'sector'],
  },
  {
    text: 'A Palestinian teenager was shot dead by Israeli troops near Jenin on Thursday.',
    expect: [{ source: 'ISR/MIL', plover: 'ASSAULT', target: 'PSE' }],
    tags: ['ASSAULT', 'passive', 'sector'],
  },
  {
    text: 'Three Ukrainian civilians were killed by Russian shelling in Kherson overnight.',
    expect: [{ source: 'RUS', plover: 'ASSAULT', target: 'UKR' }],
    tags: ['ASSAULT', 'passive', 'nominal'],
  },
  {
    text: 'Four Nigerian soldiers were killed by Boko Haram fighters in Borno state on Sunday.',
    expect: [{ source: 'NGA/REB', plover: 'ASSAULT', target: 'NGA/MIL' }],
    tags: ['ASSAULT', 'passive', 'sector'],
  },
  {
    text: 'Myanmar\'s army shelled ethnic rebel positions in northern Shan state.',
    expect: [{ source: 'MMR/MIL', plover: 'ASSAULT', target: 'MMR/REB', cameo: '19' }],
    tags: ['ASSAULT', 'sector'],
  },
  {
    text: 'Houthi rebels fired a missile at a Greek-owned cargo ship in the Red Sea.',
    expect: [{ source: 'YEM/REB', plover: 'ASSAULT', target: 'GRC' }],
    tags: ['ASSAULT', 'sector'],
  },
  {
    text: 'India and Pakistan exchanged artillery fire across the Line of Control in Kashmir.',
    expect: [
      { source: 'IND', plover: 'ASSAULT', cameo: '194' },
      { source: 'PAK', plover: 'ASSAULT', cameo: '194' },
    ],
    tags: ['ASSAULT', 'compound'],
  },
  {
    text: 'The United States and Britain struck Houthi targets in Yemen on Friday.',
    expect: [
      { source: 'USA', plover: 'ASSAULT', target: 'YEM', cameo: '19' },
      { source: 'GBR', plover: 'ASSAULT', target: 'YEM', cameo: '19' },
    ],
    tags: ['ASSAULT', 'compound'],
  },
  {
    text: 'An Israeli airstrike hit a residential building in southern Lebanon, killing five people.',
    expect: [{ source: 'ISR', plover: 'ASSAULT', cameo: '195' }],
    tags: ['ASSAULT', 'nominal'],
  },
  {
    text: 'Islamic State fighters attacked an army checkpoint near Deir ez-Zor, killing six Syrian soldiers.',
    expect: [{ source: 'group:Islamic State', plover: 'ASSAULT', target: 'SYR/MIL' }],
    tags: ['ASSAULT', 'group', 'sector'],
  },
  {
    text: 'Chinese coast guard ships fired water cannon at it, damaging its mast, Manila said.',
    context: ['A Philippine coast guard vessel was escorting supply boats near Scarborough Shoal on Monday.'],
    expect: [{ source: 'CHN', plover: 'ASSAULT', target: 'PHL' }],
    tags: ['ASSAULT', 'coreference', 'metonymy', 'quote'],
  },
  {
    text: 'Sudan\'s Rapid Support Forces killed dozens of civilians in an attack on a village in North Darfur, activists said.',
    expect: [{ source: 'SDN', plover: 'ASSAULT', target: 'SDN' }],
    tags: ['ASSAULT', 'quote'],
  },
  {
    text: 'Suspected al-Shabaab militants detonated a car bomb outside a hotel in Mogadishu on Friday.',
    expect: [{ source: 'SOM/REB', plover: 'ASSAULT', cameo: '183' }],
    tags: ['ASSAULT', 'sector'],
  },
  {
    text: 'Russian drones struck energy infrastructure in Kharkiv overnight, Ukrainian officials said.',
    expect: [{ source: 'RUS', plover: 'ASSAULT' }],
    tags: ['ASSAULT', 'quote'],
  },
  {
    text: 'Colombian rebels kidnapped two soldiers in the south-western province of Cauca.',
    expect: [{ source: 'COL/REB', plover: 'ASSAULT', target: 'COL/MIL', cameo: '181' }],
    tags: ['ASSAULT', 'sector'],
  },
  {
    text: 'Kremlin critic Alexei Navalny was poisoned in 2020.',
    expect: [],
    tags: ['passive', 'historical'],
  },

  // ─── NEGATION: the negated act is not a fact ─────────────────────────────
  {
    text: 'Turkey did not attack Kurdish positions in northern Syria overnight, the defence ministry said.',
    expect: [],
    tags: ['negation', 'quote'],
  },
  {
    text: 'Russia denied sending troops to Belarus.',
    expect: [],
    tags: ['negation'],
  },
  {
    text: 'The Egyptian foreign minister did not meet his Ethiopian counterpart in Addis Ababa, contrary to earlier reports.',
    expect: [],
    tags: ['negation'],
  },
  {
    text: 'No Chinese warships entered Philippine waters on Tuesday, the Philippine coast guard said.',
    expect: [],
    tags: ['negation', 'quote'],
  },
  {
    text: 'Pakistan has not yet responded to the Indian letter.',
    expect: [],
    tags: ['negation'],
  },
  {
    text: 'Kenyan police did not arrest the opposition leader, his party said in a statement.',
    expect: [],
    tags: ['negation', 'quote'],
  },
  {
    text: 'The Iranian navy never seized the tanker, Tehran insisted on Wednesday.',
    expect: [],
    tags: ['negation', 'metonymy', 'quote'],
  },
  {
    text: 'Japan has no plans to send troops to the Middle East, the defence minister said.',
    expect: [],
    tags: ['negation', 'hypothetical', 'quote'],
  },
  {
    text: 'The Sudanese army has not withdrawn from El Fasher despite the agreement, residents said.',
    expect: [],
    tags: ['negation', 'quote'],
  },
  {
    text: 'Neither Armenia nor Azerbaijan fired on the other\'s positions overnight, EU monitors reported.',
    expect: [],
    tags: ['negation', 'compound'],
  },
  {
    text: 'Moldova has not expelled any Russian diplomats this year, the foreign ministry said.',
    expect: [],
    tags: ['negation', 'quote'],
  },
  {
    text: 'The United States did not impose new sanctions on China on Monday, contrary to expectations in the markets.',
    expect: [],
    tags: ['negation'],
  },
  {
    text: 'Ghana denied that its troops had crossed into Togo.',
    expect: [],
    tags: ['negation'],
  },
  {
    text: 'Azerbaijani forces did not open fire on Armenian villages, Baku said.',
    expect: [],
    tags: ['negation', 'metonymy', 'quote'],
  },

  {
    // "have long refused talks": "have" is an auxiliary here, not "have talks".
    text: 'The Houthis have long refused direct talks with Saudi Arabia over the border.',
    expect: [{ source: 'YEM', plover: 'REJECT', target: 'SAU', cameo: '125' }],
    tags: ['REJECT', 'negation'],
  },
  {
    // A gerund after a determiner and an adjective is a noun: the police investigate, they did not kill.
    text: 'Kenyan police have opened an investigation into the brutal killing of a Somali journalist in Nairobi.',
    expect: [{ source: 'KEN', plover: 'ACCUSE', cameo: '09' }],
    tags: ['ACCUSE', 'negation'],
  },
  {
    // A position withdrawn from is a place, not a stance given up.
    text: 'The United Nations withdrew its peacekeepers from another position in southern Lebanon on Friday.',
    expect: [{ source: 'UNO', plover: 'SANCTION', cameo: '1661' }],
    tags: ['SANCTION', 'negation'],
  },
  {
    // What the urged allies are asked to supply is not supplied yet, even past a time phrase.
    text: 'Moldova\'s president urged European allies on Monday to supply more air defence systems.',
    expect: [{ source: 'MDA', plover: 'REQUEST' }],
    tags: ['REQUEST', 'negation'],
  },
  // ─── HYPOTHETICAL, CONDITIONAL, SPECULATIVE: no factual event ────────────
  {
    text: 'Analysts said Israel could strike Iranian nuclear facilities if the talks collapse.',
    expect: [],
    tags: ['hypothetical'],
  },
  {
    // A hostile act made conditional, in the actor's own words, is a threat (CAMEO 13).
    text: 'Serbia could expel the Croatian ambassador unless the border crossings are reopened, the minister warned.',
    expect: [{ source: 'SRB', plover: 'THREATEN', cameo: '13' }],
    tags: ['THREATEN', 'threat', 'hypothetical'],
  },
  {
    text: 'The United States may impose new sanctions on Iran if it keeps enriching uranium, officials in Washington said.',
    expect: [{ source: 'USA', plover: 'THREATEN', target: 'IRN', cameo: '13' }],
    tags: ['THREATEN', 'threat', 'hypothetical'],
  },
  {
    // … but not in someone else's: a newspaper's or a commentator's guess.
    text: 'Kenya could close its border with Somalia if the fighting spreads, a Nairobi newspaper reported.',
    expect: [],
    tags: ['hypothetical'],
  },
  {
    text: 'Kenya may send food aid to Somalia if the rains fail again, the minister said.',
    expect: [],
    tags: ['hypothetical'],
  },
  {
    text: 'If the talks fail, Ethiopia might send more troops to the border, one diplomat speculated.',
    expect: [],
    tags: ['hypothetical'],
  },
  {
    text: 'A Russian offensive on Kharkiv would put more than a million people at risk, aid agencies said.',
    expect: [],
    tags: ['hypothetical'],
  },
  {
    text: 'Will Turkey launch a new ground operation in Syria? Officials in Ankara remain divided.',
    expect: [],
    tags: ['hypothetical', 'metonymy'],
  },
  {
    text: 'The European Union may impose further sanctions on Iran next month, according to diplomats.',
    expect: [],
    tags: ['hypothetical'],
  },
  {
    text: 'Officials in Kinshasa fear that Rwanda could send more troops into eastern Congo.',
    expect: [],
    tags: ['hypothetical'],
  },
  {
    text: 'India might expel Canadian diplomats if the dispute deepens, a newspaper in Mumbai reported.',
    expect: [],
    tags: ['hypothetical'],
  },
  {
    text: 'Under the proposed plan, the Lebanese army could be deployed south of the Litani river.',
    expect: [],
    tags: ['hypothetical', 'passive'],
  },
  {
    text: 'Any attack on Taiwan would be a grave mistake, the Japanese prime minister said.',
    expect: [],
    tags: ['hypothetical', 'statement-of-principle', 'quote'],
  },
  {
    text: 'The Philippines could invoke its defence treaty with the United States if tensions escalate further, an analyst said.',
    expect: [],
    tags: ['hypothetical'],
  },
  {
    text: 'It is unclear whether Saudi Arabia would join a regional air defence network with Israel.',
    expect: [],
    tags: ['hypothetical'],
  },
  {
    text: 'Rumours that Belarus was preparing to mobilise reservists spread on social media on Friday.',
    expect: [],
    tags: ['hypothetical', 'nominal'],
  },
  {
    text: 'A war between China and Taiwan would devastate the global economy, the IMF chief warned.',
    expect: [],
    tags: ['hypothetical'],
  },

  // ─── STATEMENTS OF PRINCIPLE: no actor acts on another ───────────────────
  {
    text: 'Dialogue is the only path to lasting peace in the region, the Omani foreign minister told the forum.',
    expect: [],
    tags: ['statement-of-principle', 'quote'],
  },
  {
    text: 'Iran believes that the problems of the region should be solved by the countries of the region, its foreign minister said.',
    expect: [],
    tags: ['statement-of-principle', 'quote'],
  },
  {
    text: 'Egypt considers water security a matter of national survival, the irrigation minister stressed.',
    expect: [],
    tags: ['statement-of-principle', 'quote'],
  },
  {
    text: 'No country can guarantee its own security at the expense of its neighbours, the Kazakh president told delegates.',
    expect: [],
    tags: ['statement-of-principle', 'quote'],
  },
  // ─── Subjects inside longer noun phrases, participles, purpose clauses ─────
  {
    text: 'A Belgian lawyer filed a lawsuit against the Congolese government over the killings in Kinshasa.',
    expect: [{ source: 'BEL', plover: 'ACCUSE', target: 'COD' }],
    tags: ['ACCUSE', 'subject-phrase'],
  },
  {
    text: "Police in Kenya's coastal city of Mombasa arrested three Somali nationals on Friday.",
    expect: [{ source: 'KEN/COP', plover: 'COERCE', target: 'SOM' }],
    tags: ['COERCE', 'subject-phrase'],
  },
  {
    text: 'A rocket attack by Houthi rebels killed four Saudi soldiers near the border.',
    expect: [{ source: 'YEM', plover: 'ASSAULT', target: 'SAU' }],
    tags: ['ASSAULT', 'subject-phrase', 'nominal'],
  },
  {
    text: 'A group of Canadian senators has called for sanctions against Iranian officials.',
    expect: [{ source: 'CAN', plover: 'ACCUSE', target: 'IRN' }],
    tags: ['ACCUSE', 'subject-phrase'],
  },
  {
    text: 'Members of the Kenyan parliament criticised the Ugandan government over the arrests.',
    expect: [{ source: 'KEN', plover: 'ACCUSE', target: 'UGA' }],
    tags: ['ACCUSE', 'subject-phrase'],
  },
  {
    text: 'The Rwandan army took control of the border town and shelled Congolese positions, killing six soldiers.',
    expect: [{ source: 'RWA', plover: 'ASSAULT', target: 'COD' }],
    tags: ['ASSAULT', 'participle'],
  },
  {
    text: 'Germany donated 50 ambulances to help Ukraine through the winter.',
    expect: [{ source: 'DEU', plover: 'AID', target: 'UKR' }],
    tags: ['AID', 'purpose'],
  },
  {
    text: 'Hamas has said it will release the Israeli hostages.',
    expect: [{ source: 'PSE', plover: 'AGREE', target: 'ISR' }],
    tags: ['AGREE', 'intent', 'quote', 'group'],
  },
  {
    text: 'French riot police raided a migrant camp in Paris on Tuesday.',
    expect: [{ source: 'FRA/COP', plover: 'ASSAULT', target: 'FRA' }],
    tags: ['ASSAULT', 'object-phrase'],
  },
  {
    text: 'Iranian officials held several meetings in Baghdad on Sunday.',
    expect: [{ source: 'IRN', plover: 'CONSULT', target: 'IRQ' }],
    tags: ['CONSULT', 'place-target'],
  },
  {
    text: 'Thousands of Rohingya refugees have sought shelter in Bangladesh since August.',
    expect: [{ source: 'MMR', plover: 'REQUEST', target: 'BGD' }],
    tags: ['REQUEST', 'place-target', 'sector'],
  },
  {
    text: "Egypt's foreign ministry condemned the shelling of a hospital in Sudan.",
    expect: [{ source: 'EGY/GOV', plover: 'ACCUSE', target: 'SDN' }],
    tags: ['ACCUSE', 'object-phrase'],
  },
  {
    text: 'The Netherlands provided an additional $12 million in humanitarian assistance to Yemen.',
    expect: [{ source: 'NLD', plover: 'AID', target: 'YEM' }],
    tags: ['AID', 'amount'],
  },
  {
    text: 'U.S. border guards and police detained four Mexican migrants near the border.',
    expect: [{ source: 'USA', plover: 'COERCE', target: 'MEX' }],
    tags: ['COERCE', 'subject-phrase', 'compound'],
  },
  {
    text: 'Egypt is willing to withdraw its troops from Libya.',
    expect: [{ source: 'EGY', plover: 'AGREE', target: 'LBY' }],
    tags: ['AGREE', 'intent', 'place-target'],
  },
  {
    text: 'A Kenyan lawyer filed a lawsuit in the High Court in Nairobi against the Chinese embassy.',
    expect: [{ source: 'KEN', plover: 'ACCUSE', target: 'CHN' }],
    tags: ['ACCUSE', 'subject-phrase'],
  },
  {
    text: 'Kenya opened direct, high-level talks with Somalia on the maritime border.',
    expect: [{ source: 'KEN', plover: 'CONSULT', target: 'SOM' }],
    tags: ['CONSULT', 'light-verb'],
  },
  {
    text: 'Chad and Sudan exchanged fire across the border and violated the truce.',
    expect: [
      { source: 'TCD', plover: 'ASSAULT', target: 'SDN' },
      { source: 'SDN', plover: 'ASSAULT', target: 'TCD' },
    ],
    tags: ['ASSAULT', 'compound', 'coordination'],
  },
  {
    text: 'Ethiopian troops attacked a military base in Somalia on Sunday.',
    expect: [{ source: 'ETH/MIL', plover: 'ASSAULT', target: 'SOM' }],
    tags: ['ASSAULT', 'object-phrase'],
  },
  {
    text: 'Baghdad has rejected the referendum as unconstitutional.',
    expect: [{ source: 'IRQ', plover: 'REJECT' }],
    tags: ['REJECT', 'object-phrase', 'metonymy'],
  },
  {
    text: 'Qatar launched a mediation effort between Sudan and Chad on Monday.',
    expect: [{ source: 'QAT', plover: 'CONSULT', target: 'SDN' }],
    tags: ['CONSULT', 'nominal', 'light-verb'],
  },
  {
    text: 'Uganda handed over 300 tons of food aid to South Sudan.',
    expect: [{ source: 'UGA', plover: 'AID', target: 'SSD' }],
    tags: ['AID', 'amount'],
  },
  {
    text: 'Turkish forces completed their withdrawal from northern Iraq on Sunday.',
    expect: [{ source: 'TUR', plover: 'RETREAT', target: 'IRQ' }],
    tags: ['RETREAT', 'nominal', 'place-target'],
  },
  {
    text: 'Italy returned looted antiquities to Egypt in a ceremony in Cairo.',
    expect: [{ source: 'ITA', plover: 'RETREAT', target: 'EGY' }],
    tags: ['RETREAT'],
  },
  {
    text: 'Israel denied entry to a Turkish lawmaker on Thursday.',
    expect: [{ source: 'ISR', plover: 'REJECT', target: 'TUR' }],
    tags: ['REJECT'],
  },
  {
    text: 'Pakistani troops remained on alert along the border with India.',
    expect: [{ source: 'PAK/MIL', plover: 'MOBILIZE' }],
    tags: ['MOBILIZE'],
  },
  {
    text: 'Norway announced a suspension of aid to Tanzania.',
    expect: [{ source: 'NOR', plover: 'SANCTION', target: 'TZA' }],
    tags: ['SANCTION', 'nominal'],
  },
  {
    text: 'Ethiopia reimposed a curfew in the Tigray capital Mekelle on Friday.',
    expect: [{ source: 'ETH', plover: 'COERCE' }],
    tags: ['COERCE', 'light-verb'],
  },
  {
    text: 'Kuwait announced a suspension of flights with Iran on Monday.',
    expect: [{ source: 'KWT', plover: 'SANCTION', target: 'IRN' }],
    tags: ['SANCTION', 'nominal'],
  },
  {
    text: 'The Malian prime minister arrived in Algiers on a two-day visit on Sunday.',
    expect: [{ source: 'MLI', plover: 'CONSULT', target: 'DZA' }],
    tags: ['CONSULT', 'place-target'],
  },
  {
    text: 'The jailed Russian dissident started a hunger strike to protest against Russian prison authorities.',
    expect: [{ source: 'RUS', plover: 'PROTEST', target: 'RUS' }],
    tags: ['PROTEST'],
  },
  {
    text: 'The Israeli prime minister ordered massive air strikes on the Gaza Strip on Sunday.',
    expect: [{ source: 'ISR', plover: 'ASSAULT', target: 'PSE' }],
    tags: ['ASSAULT', 'nominal', 'light-verb'],
  },
  {
    text: 'The Peruvian president cancelled a planned visit to Mexico after the dispute over the embassy.',
    expect: [{ source: 'PER', plover: 'REJECT', target: 'MEX' }],
    tags: ['REJECT'],
  },
  {
    text: 'Turkey is opposed to Russian mediation in its talks with Armenia, a Turkish official said.',
    expect: [{ source: 'TUR', plover: 'REJECT', target: 'RUS', cameo: '126' }],
    tags: ['REJECT'],
  },
  {
    text: 'The rebels have refused direct talks with the Colombian government.',
    expect: [{ plover: 'REJECT', source: 'group:rebels', target: 'COL' }],
    tags: ['REJECT', 'group'],
  },
  {
    text: 'Chad suspended food supplies to the refugee camps near the Sudanese border.',
    expect: [{ source: 'TCD', plover: 'SANCTION' }],
    tags: ['COERCE'],
  },
  {
    text: 'The opposition leader was arrested in Rwanda on Tuesday.',
    expect: [{ source: 'RWA', plover: 'COERCE', target: 'RWA/OPP' }],
    tags: ['COERCE', 'passive'],
  },
  {
    text: 'Two Turkish journalists were released from detention in Egypt.',
    expect: [{ source: 'EGY', plover: 'RETREAT', target: 'TUR' }],
    tags: ['RETREAT', 'passive'],
  },
  {
    text: 'NATO-member Norway is willing to send material to help defend Saudi Arabia.',
    expect: [{ source: 'NOR', plover: 'AGREE', target: 'SAU' }],
    tags: ['AGREE', 'intent'],
  },
  {
    text: 'Islamic State militants held around 5,000 villagers as human shields in Mosul.',
    expect: [{ source: 'group:Islamic State', plover: 'ASSAULT' }],
    tags: ['ASSAULT', 'group'],
  },
  // An act asked of someone is not done: only the asking is an event
  {
    text: 'Germany urged Hungary to expel the Russian diplomats.',
    expect: [{ source: 'DEU', plover: 'REQUEST', target: 'HUN' }],
    tags: ['REQUEST', 'hypothetical'],
  },
  {
    text: 'The Serbian leader said he would ask China to block the resolution against Belgrade.',
    expect: [{ source: 'SRB', plover: 'REQUEST', target: 'CHN' }],
    tags: ['REQUEST', 'hypothetical'],
  },
  {
    text: 'Kenya called on Uganda to withdraw its troops from the border.',
    expect: [{ source: 'KEN', plover: 'REQUEST', target: 'UGA' }],
    tags: ['REQUEST', 'hypothetical'],
  },
  {
    text: 'Mexico retaliated by announcing higher tariffs on Guatemalan coffee.',
    expect: [{ source: 'MEX', plover: 'COERCE', cameo: '163' }],
    tags: ['COERCE'],
  },
  // ─── Targets named only as the place of the act ──────────────────────────
  {
    text: 'Chile agreed to set up a joint research centre in Lima to study the El Niño current.',
    expect: [{ source: 'CHL', plover: 'AGREE', target: 'PER' }],
    tags: ['AGREE', 'intent', 'location-not-actor'],
  },
  {
    text: 'Japan agreed to finance a new container port in Colombo to ease congestion on its shipping routes.',
    expect: [{ source: 'JPN', plover: 'AGREE', target: 'LKA' }],
    tags: ['AGREE', 'intent', 'location-not-actor'],
  },
  // ─── The party a threat's condition is laid on ───────────────────────────
  {
    text: 'Venezuela threatened to halt all oil shipments unless Guyana withdrew the exploration licences.',
    expect: [{ source: 'VEN', plover: 'THREATEN', target: 'GUY' }],
    tags: ['THREATEN', 'threat'],
  },
  {
    text: 'Serbia threatened to close its border crossings if Kosovo goes ahead with the new licence plates.',
    expect: [{ source: 'SRB', plover: 'THREATEN', target: 'XKX' }],
    tags: ['THREATEN', 'threat'],
  },
  // ─── A domestic party inside the verb phrase ─────────────────────────────
  {
    text: 'The Zambian government threatened to ban Zambian opposition parties from holding rallies before the vote.',
    expect: [{ source: 'ZMB', plover: 'THREATEN', target: 'ZMB/OPP' }],
    tags: ['THREATEN', 'threat', 'sector'],
  },
  // ─── "X said (that) Y must …": a demand made in words ────────────────────
  {
    text: 'The Kenyan foreign minister said on Monday that Somalia must withdraw its claim to the maritime zone.',
    expect: [{ source: 'KEN', plover: 'REQUEST', target: 'SOM', cameo: '10' }],
    tags: ['REQUEST', 'quote'],
  },
  {
    text: 'Senior Indian officials reiterated that Pakistan must act against militant groups on its soil.',
    expect: [{ source: 'IND', plover: 'REQUEST', target: 'PAK', cameo: '10' }],
    tags: ['REQUEST', 'quote'],
  },
  // ─── An adjective between the demonym and the office ─────────────────────
  {
    text: 'Nigerian junior defence minister Ali Bello summoned the Chadian ambassador over the border raid.',
    expect: [{ source: 'NGA', plover: 'ACCUSE', target: 'TCD' }],
    tags: ['ACCUSE'],
  },
  // ─── Weapons for the forces that use them; spelling variants ─────────────
  {
    text: 'Israeli tanks shelled a Palestinian refugee camp in Gaza on Monday.',
    expect: [{ source: 'ISR/MIL', plover: 'ASSAULT', target: 'PSE' }],
    tags: ['ASSAULT', 'sector'],
  },
  {
    text: 'Afghan guerillas attacked a government convoy near Kabul.',
    expect: [{ source: 'AFG/REB', plover: 'ASSAULT' }],
    tags: ['ASSAULT', 'sector'],
  },
  // ─── An unknown name with an apposition; adverbs before the verb ─────────
  {
    text: 'Lena Park, the South Korean trade envoy, criticised Japan\'s new export controls.',
    expect: [{ source: 'KOR', plover: 'ACCUSE', target: 'JPN' }],
    tags: ['ACCUSE'],
  },
  {
    text: 'Vietnam has once again outright rejected a Chinese proposal for joint patrols.',
    expect: [{ source: 'VNM', plover: 'REJECT', target: 'CHN' }],
    tags: ['REJECT'],
  },
  // ─── "is opposed to": a stance, not a passive ─────────────────────────────
  {
    text: 'Greece is opposed to Turkish drilling in the disputed waters.',
    expect: [{ source: 'GRC', plover: 'ACCUSE', target: 'TUR' }],
    tags: ['ACCUSE'],
  },
  {
    text: 'The African Union declined to station its peacekeepers in Sudan until the ceasefire holds.',
    expect: [{ source: 'AU', plover: 'REJECT', target: 'SDN' }],
    tags: ['REJECT', 'igo', 'location-not-actor'],
  },
];
