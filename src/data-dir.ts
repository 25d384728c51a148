// Locates and reads the files Faultline ships in its own data/ folder.
// This is I/O: pure modules receive the parsed contents as arguments.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

let root: string | undefined;

/** The package root (the folder holding package.json and data/). */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) {
      root = dir;
      return dir;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('Faultline data/ folder not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

/** Absolute path of a file under data/. */
export function dataPath(relative: string): string {
  return join(packageRoot(), 'data', relative);
}

/** Reads a UTF-8 file under data/. */
export function readDataFile(relative: string): string {
  return readFileSync(dataPath(relative), 'utf8');
}
