// Place names two countries share, resolved by the sentence: "Tripoli" is
// Libya's capital unless the sentence names Lebanon and not Libya ("shells
// crashed into Tripoli, the north Lebanese port"); "Congo" is the Democratic
// Republic unless the sentence names the Republic (Brazzaville) and not the
// Democratic Republic (Kinshasa). The geocoder weighs a document's countries
// the same way for toponyms. The entry says so: `+context:LBN`. Pure.

import type { ActorMention } from './types.js';

/** Name as written → the other countries it may name (the dictionary gives the first reading). */
const SHARED_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['Tripoli', ['LBN']],
  ['Congo', ['COG']],
  ['the Congo', ['COG']],
]);

/** Mentions with each shared name read as the other country when only that one is named beside it. */
export function resolveSharedPlaceNames(text: string, mentions: readonly ActorMention[]): ActorMention[] {
  if (!mentions.some((m) => SHARED_NAMES.has(text.slice(m.start, m.end)))) return [...mentions];
  return mentions.map((m) => {
    const others = SHARED_NAMES.get(text.slice(m.start, m.end));
    const own = m.actor.country;
    if (others === undefined || own === null) return m;
    const named = new Set(mentions.filter((o) => o !== m && SHARED_NAMES.get(text.slice(o.start, o.end)) === undefined).flatMap((o) => (o.actor.country === null ? [] : [o.actor.country])));
    if (named.has(own)) return m;
    const other = others.filter((c) => named.has(c));
    const [country] = other;
    if (country === undefined || other.length !== 1) return m;
    return { ...m, actor: { ...m.actor, country, name: m.actor.name === text.slice(m.start, m.end) ? m.actor.name : text.slice(m.start, m.end), entry: `${m.actor.entry}+context:${country}` } };
  });
}
