// Reads a user dictionary folder: DIR/actors/*.txt and DIR/verbs/*.txt
// (either may be missing, not both). I/O only; the layering is pure
// (apply-actor-layer.ts, apply-verb-layer.ts).

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { finding, type DictFinding, type TextFile } from './dict-finding.js';

export interface UserDictionaryFiles {
  dir: string;
  /** DIR/actors/*.txt in name order, paths as given ("my-dict/actors/groups.txt"). */
  actors: TextFile[];
  /** DIR/verbs/*.txt in name order. */
  verbs: TextFile[];
  /** A missing or empty folder, an unreadable file. */
  findings: DictFinding[];
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function readTxtFiles(dir: string, findings: DictFinding[]): TextFile[] {
  if (!isFolder(dir)) return [];
  const out: TextFile[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const file = join(dir, name);
    try {
      out.push({ file, text: readFileSync(file, 'utf8') });
    } catch (error) {
      findings.push(finding('error', 'problem', file, 0, `cannot read: ${error instanceof Error ? error.message : String(error)}`));
    }
  }
  return out;
}

/** Reads one user dictionary folder; problems come back as findings, never thrown. */
export function readUserDictionary(dir: string): UserDictionaryFiles {
  const findings: DictFinding[] = [];
  if (!isFolder(dir)) {
    findings.push(finding('error', 'problem', dir, 0, 'no such dictionary folder'));
    return { dir, actors: [], verbs: [], findings };
  }
  const actorsDir = join(dir, 'actors');
  const verbsDir = join(dir, 'verbs');
  if (!isFolder(actorsDir) && !isFolder(verbsDir)) {
    findings.push(finding('error', 'problem', dir, 0, 'a dictionary folder holds actors/*.txt, verbs/*.txt or both; found neither folder'));
  }
  return { dir, actors: readTxtFiles(actorsDir, findings), verbs: readTxtFiles(verbsDir, findings), findings };
}
