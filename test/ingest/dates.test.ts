import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDateExpressions, monthNumber, resolveDate } from '../../src/nlp/dates.js';

// 2026-11-26 is a Thursday.
const THU = '2026-11-26';

// [expression, publication date, resolved date]
const RESOLVE: Array<[string, string, string]> = [
  ['on Thursday', THU, '2026-11-26'], // same day allowed
  ['Thursday', THU, '2026-11-26'],
  ['on Wednesday', THU, '2026-11-25'],
  ['on Friday', THU, '2026-11-20'], // the last Friday, not tomorrow
  ['on Monday night', THU, '2026-11-23'],
  ['late Sunday', THU, '2026-11-22'],
  ['last Thursday', THU, '2026-11-19'], // strictly before
  ['next Tuesday', THU, '2026-12-01'],
  ['yesterday', THU, '2026-11-25'],
  ['yesterday evening', THU, '2026-11-25'],
  ['the day before yesterday', THU, '2026-11-24'],
  ['today', THU, '2026-11-26'],
  ['last night', THU, '2026-11-25'],
  ['last week', THU, '2026-11-19'], // publication − 7
  ['earlier this week', THU, '2026-11-23'], // its Monday
  ['last month', THU, '2026-10-01'], // first day of the previous month
  ['earlier this month', THU, '2026-11-01'],
  ['last year', THU, '2025-01-01'],
  ['on November 26', THU, '2026-11-26'],
  ['Nov. 26', THU, '2026-11-26'],
  ['Nov 19', THU, '2026-11-19'],
  ['26 November 2026', THU, '2026-11-26'],
  ['the 3rd of December', THU, '2026-12-03'], // exactly publication + 7: this year
  ['on December 4', THU, '2025-12-04'], // publication + 8: last year
  ['on March 28', THU, '2026-03-28'],
  ['on March 28', '2026-01-10', '2025-03-28'],
  ['on January 2', '2026-12-30', '2027-01-02'], // within 7 days ahead crosses the year
  ['November 26, 2024', THU, '2024-11-26'],
  ['on Thursday, Nov. 19', THU, '2026-11-19'],
  ['2026-11-20', THU, '2026-11-20'],
  ['two days ago', THU, '2026-11-24'],
  ['3 days ago', THU, '2026-11-23'],
  ['a week ago', THU, '2026-11-19'],
  ['two months ago', THU, '2026-09-26'],
  ['a month ago', '2026-03-31', '2026-02-28'], // clamped to the month's end
  ['over the weekend', THU, '2026-11-21'],
  ['over the weekend', '2026-11-29', '2026-11-28'], // published on a Sunday
  ['in March', THU, '2026-03-01'],
  ['yesterday', '2026-03-01', '2026-02-28'],
  ['yesterday', '2028-03-01', '2028-02-29'], // leap year
  ['on Monday', '2026-11-23T18:00:00Z', '2026-11-23'], // a date-time publication is read as its date
];

describe('resolveDate', () => {
  it.each(RESOLVE)('%j published %s → %s', (expr, published, expected) => {
    expect(resolveDate(expr, published)).toBe(expected);
  });

  // Not (only) a date expression.
  it.each([
    'the Good Friday Agreement',
    'Thursdays',
    'they may 5',
    'protesters march 28 kilometres',
    'February 30',
    'on Thursday he met the envoy', // more than the expression
    'soon',
  ])('%j → null', (expr) => {
    expect(resolveDate(expr, THU)).toBeNull();
  });

  it('rejects a publication date that is not a date', () => {
    expect(() => resolveDate('yesterday', 'last Thursday')).toThrow(RangeError);
    expect(() => resolveDate('yesterday', '2026-02-30')).toThrow(RangeError);
  });
});

describe('findDateExpressions', () => {
  it('finds each expression with its offsets and precision', () => {
    const sentence = 'The minister, who arrived on Monday night, said talks held last month would resume two days ago.';
    const found = findDateExpressions(sentence, THU);
    expect(found.map((f) => [f.text, f.date, f.precision])).toEqual([
      ['on Monday night', '2026-11-23', 'day'],
      ['last month', '2026-10-01', 'month'],
      ['two days ago', '2026-11-24', 'day'],
    ]);
    for (const f of found) expect(sentence.slice(f.start, f.end)).toBe(f.text);
  });

  it('takes the longest of overlapping expressions', () => {
    const found = findDateExpressions('Officials met on Thursday, Nov. 19, in Geneva.', THU);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: 'on Thursday, Nov. 19', date: '2026-11-19' });
  });

  it('reads a weekday with a possessive', () => {
    const found = findDateExpressions('Lawmakers welcomed Tuesday’s announcement.', THU);
    expect(found.map((f) => [f.text, f.date])).toEqual([['Tuesday', '2026-11-24']]);
  });

  it('gives week, month and year precision to periods', () => {
    const found = findDateExpressions('It happened last week, earlier this month and last year.', THU);
    expect(found.map((f) => f.precision)).toEqual(['week', 'month', 'year']);
  });

  it('finds nothing in a sentence without dates', () => {
    expect(findDateExpressions('Iraq condemned the war against Iran.', THU)).toEqual([]);
  });
});

describe('monthNumber', () => {
  it.each([
    ['November', 11],
    ['nov.', 11],
    ['Sept', 9],
    ['May', 5],
    ['Mayo', null],
  ] as Array<[string, number | null]>)('%s → %s', (name, expected) => {
    expect(monthNumber(name)).toBe(expected);
  });
});

describe('purity', () => {
  it.each(['../../src/nlp/dates.ts', '../../src/nlp/dateline.ts'])('%s uses no node module and no clock', (rel) => {
    const source = readFileSync(new URL(rel, import.meta.url), 'utf8');
    expect(source).not.toMatch(/from ['"]node:/);
    expect(source).not.toMatch(/Date\.now\(|new Date\(\)/);
  });
});
