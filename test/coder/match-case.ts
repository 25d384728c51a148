// Checks coder output against the expectation tables (semantics in cases/types.ts).

import { loadActorDictionary } from '../../src/actors/load-actors.js';
import type { Actor, Event } from '../../src/records.js';

// The tables write "EU"; the dictionary uses PLOVER's "EUR". UN organs and
// agencies (UNSC, UNHCR, …) count as the UN ("UNO") through the dictionary's
// parent links.
const IGO_ALIASES: Record<string, string> = { EU: 'EUR' };
const parents = loadActorDictionary().igoParents;

function igoIs(igo: string | null, key: string): boolean {
  const wanted = IGO_ALIASES[key] ?? key;
  for (let code = igo, depth = 0; code !== null && code !== undefined && depth < 5; code = parents.get(code) ?? null, depth++) {
    if (code === wanted) return true;
  }
  return false;
}
import type { ActorKey, CoderCase, ExpectedEvent } from './cases/types.js';

export function actorMatches(key: ActorKey, a: Actor): boolean {
  if (key.startsWith('group:')) return a.country === null && a.igo === null && a.name.toLowerCase() === key.slice(6).toLowerCase();
  const [code, sector] = key.split('/');
  if (code !== undefined && code.length === 3 && /^[A-Z]{3}$/.test(code) && a.country === code) return sector === undefined || a.sector === sector;
  return code !== undefined && sector === undefined && igoIs(a.igo, code);
}

export function eventMeets(e: Event, x: ExpectedEvent): boolean {
  if (e.plover !== x.plover) return false;
  if (x.cameo !== undefined && !e.cameo.startsWith(x.cameo)) return false;
  if (!e.source.some((a) => actorMatches(x.source, a))) return false;
  if (x.target !== undefined && !e.target.some((a) => actorMatches(x.target ?? '', a))) return false;
  return true;
}

/** Null when the case passes, else why it fails. */
export function checkCase(c: CoderCase, events: readonly Event[]): string | null {
  const short = events.map((e) => `${e.source.map(label).join('+')} ${e.plover}(${e.cameo}) ${e.target.map(label).join('+') || '-'}`).join('; ') || 'no events';
  for (const x of c.expect) {
    if (!events.some((e) => eventMeets(e, x))) return `missing ${x.source} ${x.plover} ${x.target ?? ''}; got: ${short}`;
  }
  const strict = c.expect.length === 0 || c.tags.includes('negation') || c.tags.includes('hypothetical');
  if (strict) {
    const extra = events.filter((e) => !c.expect.some((x) => eventMeets(e, x)));
    if (extra.length > 0) return `unexpected events: ${short}`;
  }
  return null;
}

function label(a: Actor): string {
  return (a.country ?? a.igo ?? a.name) + (a.sector ? `/${a.sector}` : '');
}
