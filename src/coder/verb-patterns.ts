// Verb patterns: parsing the editable files in data/verbs/ (format in its
// README) and compiling them into an index keyed by the anchor word.

import { nounForms, verbForms } from './inflections.js';

export type PatternItem =
  | { kind: 'words'; forms: ReadonlySet<string>; source: string }
  | { kind: 'gap' }
  | { kind: 'target' };

export interface VerbPattern {
  /** Stable id shown as the evidence rule: "<file>:<line>". */
  id: string;
  cameo: string;
  text: string;
  items: PatternItem[];
  /** Number of literal items: more specific patterns win. */
  specificity: number;
  /** Position in load order, for ties. */
  order: number;
}

export interface PatternProblem {
  file: string;
  line: number;
  message: string;
}

export interface VerbPatternIndex {
  /** Patterns whose first item can match this lower-cased word. */
  byAnchor: ReadonlyMap<string, readonly VerbPattern[]>;
  size: number;
}

/** Parses one alternative list ("condemn+|denounce+") into the forms it matches. */
function parseWords(item: string): Set<string> | string {
  const forms = new Set<string>();
  for (const alt of item.split('|')) {
    const word = alt.toLowerCase();
    if (!/^[\p{L}\p{N}'’.-]+[+*]?$/u.test(word)) return `"${alt}" is not a word, word+ or word*`;
    if (word.endsWith('+')) for (const f of verbForms(word.slice(0, -1))) forms.add(f);
    else if (word.endsWith('*')) for (const f of nounForms(word.slice(0, -1))) forms.add(f);
    else forms.add(word.replace(/’/g, "'"));
  }
  return forms;
}

/**
 * Parses a verb pattern file. Problems are collected with file and line; good
 * lines are kept. `knownCode` says whether a CAMEO code exists.
 */
export function parseVerbPatterns(
  text: string,
  file: string,
  knownCode: (code: string) => boolean,
  startOrder = 0,
): { patterns: VerbPattern[]; problems: PatternProblem[] } {
  const patterns: VerbPattern[] = [];
  const problems: PatternProblem[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const content = raw.replace(/\t#.*$/, '').replace(/\s+#.*$/, '').trim();
    if (content === '' || content.startsWith('#')) return;
    const m = /^(\d{2,4})\s+(.+)$/.exec(content);
    if (!m || m[1] === undefined || m[2] === undefined) {
      problems.push({ file, line, message: `expected "<cameo code><TAB><pattern>", got "${raw.trim()}"` });
      return;
    }
    const cameo = m[1];
    if (!knownCode(cameo)) {
      problems.push({ file, line, message: `unknown CAMEO code "${cameo}"` });
      return;
    }
    const items: PatternItem[] = [];
    for (const token of m[2].trim().split(/\s+/)) {
      if (token === '_') items.push({ kind: 'gap' });
      else if (token === '@T') items.push({ kind: 'target' });
      else {
        const forms = parseWords(token);
        if (typeof forms === 'string') {
          problems.push({ file, line, message: forms });
          return;
        }
        items.push({ kind: 'words', forms, source: token });
      }
    }
    if (items[0]?.kind !== 'words') {
      problems.push({ file, line, message: 'a pattern must start with a word' });
      return;
    }
    patterns.push({
      id: `${file}:${line}`,
      cameo,
      text: m[2].trim(),
      items,
      specificity: items.filter((it) => it.kind !== 'gap').length,
      order: startOrder + patterns.length,
    });
  });
  return { patterns, problems };
}

/** Indexes patterns by every form of their first item. */
export function compileVerbPatterns(patterns: readonly VerbPattern[]): VerbPatternIndex {
  const byAnchor = new Map<string, VerbPattern[]>();
  for (const p of patterns) {
    const first = p.items[0];
    if (first?.kind !== 'words') continue;
    for (const form of first.forms) {
      let list = byAnchor.get(form);
      if (!list) byAnchor.set(form, (list = []));
      list.push(p);
    }
  }
  for (const list of byAnchor.values()) list.sort((a, b) => b.specificity - a.specificity || a.order - b.order);
  return { byAnchor, size: patterns.length };
}
