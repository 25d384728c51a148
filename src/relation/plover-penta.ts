// Penta class of a PLOVER type, as the PLV gold file assigns it (CAMEO's quad
// classes by the meaning of the type, not by the CAMEO root: SANCTION is
// material conflict, REJECT verbal conflict). Types never give 0
// (statements): PLOVER has no statement type. Pure.

import type { Penta } from '../eval/penta-of-event.js';
import type { PloverType } from '../records.js';

const PENTA: Readonly<Record<PloverType | 'YIELD', Penta>> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 2,
  RETREAT: 2,
  YIELD: 2,
  COOPERATE: 2,
  AID: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  THREATEN: 3,
  PROTEST: 4,
  SANCTION: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

export function pentaOfPlover(type: PloverType | 'YIELD'): Penta {
  return PENTA[type];
}
