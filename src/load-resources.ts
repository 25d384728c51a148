// Loads the coder's dictionaries from data/ (and user dictionary folders) once
// per process. I/O lives here; the coder receives the compiled result.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadActorDictionary } from './actors/load-actors.js';
import { loadCameoTable } from './codes/load-cameo.js';
import type { DocumentResources } from './coder/code-document.js';
import { parseAgencies, type AgencyCountries } from './coder/home-country.js';
import { compileVerbPatterns, parseVerbPatterns, type PatternProblem, type VerbPattern } from './coder/verb-patterns.js';
import { dataPath, readDataFile } from './data-dir.js';
import { CliError } from './cli/cli-error.js';

export interface Resources extends DocumentResources {
  agencies: AgencyCountries;
}

let cached: Resources | undefined;

/** Reads every *.txt verb pattern file in a folder, in name order. */
export function readVerbPatternDir(
  dir: string,
  knownCode: (code: string) => boolean,
  startOrder = 0,
): { patterns: VerbPattern[]; problems: PatternProblem[] } {
  const patterns: VerbPattern[] = [];
  const problems: PatternProblem[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  for (const f of files) {
    const parsed = parseVerbPatterns(readFileSync(join(dir, f), 'utf8'), `verbs/${f}`, knownCode, startOrder + patterns.length);
    patterns.push(...parsed.patterns);
    problems.push(...parsed.problems);
  }
  return { patterns, problems };
}

/** The built-in coder resources: CAMEO table, verb patterns, actor dictionary. */
export function loadResources(): Resources {
  if (cached) return cached;
  const cameo = loadCameoTable();
  const verbs = readVerbPatternDir(dataPath('verbs'), (c) => cameo.has(c));
  if (verbs.problems.length > 0) {
    throw new CliError(
      'bad-dictionary',
      'The built-in verb patterns have problems:\n' + verbs.problems.map((p) => `  ${p.file}:${p.line}: ${p.message}`).join('\n'),
    );
  }
  cached = {
    cameo,
    patterns: compileVerbPatterns(verbs.patterns),
    actors: loadActorDictionary(),
    agencies: parseAgencies(readDataFile('sources/agencies.tsv')),
  };
  return cached;
}
