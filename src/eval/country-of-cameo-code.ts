// Country codes of CAMEO-style actor codes, as used by the PLOVER gold-standard
// records: mostly ISO 3166-1 alpha-3 already, with a few older CAMEO spellings
// and some codes that name no country at all.

/** CAMEO country codes that differ from ISO 3166-1 alpha-3. */
export const CAMEO_TO_ISO3: Readonly<Record<string, string>> = {
  JAP: 'JPN', // Japan (in plover-gsr.json)
  ITL: 'ITA', // Italy (in plover-gsr.json)
  VTN: 'VNM', // Viet Nam (in plover-gsr.json)
  ROM: 'ROU', // Romania (older CAMEO)
  ZAR: 'COD', // Zaire → DR Congo (older CAMEO)
  TMP: 'TLS', // East Timor (older CAMEO)
};

/**
 * Actor codes that name no country: IGO (intergovernmental organisation),
 * NGO, NGM (non-governmental movement), IMG (international militarised group),
 * MNC (multinational corporation), UIS (unidentified state actor), and ISM,
 * which plover-gsr.json uses for transnational Muslim actors.
 */
export const CAMEO_NON_COUNTRY = ['IGO', 'NGO', 'NGM', 'IMG', 'MNC', 'UIS', 'ISM'] as const;

export interface CameoCountry {
  /** ISO 3166-1 alpha-3, or null. */
  country: string | null;
  /** True for the IGO code. */
  igo: boolean;
}

/** Country of a CAMEO-style actor code ("JAP" → JPN, "USA" → USA, "IGO" → igo, "NGO" → none). */
export function countryOfCameoCode(code: string): CameoCountry {
  const c = code.trim().toUpperCase();
  if (c === 'IGO') return { country: null, igo: true };
  if ((CAMEO_NON_COUNTRY as readonly string[]).includes(c) || !/^[A-Z]{3}$/.test(c)) return { country: null, igo: false };
  return { country: CAMEO_TO_ISO3[c] ?? c, igo: false };
}
