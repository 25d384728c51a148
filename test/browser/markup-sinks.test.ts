// The dashboard writes text, never markup: no source file of web/ uses an
// API that parses a string as HTML (report text and names come from outside).

import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SINKS = ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'DOMParser', 'createContextualFragment', 'srcdoc'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : /\.(ts|html)$/.test(d.name) ? [join(dir, d.name)] : []));
}

describe('web/ sources', () => {
  const root = resolve(process.cwd(), 'web');
  const files = [...sources(join(root, 'src')), join(root, 'index.html')];

  it('exist', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(SINKS)('never use %s', (sink) => {
    const users = files.filter((f) => readFileSync(f, 'utf8').includes(sink));
    expect(users).toEqual([]);
  });
});
