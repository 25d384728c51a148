// Builds the dashboard (web/) into dist-web/, which `faultline serve` serves.
// Everything is bundled: no CDN, no tile server. Country geometry comes from
// world-atlas (emitted as an asset the page fetches), and the numeric →
// ISO3 code table from world-countries, compiled into a small virtual module.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:country-codes';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

interface CountryRecord {
  cca3: string;
  ccn3: string;
  name: { common: string };
}

/** `import { COUNTRIES } from 'virtual:country-codes'`: [numeric, ISO3, name] for every country. */
function countryCodes(): Plugin {
  return {
    name: 'faultline-country-codes',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const require = createRequire(import.meta.url);
      const all = require('world-countries') as CountryRecord[];
      const rows = all.filter((c) => c.ccn3 !== '').map((c) => [c.ccn3, c.cca3, c.name.common]);
      return `export const COUNTRIES = ${JSON.stringify(rows)};\n`;
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [countryCodes()],
  build: {
    outDir: fileURLToPath(new URL('../dist-web/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Keep world-atlas as a file the page fetches, not a string in the bundle.
    assetsInlineLimit: 0,
    reportCompressedSize: true,
  },
  logLevel: 'warn',
});
