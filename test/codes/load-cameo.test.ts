import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCameoTable } from '../../src/codes/load-cameo.js';
import { PLOVER_TYPES } from '../../src/records.js';

// The reference codebooks live outside the repo; only the tests read them.
function reference(name: string): string {
  return readFileSync(new URL(`../../../shared/reference/${name}`, import.meta.url), 'utf8');
}

interface CrosswalkEntry {
  plover: string;
  mode: string;
  context: string;
}

/** The official crosswalk: `code: TYPE, mode, context # comment`, first entry per code wins. */
function readCrosswalk(): Map<string, CrosswalkEntry> {
  const map = new Map<string, CrosswalkEntry>();
  for (const line of reference('cameo2plover-2021.txt').split('\n')) {
    const m = /^(\d{2,4}):(.*)$/.exec(line);
    if (m === null) continue;
    const code = m[1] ?? '';
    const cells = (m[2] ?? '').split('#')[0]?.split(',').map((c) => c.trim()) ?? [];
    if (map.has(code)) continue;
    map.set(code, {
      plover: cells[0] ?? '',
      mode: cells[1] ?? '',
      context: (cells[2] ?? '').split(';').map((c) => c.trim()).filter((c) => c !== '').join(';'),
    });
  }
  return map;
}

const table = loadCameoTable();
const crosswalk = readCrosswalk();

// Quad of each two-digit root, written out independently of the code under test.
const QUAD_OF_ROOT: Record<string, number> = {
  '01': 1, '02': 1, '03': 1, '04': 1, '05': 1,
  '06': 2, '07': 2, '08': 2,
  '09': 3, '10': 3, '11': 3, '12': 3, '13': 3,
  '14': 4, '15': 4, '16': 4, '17': 4, '18': 4, '19': 4, '20': 4,
};

describe('data/cameo as shipped', () => {
  it('loads without problems and is cached', () => {
    expect(table.problems).toEqual([]);
    expect(loadCameoTable()).toBe(table);
  });

  it('holds the full table: at least 290 codes, every root 01–20', () => {
    expect(table.all().length).toBeGreaterThanOrEqual(290);
    for (const root of Object.keys(QUAD_OF_ROOT)) expect(table.has(root), root).toBe(true);
  });

  it('has every event code listed in the CAMEO manual (1.1b3)', () => {
    const manual = reference('cameo-manual-1.1b3.txt');
    const start = manual.indexOf('01: MAKE PUBLIC STATEMENT');
    expect(start).toBeGreaterThan(0);
    const listed = [...manual.slice(start).matchAll(/^ *(\d{2,4}): /gm)].map((m) => m[1] ?? '');
    const missing = listed.filter((code) => !table.has(code));
    expect(listed.length).toBeGreaterThan(290);
    expect(missing).toEqual([]);
  });

  it('gives every code a Goldstein weight in −10…10, the quad of its root and a PLOVER type', () => {
    for (const c of table.all()) {
      expect(c.goldstein, c.code).toBeGreaterThanOrEqual(-10);
      expect(c.goldstein, c.code).toBeLessThanOrEqual(10);
      expect(c.quad, c.code).toBe(QUAD_OF_ROOT[c.code.slice(0, 2)]);
      expect(PLOVER_TYPES, c.code).toContain(c.plover);
      expect(c.name.length, c.code).toBeGreaterThan(0);
    }
  });

  it('has the parent of every 3- and 4-digit code', () => {
    for (const c of table.all()) {
      if (c.code.length > 2) expect(table.has(c.code.slice(0, c.code.length - 1)), c.code).toBe(true);
    }
  });

  it('keeps "111" and "11" apart', () => {
    const criticise = table.get('111');
    const disapprove = table.get('11');
    expect(criticise).toBeDefined();
    expect(disapprove).toBeDefined();
    expect(criticise?.name).not.toBe(disapprove?.name);
    expect(table.root('111')).toBe('11');
    expect(table.get('36')).toBeUndefined();
  });

  it.each<[string, number]>([
    ['010', 0],
    ['020', 3],
    ['036', 4],
    ['042', 1.9],
    ['043', 2.8],
    ['051', 3.4],
    ['057', 8],
    ['0874', 10],
    ['111', -2],
    ['112', -2],
    ['138', -7],
    ['163', -8],
    ['1823', -10],
    ['2042', -10],
  ])('Goldstein weight of %s is %d', (code, weight) => {
    expect(table.get(code)?.goldstein).toBe(weight);
  });

  it.each<[string, number]>([
    ['019', 0],
    ['0256', 0],
    ['03', 1],
    ['046', 1],
    ['057', 1],
    ['064', 2],
    ['0874', 2],
    ['094', 3],
    ['1385', 3],
    ['145', 4],
    ['2041', 4],
  ])('penta class of %s is %i', (code, penta) => {
    expect(table.penta(code)).toBe(penta);
  });
});

describe('CAMEO → PLOVER mapping', () => {
  // Spot checks, each also confirmed against the official crosswalk file below.
  it.each<[string, string, string | null]>([
    ['036', 'AGREE', null],
    ['042', 'CONSULT', 'visit'],
    ['051', 'SUPPORT', null],
    ['064', 'COOPERATE', null],
    ['073', 'AID', null],
    ['0833', 'CONCEDE', null],
    ['0871', 'RETREAT', 'ceasefire'],
    ['091', 'ACCUSE', 'investigate'],
    ['1053', 'REQUEST', 'yield'],
    ['111', 'ACCUSE', 'disapprove'],
    ['125', 'REJECT', 'meet'],
    ['1384', 'THREATEN', 'violence'],
    ['1411', 'PROTEST', 'demo'],
    ['154', 'MOBILIZE', 'troops'],
    ['161', 'SANCTION', 'withdraw'],
    ['163', 'COERCE', 'restrict'],
    ['173', 'COERCE', 'arrest'],
    ['1712', 'ASSAULT', 'seize'],
    ['186', 'ASSAULT', 'assassinate'],
    ['193', 'ASSAULT', 'firearms'],
    ['2041', 'ASSAULT', 'unconventional'],
  ])('%s → %s (mode %s), as in the crosswalk', (code, plover, mode) => {
    const official = crosswalk.get(code);
    expect(official?.plover).toBe(plover);
    expect(official?.mode === '' ? null : official?.mode).toBe(mode);
    expect(table.get(code)?.plover).toBe(plover);
    expect(table.get(code)?.mode).toBe(mode);
  });

  it('agrees with the crosswalk on the PLOVER type of every code it lists, except where the PLOVER manual says otherwise', () => {
    expect(crosswalk.size).toBeGreaterThan(200);
    const disagreements = [...crosswalk]
      .filter(([code, entry]) => table.get(code)?.plover !== entry.plover)
      .map(([code, entry]) => `${code}: crosswalk ${entry.plover}, ours ${table.get(code)?.plover ?? 'missing'}`);
    // data/cameo/README.md: easing curfews and emergencies is CONCEDE (manual §3.4), resignations RETREAT (§3.7).
    expect(disagreements.sort()).toEqual(['0813: crosswalk RETREAT, ours CONCEDE', '0814: crosswalk RETREAT, ours CONCEDE', '0831: crosswalk CONCEDE, ours RETREAT']);
  });

  it('agrees with the crosswalk on mode and context, except the documented fixes', () => {
    const differences = [...crosswalk]
      .filter(([code, entry]) => {
        const ours = table.get(code);
        return (ours?.mode ?? '') !== entry.mode || (ours?.context ?? '') !== entry.context;
      })
      .map(([code]) => code);
    // 175: the crosswalk's context sat in the mode column; 0831: a resignation has RETREAT's mode `resign`.
    expect(differences.sort()).toEqual(['0831', '175']);
  });

  it.each<[string, string]>([
    ['02', 'REQUEST'],
    ['0241', 'REQUEST'],
    ['028', 'REQUEST'],
    ['015', 'AGREE'],
    ['016', 'REJECT'],
    ['018', 'SUPPORT'],
    ['010', 'CONSULT'],
  ])('root 01/02 code %s (dropped by PLOVER) maps to our documented choice %s', (code, plover) => {
    expect(crosswalk.has(code)).toBe(false);
    expect(table.get(code)?.plover).toBe(plover);
  });

  it('gives appeals (02x) the mode and context of the matching demand (10x)', () => {
    const appeals = table.all().filter((c) => c.code.startsWith('02') && c.code.length > 2);
    expect(appeals.length).toBeGreaterThan(20);
    for (const appeal of appeals) {
      const demand = table.get('10' + appeal.code.slice(2));
      expect(demand, appeal.code).toBeDefined();
      expect([appeal.plover, appeal.mode, appeal.context], appeal.code).toEqual([demand?.plover, demand?.mode, demand?.context]);
    }
  });
});

