import { describe, expect, it } from 'vitest';
import type { ItemVerdict, SentenceCoder } from '../../src/eval/eval-report.js';
import { scorePlv } from '../../src/eval/score-plv.js';
import type { Event } from '../../src/records.js';
import { fakeEvent, spanOf } from './fake-event.js';
import { plvItems } from './plv-rows.js';

/** A coder answering from a table: sentence → events built over named mentions. */
function tableCoder(table: Record<string, (text: string) => Event[]>): SentenceCoder & { calls: string[] } {
  const calls: string[] = [];
  const coder = (text: string): Event[] => {
    calls.push(text);
    return table[text]?.(text) ?? [];
  };
  return Object.assign(coder, { calls });
}

const A = 'Alpha condemned Beta.';
const B = 'Gamma met Delta.';
const C = 'Epsilon attacked Zeta.';
const D = 'Eta withdrew from Theta.';

const items = plvItems([
  ['<s>Alpha</s> condemned <t>Beta</t>.', 3, 'ACCUSE'],
  ['<s>Gamma</s> met <t>Delta</t>.', 1, 'CONSULT'],
  ['<s>Epsilon</s> attacked <t>Zeta</t>.', 4, 'ASSAULT'],
  ['<s>Eta</s> withdrew from <t>Theta</t>.', 2, 'RETREAT'],
]);

const coder = tableCoder({
  // right root, right penta
  [A]: (t) => [fakeEvent(t, { plover: 'ACCUSE', cameo: '111', source: [spanOf(t, 'Alpha')], target: [spanOf(t, 'Beta')], confidence: 0.9 })],
  // reversed direction: no relation for Gamma → Delta
  [B]: (t) => [fakeEvent(t, { plover: 'CONSULT', cameo: '040', source: [spanOf(t, 'Delta')], target: [spanOf(t, 'Gamma')], confidence: 0.7 })],
  // the right event loses to a more confident wrong one
  [C]: (t) => [
    fakeEvent(t, { plover: 'ASSAULT', cameo: '190', source: [spanOf(t, 'Epsilon')], target: [spanOf(t, 'Zeta')], confidence: 0.4 }),
    fakeEvent(t, { plover: 'THREATEN', cameo: '138', source: [spanOf(t, 'Epsilon')], target: [spanOf(t, 'Zeta')], confidence: 0.8, rule: 'verb:attack-as-threat' }),
  ],
  // RETREAT counts as YIELD; overlapping (not equal) spans are enough
  [D]: (t) => [fakeEvent(t, { plover: 'RETREAT', cameo: '0874', source: [spanOf(t, 'Eta withdrew')], target: [spanOf(t, 'Thet')], confidence: 0.6 })],
});

describe('scorePlv', () => {
  const report = scorePlv(items, coder);

  it('scores root and penta accuracy over the marked pairs', () => {
    expect(report.format).toBe('plv');
    expect(report.n).toBe(4);
    expect(report.root_accuracy).toBe(2 / 4); // A, D
    expect(report.penta_accuracy).toBe(2 / 4); // A 3, D 2; C predicts 3 for gold 4, B none
  });

  it('scores extraction over all events: 3 right of 5 predicted, 4 gold', () => {
    expect(report.extraction).toEqual({ precision: 3 / 5, recall: 3 / 4, f1: expect.closeTo((2 * 0.6 * 0.75) / 1.35, 12), tp: 3, predicted: 5, gold: 4 });
  });

  it('tables each gold class', () => {
    expect(report.per_type).toEqual({
      CONSULT: { n: 1, correct: 0, predicted: 0, precision: 0, recall: 0, f1: 0 },
      YIELD: { n: 1, correct: 1, predicted: 1, precision: 1, recall: 1, f1: 1 },
      ACCUSE: { n: 1, correct: 1, predicted: 1, precision: 1, recall: 1, f1: 1 },
      ASSAULT: { n: 1, correct: 0, predicted: 0, precision: 0, recall: 0, f1: 0 },
    });
  });

  it('builds the confusion matrix with NONE last', () => {
    expect(report.confusion.labels).toEqual(['CONSULT', 'YIELD', 'ACCUSE', 'THREATEN', 'ASSAULT', 'NONE']);
    expect(report.confusion.matrix).toEqual([
      [0, 0, 0, 0, 0, 1],
      [0, 1, 0, 0, 0, 0],
      [0, 0, 1, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
      [0, 0, 0, 1, 0, 0],
      [0, 0, 0, 0, 0, 0],
    ]);
  });

  it('lists errors, confident wrong answers before misses', () => {
    expect(report.errors).toEqual([
      { index: 2, line: 4, text: C, gold: 'ASSAULT/4', predicted: 'THREATEN/3', confidence: 0.8, detail: 'Epsilon → Zeta', rule: 'verb:attack-as-threat' },
      { index: 1, line: 3, text: B, gold: 'CONSULT/1', predicted: 'NONE', confidence: null, detail: 'Gamma → Delta' },
    ]);
  });

  it('gets nothing right with a coder that finds nothing', () => {
    const empty = scorePlv(items, () => []);
    expect(empty.root_accuracy).toBe(0);
    expect(empty.penta_accuracy).toBe(0);
    expect(empty.extraction).toEqual({ precision: 0, recall: 0, f1: 0, tp: 0, predicted: 0, gold: 4 });
    expect(empty.errors).toHaveLength(4);
    expect(empty.confusion.matrix.map((row) => row.at(-1))).toEqual([1, 1, 1, 1, 0]);
  });
});

describe('scorePlv on a sentence with several marked pairs', () => {
  const S = 'Mu accused Nu and praised Xi.';
  const pooled = plvItems([
    ['<s>Mu</s> accused <t>Nu</t> and praised Xi.', 3, 'ACCUSE'],
    ['<s>Mu</s> accused Nu and praised <t>Xi</t>.', 1, 'SUPPORT'],
  ]);
  const accuse = (t: string): Event => fakeEvent(t, { plover: 'ACCUSE', cameo: '112', source: [spanOf(t, 'Mu')], target: [spanOf(t, 'Nu')] });
  const twice = tableCoder({ [S]: (t) => [accuse(t), accuse(t)] });
  const report = scorePlv(pooled, twice);

  it('codes the sentence once and pools its gold triples', () => {
    expect(twice.calls).toEqual([S]);
    expect(report.root_accuracy).toBe(1 / 2);
  });

  it('counts a duplicated event once', () => {
    expect(report.extraction).toEqual({ precision: 1, recall: 1 / 2, f1: 2 / 3, tp: 1, predicted: 1, gold: 2 });
  });
});

describe('scorePlv with an implicit target', () => {
  const S = 'Omicron gave in.';
  const implicit = plvItems([['<s>Omicron</s> gave in.', 2, 'CONCEDE']]);

  it('checks only the marked side', () => {
    const report = scorePlv(implicit, () => [fakeEvent(S, { plover: 'CONCEDE', cameo: '080', source: [spanOf(S, 'Omicron')] })]);
    expect(report.root_accuracy).toBe(1);
    expect(report.extraction?.tp).toBe(1);
  });

  it('still requires the marked side to overlap', () => {
    const report = scorePlv(implicit, () => [fakeEvent(S, { plover: 'CONCEDE', cameo: '080', source: [spanOf(S, 'gave')] })]);
    expect(report.root_accuracy).toBe(0);
  });
});

describe('scorePlv with a coder that throws', () => {
  it('records the failure and scores the sentence as NONE', () => {
    const report = scorePlv(items, (t) => {
      if (t === B) throw new Error('boom');
      return coder(t);
    });
    expect(report.root_accuracy).toBe(2 / 4);
    expect(report.extra?.['coder_failures']).toBe(1);
    expect(report.errors.find((e) => e.index === 1)?.note).toBe('coder failed: boom');
  });
});

describe('scorePlv with sentence verdicts', () => {
  const verdict = (text: string, root: string, source: string, target: string): ItemVerdict => ({
    label: root,
    penta: null,
    confidence: 0.9,
    rule: 'model:relation',
    pair: { source: [spanOf(text, source)], target: [spanOf(text, target)] },
  });
  const sentenceVerdicts = new Map<string, ItemVerdict | null>([
    // right pair, right root
    [A, verdict(A, 'ACCUSE', 'Alpha', 'Beta')],
    // right pair, wrong root
    [B, verdict(B, 'ASSAULT', 'Gamma', 'Delta')],
    // no answer
    [C, null],
    // D: not in the map, nothing either
  ]);
  const report = scorePlv(items, coder, undefined, sentenceVerdicts);

  it("extracts the verdicts' triples instead of the coder's events", () => {
    // the coder's 5 events are not counted: 2 predicted, 1 right, of 4 gold
    expect(report.extraction).toEqual({ precision: 1 / 2, recall: 1 / 4, f1: expect.closeTo(1 / 3, 12), tp: 1, predicted: 2, gold: 4 });
  });

  it('counts a right pair with a wrong root in the pair-only F1', () => {
    // 2 right pairs of 2 predicted, 4 gold: P 1, R 1/2
    expect(report.extra?.['extraction_pair_f1']).toBeCloseTo(2 / 3, 12);
  });

  it("keeps root and penta accuracy on the coder's answers for the marked pairs", () => {
    expect(report.root_accuracy).toBe(scorePlv(items, coder).root_accuracy);
  });

  it('counts a reversed pair in neither score', () => {
    const reversed = scorePlv(items, coder, undefined, new Map([[A, verdict(A, 'ACCUSE', 'Beta', 'Alpha')]]));
    expect(reversed.extraction).toEqual({ precision: 0, recall: 0, f1: 0, tp: 0, predicted: 1, gold: 4 });
    expect(reversed.extra?.['extraction_pair_f1']).toBe(0);
  });

  it('predicts nothing from a verdict without a pair or a root', () => {
    const { pair: _, ...pairless } = verdict(A, 'ACCUSE', 'Alpha', 'Beta');
    const none = scorePlv(items, coder, undefined, new Map([[A, pairless], [B, verdict(B, 'NONE', 'Gamma', 'Delta')]]));
    expect(none.extraction).toEqual({ precision: 0, recall: 0, f1: 0, tp: 0, predicted: 0, gold: 4 });
  });
});
