// The 15 PLOVER root classes of the PLV gold file: CONCEDE and RETREAT are merged as YIELD.

import type { PloverType } from '../records.js';

export const PLV_ROOTS = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'YIELD',
  'COOPERATE',
  'AID',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type PlvRoot = (typeof PLV_ROOTS)[number];

/** PLV root of a PLOVER type (CONCEDE, RETREAT → YIELD). */
export function plvRootOf(type: PloverType): PlvRoot {
  return type === 'CONCEDE' || type === 'RETREAT' ? 'YIELD' : type;
}

/** PLV root named by a label of the file (also accepts CONCEDE and RETREAT), or null. */
export function parsePlvRoot(label: string): PlvRoot | null {
  if (label === 'CONCEDE' || label === 'RETREAT') return 'YIELD';
  return PLV_ROOTS.find((root) => root === label) ?? null;
}
