// User verb pattern files laid over the built-in patterns.

import { describe, expect, it } from 'vitest';
import { loadCameoTable } from '../../src/codes/load-cameo.js';
import { compileVerbPatterns } from '../../src/coder/verb-patterns.js';
import { applyVerbLayer, patternKey } from '../../src/dict/apply-verb-layer.js';
import { readVerbPatternDir } from '../../src/load-resources.js';
import { dataPath } from '../../src/data-dir.js';

const cameo = loadCameoTable();
const known = (c: string): boolean => cameo.has(c);
const builtin = readVerbPatternDir(dataPath('verbs'), known).patterns;

function lay(text: string, file = 'd/verbs/extra.txt'): ReturnType<typeof applyVerbLayer> {
  return applyVerbLayer(builtin, [{ file, text }], known);
}

describe('patternKey', () => {
  const cases: Array<[string, string]> = [
    ['call+ off @T', 'call+ off @T'.toLowerCase()],
    ['Call+   OFF  @T', 'call+ off @t'],
    ['denounce+|condemn+ @T', 'condemn+|denounce+ @t'],
  ];
  for (const [text, key] of cases) it(text, () => expect(patternKey(text)).toBe(key));
});

describe('applyVerbLayer', () => {
  it('names the file and line of each bad line and keeps the good ones', () => {
    const laid = lay('# mine\n172\tquarantine+ @T\n999\tfoo+ @T\n0 bad\n172\t@T first\n');
    expect(laid.findings.map((f) => [f.severity, f.file, f.line])).toEqual([
      ['error', 'd/verbs/extra.txt', 3],
      ['error', 'd/verbs/extra.txt', 4],
      ['error', 'd/verbs/extra.txt', 5],
    ]);
    expect(laid.findings[0]?.message).toMatch(/unknown CAMEO code "999"/);
    expect(laid.patterns.filter((p) => p.id.startsWith('d/verbs/')).map((p) => p.id)).toEqual(['d/verbs/extra.txt:2']);
  });

  it('reports the same pattern twice in one folder as a duplicate', () => {
    const laid = applyVerbLayer(
      builtin,
      [
        { file: 'd/verbs/a.txt', text: '172\tquarantine+ @T\n' },
        { file: 'd/verbs/b.txt', text: '\n174\tQuarantine+  @T\n' },
      ],
      known,
    );
    expect(laid.findings.map((f) => [f.kind, f.file, f.line, f.message])).toEqual([
      ['duplicate', 'd/verbs/b.txt', 2, 'the same pattern coded 172 is at d/verbs/a.txt:1; kept that'],
    ]);
  });

  it('replaces a built-in pattern written the same way: override with the same code, conflict with another', () => {
    const same = builtin.find((p) => p.text === 'kill+ _ @T');
    expect(same?.cameo).toBe('190');
    const override = lay('190\tkill+ _ @T\n');
    expect(override.findings.map((f) => [f.severity, f.kind])).toEqual([['info', 'override']]);
    const conflict = lay('1823\tkill+  _ @T\n');
    expect(conflict.findings.map((f) => [f.severity, f.kind])).toEqual([['warning', 'conflict']]);
    expect(conflict.findings[0]?.message).toContain(same?.id ?? '?');
    expect(conflict.patterns.filter((p) => patternKey(p.text) === 'kill+ _ @t').map((p) => p.cameo)).toEqual(['1823']);
  });

  it('removes a built-in pattern with a "-" line, and warns when none matches', () => {
    const laid = lay('-\tblacklist+|embargo+ @T\t# we code these ourselves\n-\tnot+ a known pattern\n');
    expect(laid.patterns.some((p) => p.text === 'blacklist+|embargo+ @T')).toBe(false);
    expect(builtin.some((p) => p.text === 'blacklist+|embargo+ @T')).toBe(true);
    expect(laid.findings.map((f) => [f.severity, f.kind, f.line])).toEqual([
      ['info', 'removal', 1],
      ['warning', 'removal', 2],
    ]);
  });

  it('puts user patterns first, so they win ties with built-in ones', () => {
    // A built-in pattern and a user one of the same specificity on the same anchor.
    // "blacklist+|shun+" is not "blacklist+" (163, built in), so that one stays.
    const laid = lay('172\tblacklist+|shun+\n');
    expect(laid.findings).toEqual([]);
    const ties = compileVerbPatterns(laid.patterns).byAnchor.get('blacklisted')?.filter((p) => p.specificity === 1) ?? [];
    expect(ties.map((p) => p.cameo)).toEqual(['172', '163']);
    expect(laid.patterns.map((p) => p.order)).toEqual(laid.patterns.map((_, i) => i));
  });
});
