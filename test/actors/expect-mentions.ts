// Shared by the resolver's table tests: what a test expects of one mention
// and a check that names the sentence and the mention on failure.

import { expect } from 'vitest';
import type { ActorMention, MentionKind } from '../../src/actors/types.js';
import type { Sector } from '../../src/records.js';

/** What a test expects of one mention: its text, and any fields it names. */
export interface Expected {
  text: string;
  kind?: MentionKind;
  country?: string | null;
  igo?: string | null;
  sector?: Sector | null;
  role?: string;
  person?: string;
  name?: string;
  locative?: boolean;
  entry?: string;
}

function view(sentence: string, m: ActorMention): Record<keyof Expected, unknown> {
  return {
    text: sentence.slice(m.start, m.end),
    kind: m.kind,
    country: m.actor.country,
    igo: m.actor.igo,
    sector: m.actor.sector,
    role: m.actor.role,
    person: m.actor.person,
    name: m.actor.name,
    locative: m.locative,
    entry: m.actor.entry,
  };
}

/** All mentions, in order, with the fields each expectation names. */
export function expectMentions(sentence: string, mentions: readonly ActorMention[], expected: readonly Expected[]): void {
  const got = mentions.map((m) => view(sentence, m));
  expect(got.map((g) => g.text), sentence).toEqual(expected.map((e) => e.text));
  expected.forEach((e, i) => {
    const g = got[i];
    const picked = Object.fromEntries(Object.keys(e).map((k) => [k, g?.[k as keyof Expected]]));
    expect(picked, `${sentence} → ${e.text}`).toEqual(e);
  });
}

/** The mention whose text is `text` has the fields of `expected` (other mentions are not checked). */
export function expectMention(sentence: string, mentions: readonly ActorMention[], expected: Expected): void {
  const got = mentions.map((m) => view(sentence, m));
  const hit = got.find((g) => g.text === expected.text);
  expect(hit, `${sentence}: no mention "${expected.text}" in ${JSON.stringify(got.map((g) => g.text))}`).toBeDefined();
  const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, hit?.[k as keyof Expected]]));
  expect(picked, `${sentence} → ${expected.text}`).toEqual(expected);
}
