// What loading or checking a user dictionary found: problems in its lines,
// duplicates inside it, conflicts with and overrides of what it layers over.
// Findings are collected as data, never thrown one by one (STYLE: zod habit).

export type FindingKind =
  /** A line that cannot be read: bad format, unknown code, unknown file kind. */
  | 'problem'
  /** Two lines of one dictionary folder claim the same phrase, id or pattern. */
  | 'duplicate'
  /** A line takes a phrase or pattern from an earlier entry that codes it otherwise. */
  | 'conflict'
  /** A line replaces an earlier entry (same id, or same phrase or pattern coded the same way). */
  | 'override'
  /** A `-` line removed an earlier entry, phrase or pattern (or found nothing to remove). */
  | 'removal';

export type Severity = 'error' | 'warning' | 'info';

export interface DictFinding {
  severity: Severity;
  kind: FindingKind;
  /** The user's file, as the path was given ("my-dict/actors/groups.txt"). */
  file: string;
  /** 1-based line; 0 for the file as a whole. */
  line: number;
  message: string;
}

/** A file's path and text, read by the caller. */
export interface TextFile {
  file: string;
  text: string;
}

/** "my-dict/verbs/extra.txt:3: message" (no line for file-level findings). */
export function formatFinding(f: DictFinding): string {
  return `${f.file}${f.line > 0 ? `:${f.line}` : ''}: ${f.message}`;
}

export function finding(severity: Severity, kind: FindingKind, file: string, line: number, message: string): DictFinding {
  return { severity, kind, file, line, message };
}
