// Cases the coder cannot get right yet.
//
// This table starts empty. When a case from ./sentences.ts fails and the fix
// is not in reach, the coder's author MOVES it here (out of CASES, unchanged),
// with a `// reason: …` comment above it saying what the coder gets wrong and
// what would fix it. The runner reports these separately so that progress is
// visible: a known miss that starts passing should move back to CASES.
//
// Example of an entry:
//   // reason: "the Kremlin" is not in the actor dictionary yet (metonymy).
//   { text: '…', expect: [ … ], tags: [ … ] },

import type { CoderCase } from './types.js';

export const KNOWN_MISSES: CoderCase[] = [];
