// Loads the coder's dictionaries from data/ (and user dictionary folders) once
// per process. I/O lives here; the coder receives the compiled result.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileActorParts, loadActorDictionary, loadBuiltinActorParts } from './actors/load-actors.js';
import type { CameoTable } from './codes/cameo-table.js';
import { loadCameoTable } from './codes/load-cameo.js';
import type { DocumentResources } from './coder/code-document.js';
import { parseAgencies, type AgencyCountries } from './coder/home-country.js';
import { compileVerbPatterns, parseVerbPatterns, type PatternProblem, type VerbPattern } from './coder/verb-patterns.js';
import { dataPath, readDataFile } from './data-dir.js';
import { CliError } from './cli/cli-error.js';
import { formatFinding } from './dict/dict-finding.js';
import { layUserDictionaries, type LaidDictionaries } from './dict/lay-user-dictionaries.js';
import { readUserDictionary } from './dict/read-user-dictionary.js';

export interface Resources extends DocumentResources {
  agencies: AgencyCountries;
}

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

/** Which user dictionaries to lay over the built-in ones. */
export interface ResourceOptions {
  /** User dictionary folders (DIR/actors/*.txt, DIR/verbs/*.txt), later ones over earlier ones. */
  dicts?: readonly string[];
}

interface BuiltinCoderParts {
  cameo: CameoTable;
  patterns: VerbPattern[];
  agencies: AgencyCountries;
}

let builtin: BuiltinCoderParts | undefined;
const cache = new Map<string, Resources>();

/** The built-in CAMEO table, verb patterns (not compiled) and agency countries, read once. */
function builtinCoderParts(): BuiltinCoderParts {
  if (builtin) return builtin;
  const cameo = loadCameoTable();
  const verbs = readVerbPatternDir(dataPath('verbs'), (c) => cameo.has(c));
  if (verbs.problems.length > 0) {
    throw new CliError(
      'bad-dictionary',
      'The built-in verb patterns have problems:\n' + verbs.problems.map((p) => `  ${p.file}:${p.line}: ${p.message}`).join('\n'),
    );
  }
  builtin = { cameo, patterns: verbs.patterns, agencies: parseAgencies(readDataFile('sources/agencies.tsv')) };
  return builtin;
}

/**
 * Reads user dictionary folders and lays them over the built-in
 * dictionaries, returning every finding (problems, duplicates, conflicts,
 * overrides, removals) without throwing: what `faultline dict check` prints.
 */
export function layDictionaries(dicts: readonly string[]): LaidDictionaries {
  const parts = builtinCoderParts();
  return layUserDictionaries(
    { actors: loadBuiltinActorParts(), patterns: parts.patterns },
    dicts.map(readUserDictionary),
    (c) => parts.cameo.has(c),
  );
}

const SHOWN_ERRORS = 20;

/**
 * The coder resources: CAMEO table, verb patterns, actor dictionary, with
 * the user dictionaries of `o.dicts` laid over the built-in ones (see
 * docs/dictionaries.md). Cached per list of folders. Throws a CliError
 * 'bad-dictionary' naming each bad file and line when a user dictionary has
 * errors; conflicts and overrides load (see `faultline dict check`).
 */
export function loadResources(o: ResourceOptions = {}): Resources {
  const dicts = o.dicts ?? [];
  // One folder named two ways ("my-dict", "./my-dict/") is one cache entry; messages keep the name as given.
  const key = dicts.map((d) => resolve(d)).join('\n');
  const hit = cache.get(key);
  if (hit) return hit;
  const parts = builtinCoderParts();
  let resources: Resources;
  if (dicts.length === 0) {
    resources = { cameo: parts.cameo, patterns: compileVerbPatterns(parts.patterns), actors: loadActorDictionary(), agencies: parts.agencies };
  } else {
    const laid = layDictionaries(dicts);
    const errors = laid.findings.filter((f) => f.severity === 'error').sort((x, y) => x.file.localeCompare(y.file) || x.line - y.line);
    if (errors.length > 0) {
      const more = errors.length > SHOWN_ERRORS ? [`  … and ${errors.length - SHOWN_ERRORS} more`] : [];
      throw new CliError(
        'bad-dictionary',
        [
          `the user dictionar${dicts.length === 1 ? 'y' : 'ies'} ${dicts.join(', ')} ha${dicts.length === 1 ? 's' : 've'} ${errors.length} error(s):`,
          ...errors.slice(0, SHOWN_ERRORS).map((f) => `  ${formatFinding(f)}`),
          ...more,
          `(faultline dict check ${dicts.join(' ')} shows the full report)`,
        ].join('\n'),
      );
    }
    resources = { cameo: parts.cameo, patterns: compileVerbPatterns(laid.patterns), actors: compileActorParts(laid.actors), agencies: parts.agencies };
  }
  cache.set(key, resources);
  return resources;
}
