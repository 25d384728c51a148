import { describe, expect, it } from 'vitest';
import { pentaOfCameo, pentaOfEvent } from '../../src/eval/penta-of-event.js';
import { fakeEvent } from './fake-event.js';

describe('pentaOfCameo', () => {
  const cases: [string, number | null][] = [
    ['010', 0],
    ['020', 0],
    ['0211', 0],
    ['030', 1],
    ['057', 1],
    ['060', 2],
    ['0874', 2],
    ['090', 3],
    ['111', 3],
    ['138', 3],
    ['140', 4],
    ['190', 4],
    ['204', 4],
    ['11', 3],
    ['000', null],
    ['210', null],
    ['1', null],
    ['', null],
  ];
  it.each(cases)('%s → %s', (cameo, penta) => expect(pentaOfCameo(cameo)).toBe(penta));
});

describe('pentaOfEvent', () => {
  it('uses the CAMEO root, and the quad class when the code has none', () => {
    expect(pentaOfEvent(fakeEvent('x', { plover: 'CONSULT', cameo: '010' }))).toBe(0);
    const odd = fakeEvent('x', { plover: 'ASSAULT', cameo: '190' });
    odd.cameo = '---';
    expect(pentaOfEvent(odd)).toBe(4);
  });
});
