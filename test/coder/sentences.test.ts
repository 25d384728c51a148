// The coder against our own sentence tables: every case in CASES must pass,
// every case in KNOWN_MISSES must still fail (so a fix moves it back), and no
// ordinary sentence may produce an event.

import { describe, expect, it } from 'vitest';
import { codeDocument } from '../../src/coder/code-document.js';
import { loadResources } from '../../src/load-resources.js';
import { PLOVER_TYPES, type Event } from '../../src/records.js';
import { KNOWN_MISS_REASONS } from './cases/known-misses.js';
import { NO_EVENT_SENTENCES } from './cases/no-events.js';
import { CASES } from './cases/sentences.js';
import type { CoderCase } from './cases/types.js';
import { checkCase } from './match-case.js';

const res = loadResources();

/** Codes the case's context and text as one document; returns the events of the text only. */
function code(c: CoderCase): Event[] {
  const context = c.context ?? [];
  const text = [...context, c.text].join(' ');
  const coded = codeDocument({ text, docId: null, publishedAt: c.publishedAt ?? '2026-11-26', homeCountry: null }, res);
  const offset = text.length - c.text.length;
  const last = coded.sentences.filter((s) => s.start >= offset).map((s) => s.index);
  return coded.events.filter((e) => last.includes(e.sentence));
}

const passing = CASES.filter((c) => !KNOWN_MISS_REASONS.has(c.text));
const misses = CASES.filter((c) => KNOWN_MISS_REASONS.has(c.text));

describe('coder sentence table', () => {
  it('has at least 150 cases covering every PLOVER type', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
    for (const type of PLOVER_TYPES) expect(CASES.filter((c) => c.tags.includes(type)).length, type).toBeGreaterThanOrEqual(6);
  });

  it('lists no known miss that is not a case', () => {
    expect([...KNOWN_MISS_REASONS.keys()].filter((t) => !CASES.some((c) => c.text === t))).toEqual([]);
  });

  it.each(passing.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    expect(checkCase(c, code(c))).toBeNull();
  });
});

describe.runIf(misses.length > 0)('known misses still miss (take a case out of known-misses.ts when it passes)', () => {
  it.each(misses.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    expect(checkCase(c, code(c))).not.toBeNull();
  });
});

describe('ordinary sentences give no event', () => {
  it.each(NO_EVENT_SENTENCES.map((s) => [s] as const))('%s', (s) => {
    const coded = codeDocument({ text: s, docId: null, publishedAt: '2026-11-26', homeCountry: null }, res);
    expect(coded.events.map((e) => `${e.plover} ${e.evidence.rule}`)).toEqual([]);
  });
});
