import { describe, expect, it } from 'vitest';
import {
  buildCameoTable,
  cameoRoot,
  isCameoCode,
  parseCameoEvents,
  parseCameoPlover,
  pentaOfCode,
  quadOfCode,
} from '../../src/codes/cameo-table.js';

const EVENTS = [
  '# code\tname\tgoldstein\tquad',
  '11\tDisapprove\t-2.0\t3',
  '111\tCriticise/denounce\t-2.0\t3',
  '',
  '036\tIntend to meet/negotiate\t4.0\t1',
].join('\n');

const PLOVER = [
  '# code\tplover\tmode\tcontext',
  '11\tACCUSE\t\t',
  '111\tACCUSE\tdisapprove\t',
  '036\tAGREE\t\tdiplomatic',
].join('\n');

describe('isCameoCode', () => {
  it.each<[string, boolean]>([
    ['01', true],
    ['010', true],
    ['0311', true],
    ['20', true],
    ['2042', true],
    ['111', true],
    ['1', false],
    ['00', false],
    ['21', false],
    ['210', false],
    ['01234', false],
    ['11a', false],
    [' 111', false],
  ])('%j → %s', (code, expected) => {
    expect(isCameoCode(code)).toBe(expected);
  });
});

describe('cameoRoot, quadOfCode, pentaOfCode', () => {
  it.each<[string, string, number, number]>([
    ['010', '01', 1, 0],
    ['0214', '02', 1, 0],
    ['036', '03', 1, 1],
    ['057', '05', 1, 1],
    ['06', '06', 2, 2],
    ['0874', '08', 2, 2],
    ['090', '09', 3, 3],
    ['111', '11', 3, 3],
    ['1385', '13', 3, 3],
    ['14', '14', 4, 4],
    ['1823', '18', 4, 4],
    ['2042', '20', 4, 4],
  ])('%s: root %s, quad %i, penta %i', (code, root, quad, penta) => {
    expect(cameoRoot(code)).toBe(root);
    expect(quadOfCode(code)).toBe(quad);
    expect(pentaOfCode(code)).toBe(penta);
  });

  it('refuses a string that is not a CAMEO code', () => {
    expect(() => quadOfCode('abc')).toThrow(RangeError);
    expect(() => pentaOfCode('21')).toThrow(RangeError);
  });
});

describe('parseCameoEvents', () => {
  it('reads rows, skipping comments and blank lines, keeping leading zeros', () => {
    const { rows, problems } = parseCameoEvents(EVENTS, 'events.tsv');
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.code, r.name, r.goldstein, r.quad, r.line])).toEqual([
      ['11', 'Disapprove', -2, 3, 2],
      ['111', 'Criticise/denounce', -2, 3, 3],
      ['036', 'Intend to meet/negotiate', 4, 1, 5],
    ]);
  });

  it.each<[string, RegExp]>([
    ['111\tCriticise\t-2.0', /4 tab-separated columns/],
    ['111\tCriticise\t-2.0\t3\textra', /4 tab-separated columns/],
    ['36\tIntend to meet\t4.0\t1', /bad CAMEO code "36"/],
    ['2101\tToo high\t-10\t4', /bad CAMEO code/],
    ['111\t\t-2.0\t3', /empty name/],
    ['111\tCriticise\tminus two\t3', /not a number in -10..10/],
    ['183\tBombing\t-11\t4', /not a number in -10..10/],
    ['111\tCriticise\t-2.0\t4', /quad "4" does not match root 11 \(expected 3\)/],
  ])('reports %j with file and line number', (badLine, message) => {
    const text = ['# header', '010\tMake statement\t0.0\t1', badLine, '020\tAppeal\t3.0\t1'].join('\n');
    const { rows, problems } = parseCameoEvents(text, 'cameo/events.tsv');
    expect(rows.map((r) => r.code)).toEqual(['010', '020']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'cameo/events.tsv', line: 3 });
    expect(problems[0]?.message).toMatch(message);
  });

  it('reports a duplicate code and points at the first one', () => {
    const text = '111\tA\t-2\t3\n112\tB\t-2\t3\n111\tC\t-2\t3\n';
    const { rows, problems } = parseCameoEvents(text, 'e.tsv');
    expect(rows).toHaveLength(2);
    expect(problems).toEqual([{ file: 'e.tsv', line: 3, message: 'duplicate code "111" (first on line 1)' }]);
  });

  it('accepts Windows line endings', () => {
    const { rows, problems } = parseCameoEvents('010\tMake statement\t0.0\t1\r\n020\tAppeal\t3.0\t1\r\n', 'e.tsv');
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.quad)).toEqual([1, 1]);
  });
});

describe('parseCameoPlover', () => {
  it('reads rows; empty cells become null', () => {
    const { rows, problems } = parseCameoPlover(PLOVER, 'plover.tsv');
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.code, r.plover, r.mode, r.context])).toEqual([
      ['11', 'ACCUSE', null, null],
      ['111', 'ACCUSE', 'disapprove', null],
      ['036', 'AGREE', null, 'diplomatic'],
    ]);
  });

  it('accepts a row whose trailing empty cells were trimmed away', () => {
    const { rows, problems } = parseCameoPlover('040\tCONSULT\n', 'p.tsv');
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ code: '040', plover: 'CONSULT', mode: null, context: null });
  });

  it.each<[string, RegExp]>([
    ['111', /2 to 4 tab-separated columns/],
    ['111\tACCUSE\ta\tb\tc', /2 to 4 tab-separated columns/],
    ['111\tFIGHT\t\t', /"FIGHT" is not a PLOVER event type/],
    ['111\taccuse\t\t', /"accuse" is not a PLOVER event type/],
    ['0x1\tACCUSE\t\t', /bad CAMEO code/],
    ['111\tACCUSE\tdis approve\t', /must not contain spaces/],
  ])('reports %j with file and line number', (badLine, message) => {
    const text = ['# c\tp\tm\tx', '', badLine].join('\n');
    const { rows, problems } = parseCameoPlover(text, 'cameo/plover.tsv');
    expect(rows).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'cameo/plover.tsv', line: 3 });
    expect(problems[0]?.message).toMatch(message);
  });
});

describe('buildCameoTable', () => {
  const table = buildCameoTable(parseCameoEvents(EVENTS, 'e').rows, parseCameoPlover(PLOVER, 'p').rows);

  it('joins both files by code', () => {
    expect(table.problems).toEqual([]);
    expect(table.get('111')).toEqual({
      code: '111',
      name: 'Criticise/denounce',
      goldstein: -2,
      quad: 3,
      plover: 'ACCUSE',
      mode: 'disapprove',
      context: null,
    });
    expect(table.all().map((c) => c.code)).toEqual(['11', '111', '036']);
  });

  it('keeps "111" and "11" apart and needs the leading zero', () => {
    expect(table.get('11')?.mode).toBeNull();
    expect(table.get('111')?.mode).toBe('disapprove');
    expect(table.has('036')).toBe(true);
    expect(table.has('36')).toBe(false);
    expect(table.get('1111')).toBeUndefined();
  });

  it('reports codes found in only one of the two files', () => {
    const events = parseCameoEvents(EVENTS, 'e').rows;
    const plover = parseCameoPlover('11\tACCUSE\n111\tACCUSE\n042\tCONSULT\n', 'p').rows;
    const partial = buildCameoTable(events, plover, { events: 'e.tsv', plover: 'p.tsv' });
    expect(partial.has('036')).toBe(false);
    expect(partial.problems).toEqual([
      { file: 'p.tsv', line: 0, message: 'code 036 (e.tsv line 5) has no PLOVER mapping' },
      { file: 'p.tsv', line: 3, message: 'code 042 is not in e.tsv' },
    ]);
  });
});
