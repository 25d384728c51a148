// A measurement, not a unit test: on the public development sets in
// ../shared/eval/dev, how often a resolver mention overlaps the gold source
// and target spans (PLV) and the gold actor texts (PLOVER GSR). Each sentence
// is read alone, with no home country. The floors are a little under the
// figures reached when they were set, so a regression shows; the product
// never reads these files.

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentActors, findActors } from '../../src/actors/find-actors.js';
import { loadActorDictionary } from '../../src/actors/load-actors.js';

const PLV = new URL('../../../shared/eval/dev/plv-train.tsv', import.meta.url);
const GSR = new URL('../../../shared/eval/dev/plover-gsr.json', import.meta.url);

/** The span of `<tag>…</tag>` in the sentence with the other tags removed. */
function goldSpan(marked: string, tag: 's' | 't'): [number, number] | null {
  const other = tag === 's' ? 't' : 's';
  const m = marked.replace(new RegExp(`</?${other}>`, 'g'), '');
  const a = m.indexOf(`<${tag}>`);
  const b = m.indexOf(`</${tag}>`);
  if (a < 0 || b < 0 || b <= a + 3) return null;
  return [a, b - tag.length - 2];
}

describe.skipIf(!existsSync(PLV) || !existsSync(GSR))('resolver coverage of the development sets', () => {
  const dict = loadActorDictionary();
  const mentionsOf = (text: string): ReturnType<typeof findActors> => findActors(text, dict, new DocumentActors(), { homeCountry: null });
  const overlaps = (ms: ReturnType<typeof findActors>, [a, b]: [number, number]): boolean => ms.some((m) => m.start < b && m.end > a);

  it('PLV: a mention overlaps the source in ≥ 96% of rows and the target in ≥ 86%', () => {
    const rows = readFileSync(PLV, 'utf8').split('\n').slice(1).filter((l) => l.trim() !== '');
    let sources = 0;
    let sourceHits = 0;
    let targets = 0;
    let targetHits = 0;
    for (const row of rows) {
      const [, , sentence = '', marked = ''] = row.split('\t');
      const ms = mentionsOf(sentence);
      const s = goldSpan(marked, 's');
      const t = goldSpan(marked, 't');
      if (s) {
        sources++;
        if (overlaps(ms, s)) sourceHits++;
      }
      if (t) {
        targets++;
        if (overlaps(ms, t)) targetHits++;
      }
    }
    console.info(`PLV: source ${((100 * sourceHits) / sources).toFixed(1)}% (${sourceHits}/${sources}), target ${((100 * targetHits) / targets).toFixed(1)}% (${targetHits}/${targets})`);
    expect(sources).toBeGreaterThan(1000);
    expect(sourceHits / sources).toBeGreaterThanOrEqual(0.96);
    expect(targetHits / targets).toBeGreaterThanOrEqual(0.86);
  });

  it('GSR: a mention overlaps ≥ 94% of the gold actors, with the gold country for ≥ 84% of those with a country', () => {
    interface GsrActor {
      actorText?: string;
      code?: string;
    }
    const records = JSON.parse(readFileSync(GSR, 'utf8')) as Array<{ text?: unknown; source?: unknown; target?: unknown }>;
    let actors = 0;
    let hits = 0;
    let coded = 0;
    let rightCountry = 0;
    for (const r of records) {
      if (typeof r.text !== 'string') continue;
      const text = r.text;
      const ms = mentionsOf(text);
      for (const side of [r.source, r.target]) {
        for (const a of Array.isArray(side) ? (side as GsrActor[]) : []) {
          const i = a.actorText ? text.indexOf(a.actorText) : -1;
          if (!a.actorText || i < 0) continue;
          actors++;
          const m = ms.find((x) => x.start < i + (a.actorText?.length ?? 0) && x.end > i);
          if (m) hits++;
          if (a.code && dict.countries.has(a.code)) {
            coded++;
            if (m?.actor.country === a.code) rightCountry++;
          }
        }
      }
    }
    console.info(`GSR: ${((100 * hits) / actors).toFixed(1)}% of ${actors} actors; country right for ${((100 * rightCountry) / coded).toFixed(1)}% of ${coded}`);
    expect(actors).toBeGreaterThan(600);
    expect(hits / actors).toBeGreaterThanOrEqual(0.94);
    expect(rightCountry / coded).toBeGreaterThanOrEqual(0.84);
  });
});
