// The INA wire story (../shared/corpus) must be coded correctly: the example
// input named in DESIGN.md. Read from ../shared, never copied into the repo.

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDocument } from '../../src/ingest/make-document.js';
import { loadResources } from '../../src/load-resources.js';
import { processDocument } from '../../src/pipeline.js';
import type { Event } from '../../src/records.js';

const INA = new URL('../../../shared/corpus/ina-al-araji-moscow-forum.txt', import.meta.url);

describe('INA story: Al-Araji at the Moscow security forum', () => {
  let events: Event[] = [];
  let mentions: ReturnType<typeof processDocument>['mentions'] = [];

  beforeAll(() => {
    const doc = makeDocument({ text: readFileSync(INA, 'utf8') }, { date: '2026-11-26' });
    const coded = processDocument(doc, loadResources());
    events = coded.events;
    mentions = coded.mentions;
  });

  it('resolves Qassem Al-Araji to IRQ/GOV with his role', () => {
    const araji = mentions.flatMap((m) => m.mentions).find((m) => m.actor.person?.includes('Araji'));
    expect(araji?.actor).toMatchObject({ country: 'IRQ', sector: 'GOV', role: 'National Security Advisor' });
  });

  it("codes Iraq's condemnation of the war against Iran as ACCUSE (CAMEO 11x) with Iran named", () => {
    const accuse = events.filter((e) => e.plover === 'ACCUSE' && e.cameo.startsWith('11') && e.source.some((a) => a.country === 'IRQ'));
    expect(accuse.length).toBeGreaterThan(0);
    const aboutIran = accuse.find((e) => /Iran/.test(e.evidence.text));
    expect(aboutIran).toBeDefined();
    // Iran is the victim of the war Iraq condemns: named in the evidence and
    // defended verbally (052), not accused.
    expect(aboutIran?.target.some((a) => a.country === 'IRN')).toBe(false);
    const defend = events.find((e) => e.plover === 'SUPPORT' && e.target.some((a) => a.country === 'IRN'));
    expect(defend?.source.some((a) => a.country === 'IRQ')).toBe(true);
  });

  it("codes Iraq's appreciation of the forum as SUPPORT", () => {
    const support = events.find((e) => e.plover === 'SUPPORT' && e.source.some((a) => a.country === 'IRQ') && /appreciation/.test(e.evidence.text));
    expect(support).toBeDefined();
    // "I express our appreciation": the first person is Al-Araji, the speaker
    // of the nearest verb of saying, not the media office that relays him.
    expect(support?.source[0]?.person).toBe('Qassem Al-Araji');
    const span = support?.evidence.spans.source[0];
    expect(span && support?.evidence.text.slice(span.start, span.end)).toBe('I');
  });

  it("codes Iraq's call for security and intelligence cooperation as REQUEST or AGREE", () => {
    const call = events.find(
      (e) => (e.plover === 'REQUEST' || e.plover === 'AGREE') && e.source.some((a) => a.country === 'IRQ') && /intelligence cooperation/.test(e.evidence.text),
    );
    expect(call).toBeDefined();
  });

  it('codes no material conflict ("confronting terrorism" and "rejecting the use of force" are not attacks)', () => {
    expect(events.filter((e) => e.quad === 4).map((e) => e.evidence.text)).toEqual([]);
  });

  it('attributes quoted statements to Al-Araji as speaker', () => {
    const quoted = events.filter((e) => /“/.test(e.evidence.text) || /”/.test(e.evidence.text));
    expect(quoted.length).toBeGreaterThan(0);
    for (const e of quoted) expect(e.speaker?.person ?? e.source[0]?.person ?? '').toMatch(/Araji/);
  });

  it('dates every event 2026-11-26 (the Thursday of the story)', () => {
    for (const e of events) expect(e.date).toBe('2026-11-26');
  });
});
