// Loads the built-in actor dictionary: country facts from the world-countries
// package plus the editable files in data/actors/ (and any user folders),
// compiled once per process. This is I/O; the resolver itself is pure.

import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { dataPath, readDataFile } from '../data-dir.js';
import {
  compileActorDictionary,
  parseActorFile,
  type ActorDictionary,
  type ActorEntry,
  type ActorFileProblem,
  type CodeReplacement,
  dropSharedAliases,
} from './actor-dictionary.js';
import { buildCountryEntries, type CountryFacts } from './country-entries.js';
import type { ActorDictionaryParts } from '../dict/apply-actor-layer.js';

const WorldCountry = z.object({
  cca3: z.string().regex(/^[A-Z]{3}$/),
  name: z.object({ common: z.string(), official: z.string() }),
  altSpellings: z.array(z.string()),
  demonyms: z.record(z.string(), z.object({ m: z.string(), f: z.string() })).optional(),
  capital: z.array(z.string()),
  independent: z.boolean().nullable(),
});

/** Reads and validates the world-countries records. */
export function readWorldCountries(): CountryFacts[] {
  const require = createRequire(import.meta.url);
  const raw: unknown = require('world-countries');
  const parsed = z.array(WorldCountry).parse(raw);
  return parsed.map((c) => {
    const eng = c.demonyms?.['eng'];
    return {
      cca3: c.cca3,
      common: c.name.common,
      official: c.name.official,
      altSpellings: c.altSpellings,
      demonyms: eng ? [...new Set([eng.m, eng.f])].filter((d) => d !== '') : [],
      capitals: c.capital,
      independent: c.independent === true,
    };
  });
}

let builtinParts: ActorDictionaryParts | undefined;

/**
 * The built-in dictionary before compilation: world-countries facts +
 * data/actors/*.txt, with the problems found (none for the shipped files).
 * User dictionaries are laid over these parts (src/dict/).
 */
export function loadBuiltinActorParts(): ActorDictionaryParts {
  if (builtinParts) return builtinParts;
  const files = readdirSync(dataPath('actors'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ file: `actors/${f}`, text: readDataFile(`actors/${f}`) }));

  const countryLines: ActorEntry[] = [];
  const others: ActorEntry[] = [];
  const replacements: CodeReplacement[] = [];
  const firstNames: string[] = [];
  const problems: ActorFileProblem[] = [];
  const ids = new Map<string, string>();
  for (const { file, text } of files) {
    const parsed = parseActorFile(text, file);
    problems.push(...parsed.problems);
    replacements.push(...parsed.codeReplacements);
    firstNames.push(...parsed.firstNames);
    for (const e of parsed.entries) {
      if (e.kind === 'country' || e.kind === 'demonym' || e.kind === 'capital' || e.kind === 'seat' || e.kind === 'block') {
        countryLines.push(e);
        continue;
      }
      const seen = ids.get(e.id);
      if (seen !== undefined) problems.push({ file: e.file, line: e.line, message: `id ${e.id} also used in ${seen}` });
      ids.set(e.id, `${e.file}:${e.line}`);
      others.push(e);
    }
  }
  const countries = buildCountryEntries(readWorldCountries(), countryLines, replacements);
  problems.push(...countries.problems);
  for (const e of others) {
    if (e.country !== null && !countries.countries.some((c) => c.code === e.country)) {
      problems.push({ file: e.file, line: e.line, message: `unknown country code ${e.country}` });
    }
  }
  builtinParts = { entries: [...countries.entries, ...dropSharedAliases(others)], countries: countries.countries, firstNames, problems };
  return builtinParts;
}

/** Compiles dictionary parts (built-in, or with user folders laid over them) into the resolver's index. */
export function compileActorParts(parts: ActorDictionaryParts): ActorDictionary {
  return compileActorDictionary(parts.entries, parts.countries, parts.problems, parts.firstNames);
}

let builtinDictionary: ActorDictionary | null = null;

/**
 * The built-in actor dictionary: world-countries facts + data/actors/*.txt,
 * compiled once. User dictionaries are laid over the parts by src/dict
 * (loadResources({ dicts })). Problems in the files are collected in
 * `dictionary.problems`, never thrown.
 */
export function loadActorDictionary(): ActorDictionary {
  builtinDictionary ??= compileActorParts(loadBuiltinActorParts());
  return builtinDictionary;
}
