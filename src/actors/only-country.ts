// An official named by title alone ("President Levy Mwanawasa", "Judge Ana
// Ruiz") in a sentence that names one country and no other ("… reneged on
// his promise to the Zambian people", "… opened an inquiry into Chilean
// officials") is most often that country's own: news names a foreigner's
// nationality, and a domestic story names the country once. The country is
// inferred only when the report gave no home country for the title (the
// resolver did not resolve it), never for a role that deals with other
// states (foreign minister, ambassador, envoy), never in a sentence about
// dealings between states (a visit, talks, a counterpart) or with the state
// itself as a party ("accused Egypt"), and the entry says so:
// `+inferred:only-country`. Pure.

import type { Sector } from '../records.js';
import type { ActorMention } from './types.js';

/** Sectors of office holders whose country a domestic story leaves unsaid. */
const OFFICE_SECTORS = new Set<Sector>(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);

/** Roles that deal with other states: their holder is often the foreigner of the sentence. */
const FOREIGN_ROLE = /\b(?:foreign|ambassador|envoy|emissary|consul|diplomat|secretary of state|special representative|mediator)/i;

/** Words of dealings between states: the official may be the visitor. */
const BETWEEN_STATES =
  /\b(?:visit(?:s|ed|ing)?|talks|met|meets?|meeting|summit|counterparts?|delegations?|bilateral|hosts?|hosted|hosting|arriv(?:e|ed|es|ing|al)|guests?|embass(?:y|ies)|envoys?|ambassadors?|treaty|accords?)\b/i;

/**
 * A state named as a party in its own right ("accused Egypt", "criticised
 * Japan"), not as a place, an owner ("Haiti's elections") or the subject of
 * a reported clause ("said Vietnam is committed"): the official acting on it
 * is as likely a foreigner.
 */
function stateAsParty(text: string, m: ActorMention): boolean {
  if (m.locative || m.actor.sector !== null || (m.kind !== 'country' && m.kind !== 'capital')) return false;
  if (/^['’]s\b/.test(text.slice(m.end, m.end + 3))) return false;
  const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1]?.toLowerCase() ?? '';
  return !REPORTING.has(before);
}

/** Words a reported clause follows: "said Vietnam is …". */
const REPORTING = new Set(['said', 'says', 'say', 'that', 'announced', 'stated', 'added', 'insisted', 'stressed']);

/** Mentions with the officials of a one-country sentence given that country (a new array; the others unchanged). */
export function inferOnlyCountry(text: string, mentions: readonly ActorMention[]): ActorMention[] {
  const countries = new Set<string>();
  for (const m of mentions) if (m.actor.country !== null) countries.add(m.actor.country);
  // An IGO in the sentence makes it international: its officials are not the country's.
  if (countries.size !== 1 || mentions.some((m) => m.actor.igo !== null)) return [...mentions];
  const [country] = [...countries];
  if (country === undefined || BETWEEN_STATES.test(text) || mentions.some((m) => stateAsParty(text, m))) return [...mentions];
  return mentions.map((m) => {
    const a = m.actor;
    if (a.country !== null || a.igo !== null || a.sector === null || !OFFICE_SECTORS.has(a.sector)) return m;
    // A titled person only ("President X", "Judge Y"), not a bare "the minister" or "police".
    if (m.kind !== 'person' || a.person === undefined || a.role === undefined) return m;
    if (FOREIGN_ROLE.test(a.role) || FOREIGN_ROLE.test(a.entry)) return m;
    return { ...m, actor: { ...a, country, entry: `${a.entry}+inferred:only-country` } };
  });
}
