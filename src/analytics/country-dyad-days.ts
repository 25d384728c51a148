// The dyads the rankings list (hotspots, the tension ranking), keyed at
// country level: "IRN-IRQ", not "IRN/MIL-IRQ/GOV".
//
// Pairs of two countries (or IGOs) come from the country-level aggregates,
// where an event counts once per pair however many sectors of one country it
// names ("Iraqi troops and police attacked Iranian militias" is one IRQ→IRN
// event, not two). Pairs within one country come from the sector level
// ("SDN/GOV"→"SDN/REB"), so that who fights whom inside a country stays
// visible; the country itself counts such an event once, through its
// domestic row "SDN"→"SDN" (see actor-key.ts). See TENSION.md ("Keys").
import { baseOfKey } from './actor-key.js';
import type { DyadDay } from './types.js';

/**
 * Dyad rows at country level: the rows of `countryRows` between two
 * different countries/IGOs, plus the rows of `sectorRows` within one country
 * ("SDN/GOV"→"SDN/REB"). Without `sectorRows`, pairs within one country stay
 * the domestic rows of `countryRows` ("SDN"→"SDN"). The rows of `countryRows`
 * come first, then those of `sectorRows`, each in input order (no consumer
 * needs them sorted); inputs are not modified.
 */
export function countryDyadDays(countryRows: readonly DyadDay[], sectorRows?: readonly DyadDay[]): DyadDay[] {
  if (sectorRows === undefined) return [...countryRows];
  return [
    ...countryRows.filter((r) => baseOfKey(r.source) !== baseOfKey(r.target)),
    ...sectorRows.filter((r) => r.source !== r.target && baseOfKey(r.source) === baseOfKey(r.target)),
  ];
}
