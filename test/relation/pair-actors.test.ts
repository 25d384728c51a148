import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../../src/actors/types.js';
import { pairActors } from '../../src/relation/pair-actors.js';
import { fakeActor, fakeEvent, spanOf } from '../eval/fake-event.js';

const text = 'Police in Ruritania arrested protesters as Syldavia watched.';
const police = spanOf(text, 'Police');
const protesters = spanOf(text, 'protesters');
const syldavia = spanOf(text, 'Syldavia');

const event = fakeEvent(text, { plover: 'COERCE', cameo: '173', source: [police], target: [protesters], sourceCountries: ['RUR'], targetCountries: ['BOR'] });
const mention = (span: { start: number; end: number }, country: string): ActorMention => ({ ...span, actor: fakeActor(country), kind: 'country', locative: false });
const mentions = [mention(police, 'XXX'), mention(syldavia, 'SYL')];

describe('pairActors', () => {
  it("takes an event's actors when the pair is one of its sides, with what the coder inferred", () => {
    const a = pairActors({ source: [police], target: [protesters] }, { events: [event], mentions });
    expect(a.source.map((x) => x.country)).toEqual(['RUR']);
    expect(a.target.map((x) => x.country)).toEqual(['BOR']);
  });

  it('falls back to the mention a span covers, and gives nothing for an empty side', () => {
    const a = pairActors({ source: [syldavia], target: [] }, { events: [event], mentions });
    expect(a.source.map((x) => x.country)).toEqual(['SYL']);
    expect(a.target).toEqual([]);
  });

  it('reads an event target used as a source (the pair reversed)', () => {
    const a = pairActors({ source: [protesters], target: [police] }, { events: [event], mentions });
    expect(a.source.map((x) => x.country)).toEqual(['BOR']);
    expect(a.target.map((x) => x.country)).toEqual(['RUR']);
  });
});
