// Lays a user dictionary's verb pattern files over the patterns below them
// (the built-in ones, or those and earlier user folders). Pure: the caller
// reads the files. Rules (docs/dictionaries.md):
//
// - `-<TAB>pattern` removes the earlier pattern written the same way.
// - A pattern written like an earlier one replaces it: an override when the
//   CAMEO code is the same, a conflict (warning) when it differs.
// - The same pattern twice in one folder is a duplicate (error).
// - User patterns win ties with earlier ones of the same specificity.

import { parseVerbPatterns, type VerbPattern } from '../coder/verb-patterns.js';
import { finding, type DictFinding, type TextFile } from './dict-finding.js';
import { splitRemovals } from './split-removals.js';

/**
 * The key two patterns share when they are "the same pattern": lower case,
 * single spaces, alternatives in any order ("Denounce+|condemn+" =
 * "condemn+|denounce+").
 */
export function patternKey(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map((item) => item.replace(/’/g, "'").toLowerCase().split('|').sort().join('|'))
    .join(' ');
}

function at(p: VerbPattern): string {
  return p.id;
}

/**
 * Applies one user folder's verb files (`dir/verbs/*.txt`) over `below`.
 * The result lists the user's patterns first, so they win ties; `order` is
 * renumbered. `below` is not changed.
 */
export function applyVerbLayer(
  below: readonly VerbPattern[],
  files: readonly TextFile[],
  knownCode: (code: string) => boolean,
): { patterns: VerbPattern[]; findings: DictFinding[]; added: number } {
  const findings: DictFinding[] = [];
  let earlier = [...below];
  const added: Array<{ pattern: VerbPattern; file: string; line: number }> = [];
  const removals: Array<{ file: string; line: number; target: string }> = [];
  for (const { file, text } of files) {
    const split = splitRemovals(text);
    for (const r of split.removals) {
      const target = r.target; // comments are gone: "call+ off @T"
      if (target === '') findings.push(finding('error', 'problem', file, r.line, 'a removal line needs a pattern after "-"'));
      else removals.push({ file, line: r.line, target });
    }
    const parsed = parseVerbPatterns(split.text, file, knownCode);
    for (const p of parsed.problems) findings.push(finding('error', 'problem', p.file, p.line, p.message));
    // parseVerbPatterns names each pattern "<file>:<line>".
    for (const pattern of parsed.patterns) added.push({ pattern, file, line: Number(pattern.id.slice(file.length + 1)) });
  }

  for (const r of removals) {
    const key = patternKey(r.target);
    const gone = earlier.filter((p) => patternKey(p.text) === key);
    earlier = earlier.filter((p) => patternKey(p.text) !== key);
    findings.push(
      gone.length === 0
        ? finding('warning', 'removal', r.file, r.line, `no pattern "${r.target}" to remove`)
        : finding('info', 'removal', r.file, r.line, `removed ${gone.map((p) => `${p.cameo} "${p.text}" (${at(p)})`).join(', ')}`),
    );
  }

  const own = new Map<string, VerbPattern>();
  const kept: VerbPattern[] = [];
  for (const { pattern: p, file, line } of added) {
    const key = patternKey(p.text);
    const first = own.get(key);
    if (first) {
      const how = first.cameo === p.cameo ? 'the same pattern' : `the same pattern coded ${first.cameo}`;
      findings.push(finding('error', 'duplicate', file, line, `${how} is at ${at(first)}; kept that`));
      continue;
    }
    own.set(key, p);
    kept.push(p);
    for (const old of earlier.filter((b) => patternKey(b.text) === key)) {
      findings.push(
        old.cameo === p.cameo
          ? finding('info', 'override', file, line, `replaces ${at(old)} (same code ${p.cameo})`)
          : finding(
              'warning',
              'conflict',
              file,
              line,
              `"${p.text}" is ${old.cameo} at ${at(old)}; yours codes it ${p.cameo} (yours is used; write "-<TAB>${old.text}" first to say it is meant)`,
            ),
      );
    }
  }
  const keys = new Set(own.keys());
  earlier = earlier.filter((b) => !keys.has(patternKey(b.text)));
  return { patterns: [...kept, ...earlier].map((p, order) => ({ ...p, order })), findings, added: kept.length };
}
