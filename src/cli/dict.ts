// `faultline dict check DIR... [--json] [--strict]`: validates user
// dictionaries and reports, against the built-in dictionaries (and earlier
// folders), duplicates, conflicts, overrides and removals. Exit 1 when there
// are errors (bad lines, duplicates); with --strict also on warnings
// (conflicts, removals that found nothing). Overrides are information.

import type { DictFinding, Severity } from '../dict/dict-finding.js';
import { formatFinding } from '../dict/dict-finding.js';
import type { FolderSummary } from '../dict/lay-user-dictionaries.js';
import { layDictionaries } from '../load-resources.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';

export interface DictCheckReport {
  dicts: string[];
  folders: FolderSummary[];
  errors: number;
  warnings: number;
  notes: number;
  ok: boolean;
  findings: DictFinding[];
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Checks the folders: every finding, errors first, in file and line order. */
export function checkDictionaries(dirs: readonly string[], strict = false): DictCheckReport {
  const laid = layDictionaries(dirs);
  const findings = [...laid.findings].sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || a.file.localeCompare(b.file) || a.line - b.line,
  );
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  return { dicts: [...dirs], folders: laid.folders, errors, warnings, notes: count('info'), ok: errors === 0 && (!strict || warnings === 0), findings };
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

export function formatDictReport(r: DictCheckReport): string {
  const lines: string[] = [];
  for (const f of r.folders) {
    const parts = [plural(f.actorEntries, 'actor entry', 'actor entries'), plural(f.verbPatterns, 'verb pattern')];
    if (f.firstNames > 0) parts.push(plural(f.firstNames, 'given name'));
    lines.push(`${f.dir}: ${plural(f.actorFiles, 'actor file')}, ${plural(f.verbFiles, 'verb file')}; ${parts.join(', ')}`);
  }
  if (r.findings.length > 0) lines.push('');
  for (const f of r.findings) lines.push(`${f.severity.padEnd(7)} ${f.kind.padEnd(9)} ${formatFinding(f)}`);
  lines.push('');
  lines.push(`${plural(r.errors, 'error')}, ${plural(r.warnings, 'warning')}, ${plural(r.notes, 'note')}`);
  return lines.join('\n') + '\n';
}

export async function dictCheckCommand(io: CliIo, o: { dirs: string[]; json: boolean; strict: boolean }): Promise<void> {
  if (o.dirs.length === 0) throw new CliError('no-input', 'name at least one dictionary folder');
  const report = checkDictionaries(o.dirs, o.strict);
  io.stdout(o.json ? JSON.stringify(report, null, 2) + '\n' : formatDictReport(report));
  if (!report.ok) {
    const what = report.errors > 0 ? plural(report.errors, 'error') : `${plural(report.warnings, 'warning')} (--strict)`;
    throw new CliError('bad-dictionary', `${what} in ${o.dirs.join(', ')}`);
  }
}
