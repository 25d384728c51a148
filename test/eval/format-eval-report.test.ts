import { describe, expect, it } from 'vitest';
import { formatEvalReport } from '../../src/eval/format-eval-report.js';
import { parseConflibertClass } from '../../src/eval/parse-conflibert-class.js';
import { scoreConflibertClass } from '../../src/eval/score-conflibert-class.js';
import { parsePlv } from '../../src/eval/parse-plv.js';
import { scorePlv } from '../../src/eval/score-plv.js';
import { fakeEvent, spanOf } from './fake-event.js';

describe('formatEvalReport', () => {
  const header = 'uid\tsentence_id\tsentence\tmarked_sentence\tsource\ttarget\tgold_penta\tgold_root';
  const S = 'Ann met Bob.';
  const { items } = parsePlv(`${header}\n1\t1\t${S}\t<s>Ann</s> met <t>Bob</t>.\tAnn\tBob\t1\tCONSULT\n2\t2\tCat hit Dan.\t<s>Cat</s> hit <t>Dan</t>.\tCat\tDan\t4\tASSAULT\n`, 't.tsv');
  const report = scorePlv(items, (t) => (t === S ? [fakeEvent(t, { plover: 'CONSULT', cameo: '040', source: [spanOf(t, 'Ann')], target: [spanOf(t, 'Bob')] })] : []));
  const text = formatEvalReport(report);

  it('prints the summary figures', () => {
    expect(text).toMatch(/root accuracy\s+50\.0%/);
    expect(text).toMatch(/penta accuracy\s+50\.0%/);
    expect(text).toMatch(/extraction\s+P 100\.0%\s+R 50\.0%\s+F1 66\.7%/);
  });

  it('prints a per-class row and the confusion matrix', () => {
    expect(text).toMatch(/^CONSULT\s+1\s+1\s+1\s+100\.0%\s+100\.0%\s+100\.0%$/m);
    expect(text).toMatch(/^\s+CONS\s+ASSA\s+NONE$/m);
    expect(text).toMatch(/^ASSAULT\s+0\s+0\s+1$/m);
    expect(text).toContain('1 errors');
  });

  it('leaves out what a format does not have', () => {
    const { items: classes } = parseConflibertClass('Ann met Bob.\t0\n', 'c.tsv');
    const out = formatEvalReport(scoreConflibertClass(classes, () => []));
    expect(out).not.toMatch(/root accuracy|extraction/);
    expect(out).toMatch(/penta accuracy\s+100\.0%/);
    expect(out).toMatch(/no event share\s+100\.0%/);
  });
});
