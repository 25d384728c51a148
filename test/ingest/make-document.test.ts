import { describe, expect, it } from 'vitest';
import { documentId, makeDocument } from '../../src/ingest/make-document.js';
import { normalisePublishedAt } from '../../src/ingest/normalise-published-at.js';

const STORY = 'NWA–Orlane\nThe foreign ministry said on Wednesday that it welcomed the talks.';

describe('makeDocument', () => {
  it('reads the dateline place and agency, and fills the date from the defaults', () => {
    const doc = makeDocument({ text: STORY }, { date: '2026-11-26' });
    expect(doc).toMatchObject({ dateline: 'Orlane', source: 'NWA', publishedAt: '2026-11-26', title: null, url: null, language: 'en' });
    expect(doc.id).toMatch(/^[0-9a-f]{16}$/);
    expect(doc.text).toBe(STORY);
  });

  it('gives the same id to the same report however it is encoded', () => {
    const a = makeDocument({ text: STORY });
    const b = makeDocument({ text: `\uFEFF  ${STORY.replace('\n', '\r\n').replace('NWA–', 'NWA-').toUpperCase()}  \n` });
    const c = makeDocument({ text: STORY, title: 'Another title', publishedAt: '2020-01-01' });
    expect(b.id).toBe(a.id);
    expect(c.id).toBe(a.id);
    expect(makeDocument({ text: `${STORY} Extra.` }).id).not.toBe(a.id);
    expect(documentId(STORY)).toBe(a.id);
  });

  it('prefers the file’s own source, then the dateline agency, then the default', () => {
    expect(makeDocument({ text: STORY, source: 'Bulletin' }, { source: 'CLI' }).source).toBe('Bulletin');
    expect(makeDocument({ text: STORY }, { source: 'CLI' }).source).toBe('NWA');
    expect(makeDocument({ text: 'Ministers met.' }, { source: 'CLI' }).source).toBe('CLI');
    expect(makeDocument({ text: 'Ministers met.' }).source).toBeNull();
  });

  it('keeps the file’s date over the default, as a date only', () => {
    expect(makeDocument({ text: STORY, publishedAt: '2025-03-14 20:30:26Z' }, { date: '2026-11-26' }).publishedAt).toBe('2025-03-14');
  });

  it('takes a dateline given by the file over the one in the text', () => {
    expect(makeDocument({ text: STORY, dateline: 'Valmora' }).dateline).toBe('Valmora');
  });

  it('refuses empty text and unreadable dates', () => {
    expect(() => makeDocument({ text: ' \n ' })).toThrow(RangeError);
    expect(() => makeDocument({ text: STORY, publishedAt: 'soon' })).toThrow(/not a recognised date/);
  });
});

// [as written, date]
const PUBLISHED: Array<[string | number, string | null]> = [
  ['2025-03-14 20:30:26Z', '2025-03-14'],
  ['2025-03-14T23:30:00-05:00', '2025-03-14'], // the date where it was written
  ['2025-03-14', '2025-03-14'],
  ['2025/3/4', '2025-03-04'],
  ['20250314', '2025-03-14'],
  ['Fri, 14 Mar 2025 20:30:26 GMT', '2025-03-14'],
  ['14 March 2025', '2025-03-14'],
  ['March 14, 2025', '2025-03-14'],
  ['Nov. 26th, 2026', '2026-11-26'],
  [1741984226, '2025-03-14'],
  [1741984226000, '2025-03-14'],
  ['2025-02-30', null],
  ['yesterday', null],
  ['14 Smarch 2025', null],
  ['', null],
];

describe('normalisePublishedAt', () => {
  it.each(PUBLISHED)('%j → %s', (value, expected) => {
    expect(normalisePublishedAt(value)).toBe(expected);
  });
});
