// CAMEO actor type codes (GDELT's Actor1Type1Code …) ↔ PLOVER sectors. The two
// vocabularies mostly share codes; they differ for media (CAMEO MED, PLOVER
// JRN) and health (CAMEO HLH, PLOVER MED), and CAMEO has finer rebel codes.

import { SECTORS, type Sector } from '../records.js';

const FROM_CAMEO: Readonly<Record<string, Sector>> = {
  MED: 'JRN', HLH: 'MED', INS: 'REB', SEP: 'REB', MNC: 'BUS',
};
const TO_CAMEO: Readonly<Partial<Record<Sector, string>>> = { JRN: 'MED', MED: 'HLH', UNK: '', PRM: '', PRE: '', SOC: '' };
const SECTOR_SET: ReadonlySet<string> = new Set(SECTORS);

/** The PLOVER sector of a CAMEO actor type code, or null when PLOVER has none. */
export function sectorOfCameoType(code: string): Sector | null {
  const mapped = FROM_CAMEO[code];
  if (mapped !== undefined) return mapped;
  return SECTOR_SET.has(code) && TO_CAMEO[code as Sector] !== '' ? (code as Sector) : null;
}

/** The CAMEO actor type code of a PLOVER sector ('' when CAMEO has none). */
export function cameoTypeOfSector(sector: Sector | null): string {
  if (sector === null) return '';
  return TO_CAMEO[sector] ?? sector;
}
