// The contract between the actor resolver and the coder.

import type { Actor, Span } from '../records.js';

/** How a mention named its actor. */
export type MentionKind =
  | 'country' // "Iraq", "the United States"
  | 'capital' // "Moscow said" (metonymy for the government)
  | 'demonym' // "Iraqi" (alone or heading a phrase: "Iraqi troops")
  | 'igo' // "the United Nations", "NATO"
  | 'group' // "Hamas", "the Islamic State"
  | 'sector' // "protesters", "the army", "police" with no country named
  | 'person' // "Iraqi Prime Minister Mohammed Shia al-Sudani", later "al-Sudani"
  | 'region' // "Europe", "European countries", "Michigan", "the Michigan Department of Environmental Quality"
  | 'pronoun'; // "he", "she": resolved to the last person of the document

/** One actor mention in a sentence. Offsets are into the sentence text. */
export interface ActorMention extends Span {
  actor: Actor;
  kind: MentionKind;
  /**
   * True when the mention stands where a place would (after "in", "at",
   * "near", "from", "to", or as "the Russian capital Moscow"): the coder then
   * treats it as a location, not an actor.
   */
  locative: boolean;
}

/** What the resolver knows about the document a sentence comes from. */
export interface DocumentContext {
  /**
   * Country the report comes from (dateline place or agency), used for
   * officials named by title alone: "National Security Advisor Qassem Al-Araji"
   * in an INA story from Baghdad resolves to IRQ/GOV.
   */
  homeCountry: string | null;
  /**
   * Publication date of the report (ISO, "2024-05-01"), when known. A person
   * of people.txt named out of office at that date is coded ELI ("Obama" in
   * 2024); without a date, people are coded by the office they are listed
   * with, as news of their time in office codes them.
   */
  date?: string;
}
