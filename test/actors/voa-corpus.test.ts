// A sanity run over real wire copy: every sentence of the 89 VOA stories.
// No timing is asserted (see bench/ for speed); this checks the resolver's
// invariants at scale and a few facts a reader can verify in the stories.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentActors, findActors } from '../../src/actors/find-actors.js';
import { loadActorDictionary } from '../../src/actors/load-actors.js';
import type { ActorMention } from '../../src/actors/types.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import { SECTORS } from '../../src/records.js';

interface Story {
  title: string;
  text: string;
}

const stories = readFileSync(new URL('../../../shared/corpus/voa-stories.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Story);

describe('findActors on the VOA stories', () => {
  const dict = loadActorDictionary();
  const found: Array<{ sentence: string; mentions: ActorMention[] }> = [];
  for (const story of stories) {
    const memory = new DocumentActors();
    for (const s of splitSentences(story.text)) found.push({ sentence: s.text, mentions: findActors(s.text, dict, memory, { homeCountry: null }) });
  }

  it('reads every story', () => {
    expect(stories.length).toBe(89);
    expect(found.length).toBeGreaterThan(2000);
  });

  it('returns ordered, non-overlapping spans whose text is the actor text', () => {
    for (const { sentence, mentions } of found) {
      let end = 0;
      for (const m of mentions) {
        expect(m.start, sentence).toBeGreaterThanOrEqual(end);
        expect(m.end).toBeGreaterThan(m.start);
        expect(sentence.slice(m.start, m.end)).toBe(m.actor.text);
        end = m.end;
      }
    }
  });

  it('returns well-formed actors', () => {
    const sectors = new Set<string>(SECTORS);
    for (const { mentions } of found) {
      for (const { actor } of mentions) {
        if (actor.country !== null) expect(dict.countries.has(actor.country), actor.entry).toBe(true);
        if (actor.sector !== null) expect(sectors.has(actor.sector), actor.entry).toBe(true);
        expect(actor.entry).not.toBe('');
        expect(actor.name).not.toBe('');
        expect(JSON.parse(JSON.stringify(actor))).toEqual(actor);
      }
    }
  });

  it('finds most stories\u2019 actors and follows people through a story', () => {
    const withActors = found.filter((f) => f.mentions.length > 0).length;
    expect(withActors / found.length).toBeGreaterThan(0.6);
    const all = found.flatMap((f) => f.mentions);
    // "Iraqi Prime Minister Mohammed Shia al-Sudani …" then "Sudani, posting on X, …"
    expect(all).toContainEqual(expect.objectContaining({ kind: 'person', actor: expect.objectContaining({ text: 'Sudani', person: 'Mohammed Shia al-Sudani', country: 'IRQ' }) }));
    const corefs = all.filter((m) => m.actor.entry.startsWith('coref:') || m.kind === 'pronoun');
    expect(corefs.length).toBeGreaterThan(200);
  });
});
