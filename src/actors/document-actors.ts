// Per-document memory of the actors seen so far, for coreference: a person
// introduced as "Iraqi Prime Minister Mohammed Shia al-Sudani" is later
// "al-Sudani", "Sudani", "the prime minister" or "he"; an organisation
// introduced as "the Iraqi News Agency (INA)" is later "INA".

import type { Actor } from '../records.js';
import { foldKey } from './actor-dictionary.js';
import type { MentionKind } from './types.js';

// Arabic article prefixes dropped for matching: "Al-Araji" = "Araji".
const ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-/;

/** The matching form of one name token. */
function nameKey(token: string): string {
  return foldKey(token).replace(ARTICLE, '').replace(/[.'’]/g, '');
}

/** Matching form of a full or partial name: "Mohammed Shia al-Sudani" → "mohammed shia sudani". */
export function personKey(name: string): string {
  return name
    .split(/\s+/)
    .filter((t) => t !== '')
    .map(nameKey)
    .join(' ');
}

function personKeys(name: string): string[] {
  const parts = personKey(name).split(' ');
  const keys = [parts.join(' ')];
  const last = parts[parts.length - 1];
  if (last !== undefined && last.length > 1) keys.push(last);
  if (parts.length >= 3) keys.push(parts.slice(-2).join(' '));
  return keys;
}

/** Coreference memory for one document: create one per document. */
export class DocumentActors {
  readonly #byKey = new Map<string, Actor>();
  readonly #people: Actor[] = [];
  readonly #acronyms = new Map<string, { actor: Actor; kind: MentionKind }>();
  #last: Actor | null = null;

  /** Records a person (an actor with `person` set) and makes it the latest. */
  rememberPerson(actor: Actor): void {
    if (actor.person === undefined) return;
    for (const key of personKeys(actor.person)) this.#byKey.set(key, actor);
    // The first name too ("Xi" for "Xi Jinping"), unless someone has it already.
    const first = personKey(actor.person).split(' ')[0];
    if (first !== undefined && first.length > 1 && !this.#byKey.has(first)) this.#byKey.set(first, actor);
    const i = this.#people.findIndex((p) => p.person === actor.person);
    if (i >= 0) this.#people.splice(i, 1);
    this.#people.push(actor);
    this.#last = actor;
  }

  /** The person known by this name, full or partial ("Sudani", "al-Sudani"). */
  findPerson(name: string): Actor | null {
    return this.#byKey.get(personKey(name)) ?? null;
  }

  /** The latest person holding this role (and country, when given). */
  findByRole(role: string, country: string | null): Actor | null {
    const wanted = role.toLowerCase();
    for (let i = this.#people.length - 1; i >= 0; i--) {
      const p = this.#people[i];
      if (p?.role?.toLowerCase() === wanted && (country === null || p.country === country)) return p;
    }
    return null;
  }

  /** Marks a remembered person as the latest one mentioned (for pronouns). */
  touch(actor: Actor): void {
    if (actor.person !== undefined) this.#last = actor;
  }

  /** The person a "he" or "she" refers to: the latest one mentioned. */
  get lastPerson(): Actor | null {
    return this.#last;
  }

  /** Records an acronym given in brackets: "Iraqi News Agency (INA)". */
  rememberAcronym(acronym: string, actor: Actor, kind: MentionKind): void {
    this.#acronyms.set(acronym, { actor, kind });
  }

  /** The actor an acronym stands for in this document, with how it was first named. */
  findAcronym(acronym: string): { actor: Actor; kind: MentionKind } | null {
    return this.#acronyms.get(acronym) ?? null;
  }
}
