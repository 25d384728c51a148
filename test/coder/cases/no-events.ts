// Ordinary news sentences that hold NO political event between actors: the
// coder must produce no event at all for any of them. Many name countries or
// use conflict words in a non-political sense ("heart attack", "strike",
// "fire", "shot", "troops", "arrest") to tempt a naive coder.
// All sentences are invented for these tests, in wire-news style.

export const NO_EVENT_SENTENCES: string[] = [
  // Weather and climate
  'Heavy rain is expected across northern Italy on Thursday, forecasters said.',
  'Temperatures in Spain climbed above 44 degrees Celsius for the third day in a row.',
  'A lightning strike set a barn ablaze on a farm near the Polish city of Poznan.',
  'Snow closed several mountain passes between Switzerland and Italy over the weekend.',
  'The monsoon arrived in the Indian state of Kerala a week earlier than usual.',
  'Australia recorded its driest winter in more than two decades, the Bureau of Meteorology said.',
  'Fog delayed dozens of flights at Frankfurt airport on Monday morning.',
  'Scientists said the glaciers of the Alps lost a record share of their volume last summer.',
  'The heatwave killed at least 30 people in southern Pakistan, health officials said.',
  'Thick smog blanketed New Delhi for a fourth day, forcing schools to close.',

  // Natural disasters and accidents
  'A magnitude 6.1 earthquake shook central Chile on Tuesday, but no damage was reported.',
  'Floods swept through villages in northern Bangladesh, killing at least 14 people.',
  'A fire broke out in a textile factory on the outskirts of Dhaka late on Sunday.',
  'A landslide buried a section of the highway linking Nepal and China.',
  'Firefighters battled wildfires on the Greek island of Rhodes for a third night.',
  'A bus plunged into a ravine in the Peruvian Andes, killing 19 passengers.',
  'Two trains collided near the Egyptian city of Sohag, injuring dozens of people.',
  'Cyclone Freddy destroyed thousands of homes in southern Malawi.',
  'A volcano in Indonesia erupted on Saturday, sending ash five kilometres into the sky.',
  'A ferry carrying 200 passengers ran aground off the coast of Tanzania.',
  'Drought has killed more than a million head of livestock in northern Kenya this year.',
  'A gas explosion at a restaurant in the Russian city of Omsk injured seven people.',

  // Sport
  'Brazil beat Argentina 2-1 in a World Cup qualifier in Sao Paulo on Tuesday night.',
  'France crushed England 33-10 in the Six Nations rugby match in Paris.',
  'Germany\'s attack looked blunt for most of the game against Japan.',
  'The Moroccan striker scored twice as his side defeated Portugal in the quarter-final.',
  'Spain knocked Italy out of the tournament with a late penalty.',
  'Australia bowled India out for 150 on the opening day of the second Test.',
  'The Kenyan runner shot into the lead in the final lap of the marathon.',
  'China dominated the diving events, winning all eight gold medals.',
  'Iran\'s volleyball team defeated the United States in straight sets.',
  'The Russian tennis player withdrew from Wimbledon with a shoulder injury.',
  'Croatia\'s defence held firm against a late Belgian assault on their goal.',
  'Nigeria\'s Super Eagles will face Ghana in a friendly in London next month.',
  'The Turkish point guard made a three-point shot at the buzzer to win the game.',
  'New Zealand thrashed South Africa in the rugby final in Auckland.',
  'Serbia\'s top seed was knocked out in the second round of the Australian Open.',
  'The Pakistani fast bowler took five wickets as England collapsed.',

  // Markets and business
  'Oil prices fell on Monday as traders weighed rising output from Saudi Arabia.',
  'Japan\'s Nikkei index closed 1.2 percent higher on strong export data.',
  'The Turkish lira hit a record low against the dollar on Wednesday.',
  'Gold prices rose to an all-time high as investors sought safe assets.',
  'Inflation in Argentina slowed to 2.7 percent in March, the statistics agency said.',
  'Shares in the Indian conglomerate plunged after its quarterly results.',
  'The Bank of England held interest rates at 5.25 percent.',
  'South Korea\'s exports of semiconductors rose 20 percent in the first quarter.',
  'Brazil\'s coffee harvest is forecast to reach a record this season.',
  'Dutch fans voted the striker\'s 30-metre strike against Feyenoord the goal of the season.',
  'The German carmaker will cut 3,000 jobs at its plants in Saxony.',
  'Egypt\'s central bank raised its main lending rate by 200 basis points.',
  'Chinese electric-car sales jumped 35 percent in May from a year earlier.',
  'Copper prices slipped as demand from Chinese factories weakened.',
  'Nigeria\'s stock market gained 3 percent in the first week of the year.',

  // Health and medicine
  'The former Brazilian footballer died of a heart attack at his home in Rio de Janeiro.',
  'A Kenyan marathon runner collapsed from cardiac arrest after crossing the finish line.',
  'The actress has spoken openly about her battle against breast cancer.',
  'Cholera has killed more than 300 people in Yemen since January, the health ministry said.',
  'Measles cases in Romania doubled in the past year, according to health authorities.',
  'The body\'s immune system launched an attack on its own cells, the researchers found.',
  'Doctors in Nigeria reported a rise in Lassa fever cases in Edo state.',
  'A new malaria vaccine was rolled out in Ghana and Malawi on Monday.',
  'The Indian health ministry said dengue infections peaked in September.',
  'The minister is recovering in hospital after suffering a mild stroke.',
  'Researchers in Sweden said the drug reduced the risk of a second heart attack by a third.',
  'Bird flu killed thousands of chickens on farms in eastern Poland.',
  // Force verbs in another sense: a disease, poverty or corruption is fought without arms.
  'Doctors in southern Malawi are fighting the worst cholera epidemic in a decade.',
  'Brazil deployed doctors and nurses to combat the spread of malaria in the Amazon region.',
  'The new Indonesian government vowed to fight rampant corruption in the police.',

  // Obituaries
  'The celebrated Egyptian novelist died in Cairo on Friday at the age of 91.',
  'Former Chilean footballer Carlos Reinoso has died aged 79.',
  'The Malian singer, known across West Africa, died after a long illness.',
  'The Japanese architect who designed the Tokyo aquatics centre has died.',
  'The Irish poet was buried in his home village in County Clare on Saturday.',

  // Science, technology, space
  'India\'s space agency launched a weather satellite from Sriharikota on Wednesday.',
  'Japanese researchers unveiled a robot that can fold laundry.',
  'A Chinese probe collected soil samples from the far side of the moon.',
  'Astronomers in Chile spotted a comet that will pass close to the Earth next year.',
  'The French start-up raised 40 million euros to develop smaller batteries.',
  'A software update knocked out payment terminals across Australia for several hours.',
  'Russian scientists recovered a 40,000-year-old wolf from the Siberian permafrost.',
  'The European Space Agency\'s telescope captured images of a distant galaxy.',
  'A South Korean firm unveiled a foldable phone with a longer battery life.',

  // Culture, arts, entertainment
  'The Iranian film won the top prize at the Berlin festival on Saturday.',
  'The Hollywood sequel bombed at the box office, taking just $9 million on its opening weekend.',
  'The photographer shot the portrait of the Nigerian author in a single afternoon.',
  'The Mexican director\'s new film opens in cinemas across Europe this week.',
  'An exhibition of Ottoman miniatures opened at the Louvre on Thursday.',
  'A Korean pop group sold out four concerts in Bangkok within minutes.',
  'The Ukrainian entry finished third in the Eurovision Song Contest.',
  'A troop of boy scouts from Canada camped at the foot of Mount Kilimanjaro.',
  'Archaeologists in Peru uncovered a 3,000-year-old temple near Lima.',
  'The novel about the Spanish civil war won this year\'s Booker Prize.',

  // Travel, transport, everyday life
  'Traffic was backed up for ten kilometres after a lorry overturned on the motorway near Lyon.',
  'Thailand welcomed a record 40 million foreign tourists last year.',
  'The new high-speed line cut travel time between Madrid and Lisbon to three hours.',
  'Morocco\'s national airline added direct flights to Montreal and Miami.',
  'Vietnam\'s capital Hanoi opened its second metro line on Thursday.',
  'Passengers at Heathrow faced long queues after a baggage system failure.',
  'Cherry blossom season drew huge crowds to parks in Tokyo.',
  'The cruise ship docked in Reykjavik with 3,000 passengers aboard.',

  // Agriculture and environment
  'Farmers in Ukraine began the wheat harvest two weeks early because of the heat.',
  'Locusts destroyed crops across large parts of Ethiopia\'s Somali region.',
  'Indonesia\'s palm oil output is expected to fall this year because of ageing trees.',
  'Rice prices in the Philippines eased after a bumper harvest.',
  'Conservationists counted 120 new rhino calves in South Africa\'s Kruger park.',
  'The Amazon lost less forest cover this year than last, Brazilian scientists said.',

  // Metaphors and idioms that borrow conflict words
  'The Colombian city has waged a war on potholes since the new mayor took office.',
  'Two decades into Mexico\'s war on drugs, homicide rates remain stubbornly high, a university study found.',
  'The Kenyan sprinter was shot by a photographer at the exact moment she crossed the line.',
  'The Philippine health department declared war on dengue-carrying mosquitoes.',
  'The French chef fired his opening salvo in the great croissant debate on television.',
  'The Mexican airline is battling rising fuel costs.',
  'Italian supermarkets are fighting a price war over pasta.',
  'The British comedian killed it on stage at the Edinburgh festival.',
  'The Chinese tech giant launched an all-out assault on the smartphone market.',
  'The Argentine coach said his players would fight to the last minute.',
  'The Turkish chess champion defended the Sicilian and won in 40 moves.',
  'A Brazilian bakery chain is targeting young customers with a new menu.',

  // Statements of principle and commentary
  'Lasting security cannot be built on the humiliation of neighbours.',
  'Peace in the Middle East requires patience, honesty and courage.',
  'History shows that sanctions rarely change the behaviour of determined governments.',
  'Respect for international law is the foundation of a stable world order.',
  'Trade has long been the strongest bridge between Asia and Europe.',
  'Diplomacy, not force, is the best guarantee of stability in the Gulf.',

  // Demography, education, society
  'India overtook China as the world\'s most populous country, UN data showed.',
  'Japan\'s birth rate fell to a record low for the eighth year in a row.',
  'Nigerian universities reopened on Monday after the Christmas holiday.',
  'Half of all adults in Estonia now file their taxes on a smartphone.',
  'The number of students learning Chinese in Russian schools has tripled in five years.',
  // Verbs that look like acts after a subject phrase (issue 6 recall rules)
  'The Ghanaian singer launched a new album in Accra on Friday.',
  'A Brazilian striker collapsed from exhaustion after the match in Lima.',
  'The British comedian killed it on stage in London.',
  'Three detained fishermen went home to their families in Senegal.',
  'The Russian tennis player withdrew from Wimbledon with a shoulder injury.',
  'The tour operator welcomed a record 40 million tourists last year.',
  'Italy, with a right-leaning government, didn\'t vote for the French candidate in the final round.',
  'Journalists have been blocked or harassed while covering events and briefly detained, media groups said.',
  'The new law bans deporting people to countries where they face torture, Thai lawyers said.',
  'A Chinese and Russian proposal for the Security Council to lift sanctions on North Korea is still being drafted.',

  // A bare verb form right after a singular name is a noun the name modifies
  'Mourners remembered the victims of the Kandahar attack and other recent shootings against civilians.',
  'Nigerian support for the plan remains uncertain.',
  'Egypt trade with Sudan fell sharply in the first quarter, customs figures showed.',
  'The Elysee Palace clash between the two leaders was replayed on television all week.',
  'The BBC host interviewed the former minister about his memoir.',
  // Forecasts, hopes, purposes and reluctance are not acts
  'Observers say the tribunal is likely to convict the former governor of Jalisco.',
  'Chile is reluctant to join an alliance in opposition to Argentina.',
  "Bolivia's failure to sign the accord with Peru angered exporters.",
  '"We are hoping the new cabinet will sit down with Caracas soon," the senator told reporters.',
  'The senator suggested new visa rules as a way to pressure Accra over the ban.',
  'The envoy stayed in Geneva for another week in order to reach a deal with Tehran.',
  // "must" after a verb of saying is a demand only on a party
  'The coach said the team must improve its defence before the final.',
  'Economists said inflation must fall further before interest rates are cut.',
  'The organisers said the marathon must finish before noon because of the heat.',
  // Weapons named with a demonym are the military only in an act of force
  'Russian aircraft makers reported higher sales to Asian airlines this year.',
  'Israeli tanks rolled past cheering crowds at the independence day parade.',
  'Marta Silva, a Brazilian tennis player, won the final in straight sets.',
];
