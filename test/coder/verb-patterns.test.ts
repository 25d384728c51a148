import { describe, expect, it } from 'vitest';
import { nounForms, verbForms } from '../../src/coder/inflections.js';
import { compileVerbPatterns, parseVerbPatterns } from '../../src/coder/verb-patterns.js';

describe('inflections', () => {
  it.each([
    ['condemn', ['condemns', 'condemned', 'condemning']],
    ['praise', ['praises', 'praised', 'praising']],
    ['accuse', ['accused', 'accusing']],
    ['deny', ['denies', 'denied', 'denying']],
    ['ban', ['banned', 'banning']],
    ['meet', ['met', 'meets', 'meeting']],
    ['strike', ['struck', 'strikes', 'striking']],
    ['withdraw', ['withdrew', 'withdrawn']],
    ['flee', ['fled', 'fleeing']],
    ['push', ['pushes', 'pushed']],
  ])('%s → %j', (base, forms) => {
    const all = verbForms(base);
    for (const f of forms) expect(all).toContain(f);
  });

  it('makes plurals', () => {
    expect(nounForms('airstrike')).toEqual(['airstrike', 'airstrikes']);
    expect(nounForms('casualty')).toContain('casualties');
    expect(nounForms('bus')).toContain('buses');
  });
});

describe('verb pattern files', () => {
  const known = (c: string): boolean => ['111', '112', '046', '190'].includes(c);

  it('parses patterns with alternatives, gaps and target slots', () => {
    const { patterns, problems } = parseVerbPatterns('# comment\n111\tcondemn+|denounce+ @T\n112\taccuse+ @T of\t# note\n046\thold+ _ talks with @T\n', 'x.txt', known);
    expect(problems).toEqual([]);
    expect(patterns.map((p) => [p.id, p.cameo, p.specificity])).toEqual([
      ['x.txt:2', '111', 2],
      ['x.txt:3', '112', 3],
      ['x.txt:4', '046', 4],
    ]);
    const index = compileVerbPatterns(patterns);
    expect(index.byAnchor.get('denounced')?.[0]?.cameo).toBe('111');
    expect(index.byAnchor.get('held')?.[0]?.cameo).toBe('046');
  });

  it('reports bad lines with file and line, and keeps the good ones', () => {
    const { patterns, problems } = parseVerbPatterns('111\tcondemn+\n999\tfoo+\nnonsense\n190\t@T attack+\n', 'bad.txt', known);
    expect(patterns).toHaveLength(1);
    expect(problems).toEqual([
      { file: 'bad.txt', line: 2, message: 'unknown CAMEO code "999"' },
      { file: 'bad.txt', line: 3, message: 'expected "<cameo code><TAB><pattern>", got "nonsense"' },
      { file: 'bad.txt', line: 4, message: 'a pattern must start with a word' },
    ]);
  });

  it('sorts patterns of one anchor most specific first', () => {
    const { patterns } = parseVerbPatterns('111\tcondemn+\n112\tcondemn+ @T of\n', 'y.txt', known);
    const list = compileVerbPatterns(patterns).byAnchor.get('condemned') ?? [];
    expect(list.map((p) => p.cameo)).toEqual(['112', '111']);
  });
});
