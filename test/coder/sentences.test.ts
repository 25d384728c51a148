// The coder against our own sentence tables: every case in CASES must pass,
// every case in KNOWN_MISSES must still fail (so a fix moves it back), and no
// ordinary sentence may produce an event.

import { describe, expect, it } from 'vitest';
import { codeDocument } from '../../src/coder/code-document.js';
import { loadResources } from '../../src/load-resources.js';
import type { Event } from '../../src/records.js';
import { KNOWN_MISSES } from './cases/known-misses.js';
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

describe('coder sentence table', () => {
  it('has at least 150 cases covering every PLOVER type', () => {
    expect(CASES.length + KNOWN_MISSES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(CASES.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    expect(checkCase(c, code(c))).toBeNull();
  });
});

describe.runIf(KNOWN_MISSES.length > 0)('known misses still miss (move a case back to CASES when it passes)', () => {
  it.each(KNOWN_MISSES.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    expect(checkCase(c, code(c))).not.toBeNull();
  });
});

describe('ordinary sentences give no event', () => {
  it.each(NO_EVENT_SENTENCES.map((s) => [s] as const))('%s', (s) => {
    const coded = codeDocument({ text: s, docId: null, publishedAt: '2026-11-26', homeCountry: null }, res);
    expect(coded.events.map((e) => `${e.plover} ${e.evidence.rule}`)).toEqual([]);
  });
});
