// Precision and recall of the near-duplicate detector on pairs built from the
// VOA stories (read at test time): edited copies of each story (new headline,
// trimmed paragraphs, added boilerplate, a wire lead-in and word changes) are
// positives; every pair of distinct stories, also with the same boilerplate
// added to both, is a negative. Candidates are also looked up by LSH bands,
// as the store does, so the end-to-end recall is measured too.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareStories, isNearDuplicate, signatureFromHex, signatureToHex, storySignature, type StorySignature } from '../../src/dedupe/near-duplicate.js';
import { estimateJaccard, minHash } from '../../src/dedupe/minhash.js';
import { shingleHashes, words } from '../../src/dedupe/shingles.js';

interface Story {
  title: string;
  text: string;
}

const stories: Story[] = readFileSync(new URL('../../../shared/corpus/voa-stories.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Story);

// Our own boilerplate, as outlets add it.
const FOOTER = 'Follow our live coverage on social media and subscribe to our daily newsletter for more news. Copyright 2025 Example Media Group. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.';
const HEADER = 'Advertisement. Skip to main content. Sign in to read more stories like this one.';

const sentences = (text: string): string[] => text.split(/(?<=[.!?]["”’]?)\s+/).filter((s) => s !== '');
const original = (s: Story): string => `${s.title}\n${s.text}`;

/** Edited copies of a story, as other outlets republish it. */
function copies(s: Story): string[] {
  const sents = sentences(s.text);
  const keep = (share: number): string => sents.slice(0, Math.max(1, Math.ceil(sents.length * share))).join(' ');
  const reworded = s.text.replace(/\bsaid\b/g, 'stated').replace(/\bThe\b/, 'This');
  return [
    `Breaking: ${s.title.toUpperCase()} as officials react\n${s.text}\n${FOOTER}`,
    `${s.title}\n${keep(0.6)}`,
    `${HEADER}\nWire report: ${s.title}\nWASHINGTON (Wire Service) — ${reworded.slice(0, Math.ceil(reworded.length * 0.75))}\n${FOOTER}`,
    // Harder: only the first third, wrapped in boilerplate; and a copy edited throughout (every tenth word dropped).
    `${HEADER}\n${s.title}\n${keep(0.35)}\n${FOOTER}`,
    `${s.title}\n${s.text.split(' ').filter((_, i) => i % 10 !== 9).join(' ')}`,
  ];
}

describe('shingles and MinHash', () => {
  it('ignores case and punctuation', () => {
    expect(shingleHashes('The Minister said, "We will talk."')).toEqual(shingleHashes('the minister SAID we will talk'));
    expect(words('Al-Araji met U.N. envoys')).toEqual(['al', 'araji', 'met', 'u', 'n', 'envoys']);
  });

  it('estimates the Jaccard similarity of shingle sets', () => {
    const a = new Uint32Array(Array.from({ length: 400 }, (_, i) => i * 7919));
    const b = new Uint32Array(Array.from({ length: 400 }, (_, i) => (i + 200) * 7919)); // true Jaccard 200/600
    expect(estimateJaccard(minHash(a), minHash(a))).toBe(1);
    expect(Math.abs(estimateJaccard(minHash(a), minHash(b)) - 1 / 3)).toBeLessThan(0.12);
  });

  it('stores signatures as hex and reads them back', () => {
    const sig = storySignature('Iraq and Iran signed a border security agreement in Baghdad on Sunday.').signature;
    expect(signatureFromHex(signatureToHex(sig))).toEqual(sig);
  });
});

describe('near-duplicate stories (VOA corpus)', () => {
  it('has enough stories to measure on', () => {
    expect(stories.length).toBeGreaterThan(50);
  });

  it('reports precision and recall on constructed pairs', () => {
    const originals: StorySignature[] = stories.map((s) => storySignature(original(s)));
    const byBand = new Map<string, number[]>();
    originals.forEach((sig, i) => {
      for (const b of sig.bands) byBand.set(b, [...(byBand.get(b) ?? []), i]);
    });
    const decide = (a: StorySignature, b: StorySignature): boolean => isNearDuplicate(compareStories(a, b), Math.min(a.shingles, b.shingles));

    let tp = 0, fn = 0, fp = 0, tn = 0, found = 0;
    const hitsByKind = [0, 0, 0, 0, 0];
    const misses: string[] = [];
    stories.forEach((s, i) => {
      const o = originals[i];
      if (o === undefined) return;
      copies(s).forEach((text, kind) => {
        const c = storySignature(text);
        if (decide(o, c)) {
          tp++;
          hitsByKind[kind] = (hitsByKind[kind] ?? 0) + 1;
        } else {
          fn++;
          misses.push(`${i}/${kind}: ${JSON.stringify(compareStories(o, c))}`);
        }
        // End to end: the original must be among the LSH candidates and be judged a duplicate.
        const candidates = new Set(c.bands.flatMap((b) => byBand.get(b) ?? []));
        if (candidates.has(i) && decide(o, c)) found++;
      });
    });
    const withFooter = stories.map((s) => storySignature(`${original(s)}\n${FOOTER}`));
    for (let i = 0; i < stories.length; i++) {
      for (let j = i + 1; j < stories.length; j++) {
        const [a, b, fa, fb] = [originals[i], originals[j], withFooter[i], withFooter[j]];
        if (a === undefined || b === undefined || fa === undefined || fb === undefined) continue;
        for (const [x, y] of [[a, b], [fa, fb]] as const) {
          if (decide(x, y)) fp++;
          else tn++;
        }
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const endToEnd = found / (tp + fn);
    console.log(
      `near-duplicate detector: ${tp + fn} positive pairs, ${fp + tn} negative pairs; ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, recall with LSH candidate look-up ${endToEnd.toFixed(3)}; ` +
        `recall by edit: ${hitsByKind.map((h) => (h / stories.length).toFixed(3)).join(' / ')} (headline+boilerplate, trimmed to 60%, lead-in+reworded+trimmed, first third in boilerplate, every tenth word dropped)` +
        (misses.length > 0 ? `; missed ${misses.slice(0, 5).join(', ')}` : ''),
    );
    expect(tp + fn).toBe(stories.length * 5);
    expect(precision).toBeGreaterThanOrEqual(0.99);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(endToEnd).toBeGreaterThanOrEqual(0.93);
    // The common edits are always caught.
    expect(hitsByKind.slice(0, 3)).toEqual([stories.length, stories.length, stories.length]);
  });
});
