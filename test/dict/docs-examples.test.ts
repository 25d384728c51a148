// The examples of docs/dictionaries.md are real: its dictionary files are the
// folders test/dict/example-dict/ and mistakes-dict/, and the output shown
// after each `$ faultline …` line is what the command prints. A block is
// tied to its folder by an HTML comment before it (`<!-- test: example-dict -->`).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

const DOC = readFileSync(new URL('../../docs/dictionaries.md', import.meta.url), 'utf8');
const FIXTURES = 'test/dict'; // vitest runs from the repository root

interface Block {
  marker: 'test' | 'file' | 'files';
  arg: string;
  body: string;
}

function markedBlocks(): Block[] {
  const out: Block[] = [];
  const re = /<!-- (test|file|files): (\S+) -->\n```\n([\s\S]*?)```/g;
  for (const m of DOC.matchAll(re)) out.push({ marker: m[1] as Block['marker'], arg: m[2] ?? '', body: m[3] ?? '' });
  return out;
}

/** `faultline code --text "a b"` → ['code', '--text', 'a b']. */
function argv(command: string): string[] {
  const args: string[] = [];
  for (const m of command.matchAll(/"([^"]*)"|(\S+)/g)) args.push(m[1] ?? m[2] ?? '');
  return args.slice(2); // "$ faultline"
}

/** Line numbers in the built-in files change as data/ grows: "actors/groups.txt:24" → ":N". */
function normalise(text: string): string {
  return text.replace(/(^|[ (])((?:actors|verbs)\/[\w-]+\.txt):\d+/gm, '$1$2:N').trimEnd();
}

/** The source, event and cameo columns of a `code` table (the coder's other columns are its own business). */
function eventRows(table: string): string[] {
  return table
    .split('\n')
    .filter((l) => /^[0-9a-f]{16} /.test(l))
    .map((l) => l.split(/ {2,}/).slice(2, 5).join(' | '));
}

const blocks = markedBlocks();

describe('docs/dictionaries.md', () => {
  it('has its examples marked', () => {
    expect(blocks.filter((b) => b.marker === 'test').length).toBeGreaterThanOrEqual(4);
    expect(blocks.filter((b) => b.marker !== 'test').length).toBe(3);
  });

  for (const b of blocks.filter((x) => x.marker === 'file')) {
    it(`shows ${b.arg} as it is`, () => {
      expect(b.body).toBe(readFileSync(`${FIXTURES}/${b.arg}`, 'utf8'));
    });
  }

  for (const b of blocks.filter((x) => x.marker === 'files')) {
    it(`shows the files of ${b.arg} as they are`, () => {
      const parts = b.body.split(/^# my-dict\/(\S+)\n/m).slice(1);
      expect(parts.length).toBeGreaterThanOrEqual(4);
      for (let i = 0; i < parts.length; i += 2) {
        expect((parts[i + 1] ?? '').trimEnd()).toBe(readFileSync(`${FIXTURES}/${b.arg}/${parts[i] ?? ''}`, 'utf8').trimEnd());
      }
    });
  }

  for (const b of blocks.filter((x) => x.marker === 'test')) {
    const runs = b.body.split(/^(?=\$ faultline )/m).filter((r) => r.trim() !== '');
    for (const run of runs) {
      const [command = '', ...expected] = run.split('\n');
      it(`${command.slice(0, 70)} (${b.arg})`, async () => {
        const dir = `${FIXTURES}/${b.arg}`;
        const r = await runCli(argv(command).map((a) => (a === 'my-dict' ? dir : a)));
        const shown = normalise(expected.join('\n'));
        const printed = normalise((r.stdout + r.stderr).split(dir).join('my-dict'));
        expect(r.code).toBe(/^faultline: |^[1-9]\d* errors?,/m.test(shown) ? 1 : 0);
        if (argv(command)[0] === 'code' && r.code === 0) expect(eventRows(printed)).toEqual(eventRows(shown));
        else expect(printed).toBe(shown);
      });
    }
  }
});
