// A word → PLOVER-type lexicon read off the coder's verb patterns: every
// literal word of every pattern votes for the PLOVER type of the pattern's
// CAMEO code ("ceasefire" in `declare+ _ ceasefire` votes RETREAT). It lets
// the relation model generalise from the dictionary to sentences whose
// pattern did not match as a whole. Function words are left out. Pure.

import type { CameoTable } from '../codes/cameo-table.js';
import type { VerbPatternIndex } from '../coder/verb-patterns.js';
import type { PloverType } from '../records.js';

/** Word form → share of the patterns using it, per PLOVER type (shares sum to 1). */
export type PatternLexicon = ReadonlyMap<string, ReadonlyMap<PloverType, number>>;

const FUNCTION_WORDS = new Set(
  `a an the to of on in at for with by from into onto over under about against between among
  and or but not no nor as than that which who whom whose this these those it its their his her
  our your my be is are was were been being has have had do does did will would shall should can
  could may might must up down out off back away all any some both each one two three new more
  most other such own same so too very also just only still yet`.split(/\s+/),
);

const cache = new WeakMap<VerbPatternIndex, PatternLexicon>();

export function patternLexicon(index: VerbPatternIndex, cameo: CameoTable): PatternLexicon {
  const hit = cache.get(index);
  if (hit) return hit;
  const seen = new Set<string>();
  const counts = new Map<string, Map<PloverType, number>>();
  for (const list of index.byAnchor.values()) {
    for (const p of list) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      const plover = cameo.get(p.cameo)?.plover;
      if (plover === undefined) continue;
      const words = new Set<string>();
      for (const item of p.items) if (item.kind === 'words') for (const form of item.forms) if (!FUNCTION_WORDS.has(form)) words.add(form);
      for (const w of words) {
        let m = counts.get(w);
        if (!m) counts.set(w, (m = new Map()));
        m.set(plover, (m.get(plover) ?? 0) + 1);
      }
    }
  }
  const lexicon = new Map<string, Map<PloverType, number>>();
  for (const [w, m] of counts) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    lexicon.set(w, new Map([...m].map(([t, c]) => [t, c / total])));
  }
  cache.set(index, lexicon);
  return lexicon;
}
