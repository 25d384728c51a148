// Parties the coder infers beyond what the dictionary names, each marked in
// the actor's entry: an official named by title alone in a sentence about
// one country (`+inferred:only-country`), and the owners of a place or thing
// attacked in the passive voice (`+owner-of:<head>`), and a place name two
// countries share read by the other country the sentence names (`+context:X`).

import { describe, expect, it } from 'vitest';
import { codeDocument } from '../../src/coder/code-document.js';
import { loadResources } from '../../src/load-resources.js';
import type { Event } from '../../src/records.js';

const res = loadResources();

function events(text: string, homeCountry: string | null = null): Event[] {
  return codeDocument({ text, docId: null, publishedAt: null, homeCountry }, res).events;
}

const countries = (e: Event | undefined, side: 'source' | 'target'): Array<string | null> => (e?.[side] ?? []).map((a) => a.country);

describe('an official of the one country a sentence names', () => {
  it.each([
    ['Judge Maria Lopez opened a corruption inquiry into 12 Peruvian customs officers on Monday.', 'PER'],
    ['Interior Minister Ahmed Rahimi rejected the demands of Moroccan teachers.', 'MAR'],
    // The state as an owner, not a party.
    ["Lt. Gen. Omar Diallo resigned to allow Mali's first free elections.", 'MLI'],
  ])('%s → %s, marked', (text, country) => {
    const e = events(text)[0];
    expect(countries(e, 'source')).toEqual([country]);
    expect(e?.source[0]?.entry).toMatch(/\+inferred:only-country$/);
  });

  it.each([
    // A role that deals with other states: the holder is the foreigner.
    ['Foreign Minister Li Wen criticised Japan on Monday.'],
    // Two countries named: no single candidate.
    ['Judge Maria Lopez opened an inquiry into Peruvian and Bolivian customs officers.'],
    // The state itself as the party acted on: the official may be a foreigner.
    ['Prime Minister Tesfaye Bekele accused Egypt of sabotage on Monday.'],
    // Dealings between states: the official may be the visitor.
    ['Interior Minister Ahmed Rahimi criticised Moroccan officials during his visit on Monday.'],
  ])('%s infers nothing', (text) => {
    for (const e of events(text)) for (const a of e.source) expect(a.entry).not.toMatch(/only-country/);
  });

  it('leaves the home country of the report first', () => {
    const e = events('Interior Minister Ahmed Rahimi rejected the demands of Moroccan teachers.', 'DZA')[0];
    expect(countries(e, 'source')).toEqual(['DZA']);
  });
});

describe('the owners of what a passive verb acted on', () => {
  it.each([
    ['A camp for Sudanese refugees was attacked by Chadian rebels on Sunday.', 'TCD', 'SDN', 'camp'],
    ['The offices of the Kenyan opposition were raided by Ugandan soldiers on Monday.', 'UGA', 'KEN', 'offices'],
  ])('%s: %s → %s', (text, source, target, head) => {
    const e = events(text).find((x) => x.plover === 'ASSAULT');
    expect(countries(e, 'source')).toEqual([source]);
    expect(countries(e, 'target')).toEqual([target]);
    expect(e?.target[0]?.entry).toContain(`+owner-of:${head}`);
  });

  it('does not take a mention after another head for the target', () => {
    // "a report by Sudanese officials": not an owned place; the passive has no subject actor.
    for (const e of events('A hospital in the capital was shelled by Chadian rebels, a report by Sudanese officials said.'))
      for (const a of e.target) expect(a.entry).not.toContain('owner-of');
  });
});

describe('a place name two countries share', () => {
  const mention = (text: string, name: string): { country: string | null; entry: string } | undefined => {
    const coded = codeDocument({ text, docId: null, publishedAt: null, homeCountry: null }, res);
    const m = coded.mentions.flatMap((sm) => sm.mentions).find((x) => text.slice(x.start, x.end) === name);
    return m === undefined ? undefined : { country: m.actor.country, entry: m.actor.entry };
  };

  it.each([
    // [sentence, name, country, marked]
    ['Syrian officers ended their mediation between militias in Tripoli as shells hit the north Lebanese port.', 'Tripoli', 'LBN', true],
    ['Libyan militias clashed in Tripoli on Monday.', 'Tripoli', 'LBY', false],
    ['Tripoli recalled its ambassador on Monday.', 'Tripoli', 'LBY', false],
    // Both countries named: the dictionary's reading stays.
    ['Lebanese and Libyan envoys met in Tripoli.', 'Tripoli', 'LBY', false],
    ['Troops from Congo entered Brazzaville on Friday.', 'Congo', 'COG', true],
    ['Rwandan troops entered Congo from Kinshasa.', 'Congo', 'COD', false],
  ])('%s: %s is %s', (text, name, country, marked) => {
    const m = mention(text, name);
    expect(m?.country).toBe(country);
    expect(m?.entry.includes(`+context:${country}`)).toBe(marked);
  });
});
