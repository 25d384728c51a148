// Country names and codes for labels and for joining world-atlas shapes
// (ISO 3166-1 numeric ids) to Faultline's ISO3 actor keys.

import { COUNTRIES } from 'virtual:country-codes';

export const ISO3_OF_NUMERIC: ReadonlyMap<string, string> = new Map(COUNTRIES.map(([numeric, iso3]) => [numeric, iso3]));
const NAME_OF_ISO3: ReadonlyMap<string, string> = new Map(COUNTRIES.map(([, iso3, name]) => [iso3, name]));

/** "ERI" → "Eritrea", "ERI/MIL" → "Eritrea (MIL)"; IGO and unknown keys as they are. */
export function actorName(key: string): string {
  const [base = key, sector] = key.split('/');
  const name = NAME_OF_ISO3.get(base) ?? base;
  return sector === undefined ? name : `${name} (${sector})`;
}

/** "ERI/MIL-ETH" → ["ERI/MIL", "ETH"] (actor keys hold no "-"). */
export function dyadSides(key: string): [string, string] {
  const [a = '', b = ''] = key.split('-');
  return [a, b];
}
