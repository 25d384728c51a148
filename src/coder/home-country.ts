// The country a report comes from: the dateline place, else the agency.

import type { ActorDictionary } from '../actors/actor-dictionary.js';
import { DocumentActors, findActors } from '../actors/find-actors.js';
import type { Document } from '../records.js';

/** Agency name (lower case) → ISO3, parsed from data/sources/agencies.tsv. */
export type AgencyCountries = ReadonlyMap<string, string>;

export function parseAgencies(text: string): AgencyCountries {
  const map = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [name, iso] = line.split('\t');
    if (name && iso && /^[A-Z]{3}$/.test(iso.trim())) map.set(name.trim().toLowerCase(), iso.trim());
  }
  return map;
}

export function homeCountryOf(
  doc: Pick<Document, 'dateline' | 'source'>,
  actors: ActorDictionary,
  agencies: AgencyCountries,
): string | null {
  if (doc.dateline) {
    const mentions = findActors(doc.dateline, actors, new DocumentActors(), { homeCountry: null });
    const country = mentions.find((m) => m.actor.country !== null)?.actor.country;
    if (country) return country;
  }
  if (doc.source) {
    const country = agencies.get(doc.source.trim().toLowerCase());
    if (country) return country;
  }
  return null;
}
