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
  const written = (m: ActorMention): string => text.slice(m.start, m.end);
  if (!mentions.some((m) => SHARED_NAMES.has(written(m)))) return [...mentions];
  // The countries the rest of the sentence names (shared names left out).
  const named = new Set(mentions.flatMap((o) => (SHARED_NAMES.has(written(o)) || o.actor.country === null ? [] : [o.actor.country])));
  return mentions.map((m) => {
    const others = SHARED_NAMES.get(written(m));
    const own = m.actor.country;
    if (others === undefined || own === null || named.has(own)) return m;
    const other = others.filter((c) => named.has(c));
    const [country] = other;
    if (country === undefined || other.length !== 1) return m;
    return { ...m, actor: { ...m.actor, country, name: written(m), entry: `${m.actor.entry}+context:${country}` } };
  });
}
