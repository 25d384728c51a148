import { describe, expect, it } from 'vitest';
import { parseConflibertClass } from '../../src/eval/parse-conflibert-class.js';
import { NO_EVENT_PENTA, scoreConflibertClass } from '../../src/eval/score-conflibert-class.js';
import type { Event } from '../../src/records.js';
import { fakeEvent } from './fake-event.js';

const { items } = parseConflibertClass(
  ['Ann accused Bob.\t3', 'Ann spoke.\t0', 'Tanks shelled the town.\t4', 'Aid arrived.\t2'].join('\n'),
  'test.tsv',
);
const table: Record<string, (t: string) => Event[]> = {
  'Ann accused Bob.': (t) => [fakeEvent(t, { plover: 'ACCUSE', cameo: '112', confidence: 0.8 })],
  'Tanks shelled the town.': (t) => [
    fakeEvent(t, { plover: 'ASSAULT', cameo: '195', confidence: 0.2 }),
    fakeEvent(t, { plover: 'CONSULT', cameo: '040', confidence: 0.6, rule: 'verb:meet' }),
  ],
};

describe('scoreConflibertClass', () => {
  const report = scoreConflibertClass(items, (t) => table[t]?.(t) ?? []);

  it('takes the penta class of the most confident event, and 0 without an event', () => {
    expect(NO_EVENT_PENTA).toBe(0);
    expect(report.format).toBe('conflibert-class');
    expect(report.n).toBe(4);
    expect(report.penta_accuracy).toBe(2 / 4);
    expect(report.root_accuracy).toBeNull();
    expect(report.extraction).toBeNull();
    expect(report.extra).toEqual({ no_event_share: 2 / 4, coder_failures: 0 });
  });

  it('tables the classes and lists errors', () => {
    expect(report.confusion.labels).toEqual(['0', '1', '2', '3', '4']);
    expect(report.confusion.matrix).toEqual([
      [1, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [1, 0, 0, 0, 0],
      [0, 0, 0, 1, 0],
      [0, 1, 0, 0, 0],
    ]);
    expect(report.per_type['0']).toEqual({ n: 1, correct: 1, predicted: 2, precision: 1 / 2, recall: 1, f1: 2 / 3 });
    expect(report.errors).toEqual([
      { index: 2, line: 3, text: 'Tanks shelled the town.', gold: '4', predicted: '1', confidence: 0.6, rule: 'verb:meet' },
      { index: 3, line: 4, text: 'Aid arrived.', gold: '2', predicted: '0', confidence: null, note: 'no event' },
    ]);
  });
});
