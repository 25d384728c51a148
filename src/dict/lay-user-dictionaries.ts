// Lays user dictionary folders, in the order given, over the dictionaries
// below them: each folder's actors over the actor dictionary parts, its verb
// patterns over the patterns. Later folders override earlier ones as the
// first overrides the built-in data. Everything found comes back as data.

import type { VerbPattern } from '../coder/verb-patterns.js';
import { applyActorLayer, type ActorDictionaryParts } from './apply-actor-layer.js';
import { applyVerbLayer } from './apply-verb-layer.js';
import type { DictFinding } from './dict-finding.js';
import type { UserDictionaryFiles } from './read-user-dictionary.js';

/** What one folder brought. */
export interface FolderSummary {
  dir: string;
  actorFiles: number;
  verbFiles: number;
  /** Actor entries kept (after duplicates). */
  actorEntries: number;
  firstNames: number;
  /** Verb patterns kept (after duplicates). */
  verbPatterns: number;
}

export interface LaidDictionaries {
  actors: ActorDictionaryParts;
  patterns: VerbPattern[];
  findings: DictFinding[];
  folders: FolderSummary[];
}

export function layUserDictionaries(
  below: { actors: ActorDictionaryParts; patterns: readonly VerbPattern[] },
  folders: readonly UserDictionaryFiles[],
  knownCode: (code: string) => boolean,
): LaidDictionaries {
  let actors = below.actors;
  let patterns = [...below.patterns];
  const findings: DictFinding[] = [];
  const summaries: FolderSummary[] = [];
  for (const folder of folders) {
    const summary: FolderSummary = {
      dir: folder.dir,
      actorFiles: folder.actors.length,
      verbFiles: folder.verbs.length,
      actorEntries: 0,
      firstNames: 0,
      verbPatterns: 0,
    };
    findings.push(...folder.findings);
    if (folder.actors.length > 0) {
      const laid = applyActorLayer(actors, folder.actors);
      actors = laid.parts;
      findings.push(...laid.findings);
      summary.actorEntries = laid.entries;
      summary.firstNames = laid.firstNames;
    }
    if (folder.verbs.length > 0) {
      const laid = applyVerbLayer(patterns, folder.verbs, knownCode);
      patterns = laid.patterns;
      findings.push(...laid.findings);
      summary.verbPatterns = laid.added;
    }
    summaries.push(summary);
  }
  return { actors, patterns, findings, folders: summaries };
}
