import { describe, expect, it } from 'vitest';
import type { SentenceCoder } from '../../src/eval/eval-report.js';
import { parseGsr, type GsrItem } from '../../src/eval/parse-gsr.js';
import { scoreGsr } from '../../src/eval/score-gsr.js';
import type { Event } from '../../src/records.js';
import { fakeActor, fakeEvent } from './fake-event.js';

interface Rec {
  event: string;
  text: string;
  source: [string, string][];
  target?: [string, string][];
  symmetric?: boolean;
}

function gsrItems(records: Rec[]): GsrItem[] {
  const json = JSON.stringify(
    records.map((r, i) => ({
      id: `T${i + 1}`,
      event: r.event,
      text: r.text,
      source: r.source.map(([actorText, code]) => ({ actorText, code })),
      target: (r.target ?? []).map(([actorText, code]) => ({ actorText, code })),
      textInfo: { markup: r.symmetric === true ? '(SRC/TAR: x)' : '(SRC: x)' },
    })),
  );
  const { items, problems } = parseGsr(json, 'test.json');
  expect(problems).toEqual([]);
  return items;
}

const S1 = 'Tokyo criticised Washington.';
const S2 = 'Paris demanded that Berlin act.';
const S3 = 'Budapest and Bucharest agreed on a plan.';
const S4 = 'UN troops fought a relief group.';

const items = gsrItems([
  { event: 'DISAPPROVE', text: S1, source: [['Tokyo', 'JAP']], target: [['Washington', 'USA']] },
  { event: 'DEMAND', text: S2, source: [['Paris', 'FRA']], target: [['Berlin', 'DEU']] },
  { event: 'AGREE', text: S3, source: [['Budapest', 'HUN'], ['Bucharest', 'ROU']], symmetric: true },
  { event: 'FIGHT', text: S4, source: [['UN troops', 'IGO']], target: [['a relief group', 'NGO']] },
]);

const table: Record<string, (t: string) => Event[]> = {
  // right type, right countries (JAP read as JPN)
  [S1]: (t) => [fakeEvent(t, { plover: 'ACCUSE', cameo: '111', sourceCountries: ['JPN'], targetCountries: ['USA'], confidence: 0.9 })],
  // wrong type (gold DEMAND → REQUEST), right countries
  [S2]: (t) => [fakeEvent(t, { plover: 'AGREE', cameo: '057', sourceCountries: ['FRA'], targetCountries: ['DEU'], confidence: 0.7 })],
  // a symmetric event coded one way round: both gold countries are among the participants
  [S3]: (t) => [fakeEvent(t, { plover: 'AGREE', cameo: '057', sourceCountries: ['HUN'], targetCountries: ['ROU'], confidence: 0.6 })],
};
const coder: SentenceCoder = (t) => table[t]?.(t) ?? [];

describe('scoreGsr', () => {
  const report = scoreGsr(items, coder);

  it('scores the event type of the best event, after the old-name mapping', () => {
    expect(report.format).toBe('gsr');
    expect(report.n).toBe(4);
    expect(report.root_accuracy).toBe(2 / 4);
    expect(report.penta_accuracy).toBeNull();
  });

  it('scores source and target countries over records that have them', () => {
    // sources: JPN ✓, FRA ✓, HUN+ROU ✓ (symmetric), IGO ✗ (no event); targets: USA ✓, DEU ✓ (NGO has no country)
    expect(report.extra).toEqual({
      source_country_accuracy: 3 / 4,
      target_country_accuracy: 1,
      source_country_n: 4,
      target_country_n: 2,
      coder_failures: 0,
    });
  });

  it('scores country-level extraction: 2 right of 3 predicted, 4 gold', () => {
    expect(report.extraction).toEqual({ precision: 2 / 3, recall: 1 / 2, f1: expect.closeTo(4 / 7, 12), tp: 2, predicted: 3, gold: 4 });
  });

  it('tables types and lists errors worst first', () => {
    expect(report.per_type['REQUEST']).toEqual({ n: 1, correct: 0, predicted: 0, precision: 0, recall: 0, f1: 0 });
    expect(report.per_type['AGREE']).toEqual({ n: 1, correct: 1, predicted: 2, precision: 1 / 2, recall: 1, f1: 2 / 3 });
    expect(report.confusion.labels).toEqual(['AGREE', 'REQUEST', 'ACCUSE', 'ASSAULT', 'NONE']);
    expect(report.errors.map((e) => [e.index, e.gold, e.predicted])).toEqual([
      [1, 'REQUEST FRA → DEU', 'AGREE FRA → DEU'],
      [3, 'ASSAULT IGO → -', 'NONE'],
    ]);
  });

  it('matches a gold IGO with any coded IGO actor', () => {
    const igo = fakeEvent(S4, { plover: 'ASSAULT', cameo: '190' });
    igo.source = [{ text: 'UN troops', name: 'United Nations', country: null, igo: 'UNO', sector: 'MIL', entry: 'test' }];
    const r = scoreGsr(items.slice(3), () => [igo]);
    expect(r.root_accuracy).toBe(1);
    expect(r.extra?.['source_country_accuracy']).toBe(1);
    expect(r.extraction?.tp).toBe(1);
  });

  it('does not merge CONCEDE and RETREAT', () => {
    const [concede] = gsrItems([{ event: 'CONCEDE', text: 'Ann gave in.', source: [['Ann', 'USA']] }]);
    const r = scoreGsr(concede === undefined ? [] : [concede], (t) => [fakeEvent(t, { plover: 'RETREAT', cameo: '080', sourceCountries: ['USA'] })]);
    expect(r.root_accuracy).toBe(0);
    expect(r.extraction?.tp).toBe(0);
  });

  it('requires every gold source country for accuracy but one for extraction', () => {
    const [pair] = gsrItems([{ event: 'SUPPORT', text: 'Ann and Bob backed it.', source: [['Ann', 'USA'], ['Bob', 'GBR']] }]);
    const r = scoreGsr(pair === undefined ? [] : [pair], (t) => [fakeEvent(t, { plover: 'SUPPORT', cameo: '051', sourceCountries: ['USA'] })]);
    expect(r.extra?.['source_country_accuracy']).toBe(0);
    expect(r.extraction?.tp).toBe(1);
  });

  it('takes the type and the countries of a verdict that chose its own pair', () => {
    // S1 coded ACCUSE JPN → USA; the verdict answers about another pair, USA → JPN, and wins.
    const verdicts = items.map((_, i) =>
      i === 0 ? { label: 'ACCUSE', penta: 3, confidence: 0.8, rule: 'model', actors: { source: [fakeActor('USA')], target: [fakeActor('JPN')] } } : null,
    );
    const r = scoreGsr(items.slice(0, 1), coder, verdicts.slice(0, 1));
    expect(r.root_accuracy).toBe(1);
    expect(r.extra?.['source_country_accuracy']).toBe(0);
    expect(r.extra?.['target_country_accuracy']).toBe(0);
    // A verdict without actors keeps the coder's countries.
    const bare = scoreGsr(items.slice(0, 1), coder, [{ label: 'ACCUSE', penta: 3, confidence: 0.8, rule: 'model' }]);
    expect(bare.extra?.['source_country_accuracy']).toBe(1);
    // A verdict on a sentence the coder found nothing in still names who.
    const none = scoreGsr(items.slice(3), () => [], [{ label: 'ASSAULT', penta: 4, confidence: 0.6, rule: 'model', actors: { source: [fakeActor(null, 'UNO')], target: [] } }]);
    expect(none.root_accuracy).toBe(1);
    expect(none.extra?.['source_country_accuracy']).toBe(1);
  });
});
