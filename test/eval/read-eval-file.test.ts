import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evalFormatFromFileName, type EvalFormat } from '../../src/eval/eval-format.js';
import { readEvalFile } from '../../src/eval/read-eval-file.js';
import { scoreEvalFile } from '../../src/eval/score-eval-file.js';
import type { Event, PloverType } from '../../src/records.js';
import { fakeEvent } from './fake-event.js';

const dev = (name: string): string => fileURLToPath(new URL(`../../../shared/eval/dev/${name}`, import.meta.url));

describe('evalFormatFromFileName', () => {
  const cases: [string, EvalFormat | null][] = [
    ['plv-train.tsv', 'plv'],
    ['/x/y/plover-gsr.json', 'gsr'],
    ['conflibert-cameo-class-train.tsv', 'conflibert-class'],
    ['geovirus.xml', null],
  ];
  it.each(cases)('%s → %s', (name, format) => expect(evalFormatFromFileName(name)).toBe(format));
});

describe('readEvalFile + scoreEvalFile on the dev gold files', () => {
  it('reads and scores the PLV file; a coder that returns the gold relations gets everything right', async () => {
    const file = await readEvalFile(dev('plv-train.tsv'), 'plv');
    if (file.format !== 'plv') throw new Error('wrong format');
    expect(file.items).toHaveLength(1050);
    const cameoOfPenta = ['010', '040', '070', '110', '190'] as const;
    const oracle = (text: string): Event[] =>
      file.items
        .filter((i) => i.sentence === text)
        .map((i) =>
          fakeEvent(text, {
            plover: (i.goldRoot === 'YIELD' ? 'CONCEDE' : i.goldRoot) satisfies PloverType,
            cameo: cameoOfPenta[i.goldPenta],
            source: i.source.spans,
            target: i.target.spans,
          }),
        );
    const report = scoreEvalFile(file, oracle);
    expect(report.n).toBe(1050);
    expect(report.extraction?.recall).toBe(1);
    expect(report.extraction?.precision).toBe(1);
    expect(report.root_accuracy).toBe(1);
    expect(report.penta_accuracy).toBe(1);
    expect(report.errors).toEqual([]);
    const empty = scoreEvalFile(file, () => []);
    expect(empty.root_accuracy).toBe(0);
    expect(empty.errors).toHaveLength(1050);
  });

  it('reads and scores the GSR file', async () => {
    const file = await readEvalFile(dev('plover-gsr.json'), 'gsr');
    if (file.format !== 'gsr') throw new Error('wrong format');
    expect(file.items).toHaveLength(322);
    const report = scoreEvalFile(file, () => []);
    expect(report.n).toBe(322);
    expect(report.root_accuracy).toBe(0);
    expect(report.extraction?.gold).toBeGreaterThan(300);
    expect(report.extra?.['source_country_n']).toBeGreaterThan(250);
  });

  it('reads and scores the ConfliBERT class file: no events predict statement for every sentence', async () => {
    const file = await readEvalFile(dev('conflibert-cameo-class-train.tsv'), 'conflibert-class');
    if (file.format !== 'conflibert-class') throw new Error('wrong format');
    expect(file.items).toHaveLength(963);
    const report = scoreEvalFile(file, () => []);
    expect(report.penta_accuracy).toBe(file.items.filter((i) => i.penta === 0).length / 963);
    expect(report.extra?.['no_event_share']).toBe(1);
  });
});
