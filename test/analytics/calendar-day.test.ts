import { describe, expect, it } from 'vitest';
import { addDays, dayFromNumber, dayNumber, daysBetween, isIsoDay, weekday } from '../../src/analytics/calendar-day.js';

describe('calendar days', () => {
  const shifts: Array<[string, number, string]> = [
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-01-01', -1, '2023-12-31'],
    ['2000-03-01', -1, '2000-02-29'],
    ['1900-03-01', -1, '1900-02-28'],
  ];
  it.each(shifts)('addDays(%s, %i) = %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });
  it('dayNumber agrees with Date.UTC over four centuries', () => {
    for (let n = -50_000; n < 100_000; n += 97) {
      const day = new Date(n * 86_400_000).toISOString().slice(0, 10);
      expect(dayNumber(day)).toBe(n);
      expect(dayFromNumber(n)).toBe(day);
    }
  });
  const weekdays: Array<[string, number]> = [
    ['2024-01-01', 0],
    ['2024-01-06', 5],
    ['2024-01-07', 6],
    ['1970-01-01', 3],
  ];
  it.each(weekdays)('weekday(%s) = %i', (day, expected) => expect(weekday(day)).toBe(expected));
  it('daysBetween and isIsoDay', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect([isIsoDay('2024-02-29'), isIsoDay('2023-02-29'), isIsoDay('2024-1-1')]).toEqual([true, false, false]);
    expect(() => dayNumber('yesterday')).toThrow(RangeError);
  });
});
