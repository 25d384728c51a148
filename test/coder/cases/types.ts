// Types for the coder's expectation tables (data only: the runner lives elsewhere).
//
// MATCHING SEMANTICS
// ------------------
// An expected event is met when the coder produces, for the case's `text`, an
// event that
//   - has that PLOVER type (`plover`), and
//   - has among its source actors one that matches `source`, and
//   - when `target` is given, has among its target actors one that matches
//     `target` (when `target` is absent the event's targets are not checked), and
//   - when `cameo` is given, has a CAMEO code that starts with it ("11" is met
//     by "111" and "1121"; "111" is met only by "111…").
// A key matches an actor as follows:
//   "IRQ"            actor.country === "IRQ" (any sector, or none)
//   "IRQ/GOV"        actor.country === "IRQ" and actor.sector === "GOV"
//   "UNO", "EU", "NATO", "AU", "ARL"   actor.igo equals the key
//   "group:NAME"     actor.country and actor.igo are null and actor.name equals
//                    NAME (case-insensitive); used only for groups with no country
// One produced event may meet several expected events: a compound source
// ("Egypt and Qatar mediated …") is written as one expected event per member,
// all met by the same produced event whose source lists both.
//
// Extra produced events beyond `expect` are NOT failures, except
//   - when `expect` is [] (the sentence holds no event at all), and
//   - when the case is tagged 'negation' or 'hypothetical': the negated or
//     hypothetical act must not appear as a factual event, so every produced
//     event must meet one of `expect`. ("threatened to attack" is a THREATEN
//     and is expected; the attack itself is not.)
//
// ONTOLOGY DECISIONS (PLOVER manual ch. 3 and 7, CAMEO 1.1b3, crosswalk 2021)
// ---------------------------------------------------------------------------
// - Appeals and calls ("called on", "urged", "asked") are REQUEST: PLOVER 3.8
//   covers all requests, demands and orders, although CAMEO files appeals under
//   02 APPEAL. No `cameo` is given for appeals; demands may carry "10".
// - Intended, promised, offered or scheduled cooperation ("plans to visit",
//   "pledged aid", "will deliver", "agreed to resume talks", invitations) is
//   AGREE (PLOVER 3.1, 3.2.1; CAMEO 03). The future act itself is not a fact.
// - An actor's own future or conditional conflictual act ("will retaliate",
//   "would strike if …", ultimatums) is THREATEN (CAMEO 130 usage note).
//   Third-party speculation ("analysts said X could attack") is no event.
// - Denials of responsibility (CAMEO 016) and plain statements (CAMEO 01) are
//   dropped by PLOVER (table 7.1): no event.
// - Imposed sanctions and embargoes (CAMEO 163) are COERCE, as in the 2021
//   crosswalk and in the PLOVER gold data (PLV marks every "imposed sanctions
//   on" as COERCE), although the PLOVER manual's prose files sanctions under
//   SANCTION; these cases carry the tag 'sanctions-163' so the choice is easy
//   to find. Reducing relations, halting aid or talks and expelling stay SANCTION.
// - Tear gas, water cannon and other crowd control are ASSAULT (CAMEO 175,
//   crosswalk ASSAULT; PLOVER mode crowd-control). Riots are PROTEST (riot).
// - Expelling diplomats or leaving an organisation is SANCTION (expel /
//   withdraw); arresting or deporting individuals is COERCE (arrest / deport);
//   blocking movement (CAMEO 191) is COERCE.
// - Joint exercises are COOPERATE; one country's exercise or deployment is
//   MOBILIZE; deploying police or troops as a protective mission abroad is AID.
// - In a visit the visitor is the source and the host the target. In two-sided
//   fighting every participant is a source. Protesters are CVL, students EDU,
//   workers LAB, farmers AGR, doctors MED, journalists JRN (PLOVER table 5.2).
// - Deliberately avoided because the crosswalk and the manual disagree:
//   apologies, pardons, lifting curfews, declaring ceasefires, announced
//   withdrawals, resignations, court convictions.
//
// TAGS
// ----
// The PLOVER type names of the expected events; plus 'negation',
// 'hypothetical', 'intent', 'future', 'passive', 'quote', 'metonymy',
// 'coreference', 'compound', 'igo', 'sector', 'threat', 'nominal',
// 'statement-of-principle', 'location-not-actor', 'sanctions-163', 'group',
// 'historical'.

import type { PloverType } from '../../../src/records.js';

/** An actor key: ISO3 country ("IRQ"), optionally with a sector ("IRQ/GOV"), or an IGO code ("UNO", "EU", "NATO", "AU", "ARL"), or a group name prefixed with "group:" only when it has no country. */
export type ActorKey = string;

export interface ExpectedEvent {
  source: ActorKey;
  plover: PloverType;
  target?: ActorKey;
  /** only when you are sure: the CAMEO root or full code, as a string, e.g. "11" root or "111" */
  cameo?: string;
}

export interface CoderCase {
  text: string;
  publishedAt?: string;
  /** expected events; [] = no event at all */
  expect: ExpectedEvent[];
  /** tags: plover type names, 'negation', 'hypothetical', 'passive', 'quote', 'metonymy', 'coreference', 'compound', 'threat', 'statement-of-principle' ... */
  tags: string[];
  /** for coreference cases: previous sentences of the same document */
  context?: string[];
}
