// `faultline show <doc-id>`: the document, its marked sentences and events.

import { loadResources } from '../load-resources.js';
import { processDocument } from '../pipeline.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { eventMarks } from './explain.js';
import { formatEvents } from './format-events.js';
import { markSpans, type Mark } from './mark-spans.js';
import { withStore } from './with-store.js';

export async function showCommand(io: CliIo, o: { id: string; db: string | undefined; dicts?: readonly string[] }): Promise<void> {
  const found = await withStore(o.db, async (store) => {
    const doc = await store.getDocument(o.id);
    if (!doc) return null;
    return { doc, events: await store.eventsOfDocument(o.id) };
  });
  if (!found) throw new CliError('not-found', `no document with id ${o.id}`);
  const { doc, events } = found;
  // Actor mentions are recomputed (the coder is deterministic) to mark those
  // that took part in no event too.
  const coded = processDocument(doc, loadResources({ dicts: o.dicts ?? [] }));
  const out: string[] = [
    `document ${doc.id}`,
    `  title: ${doc.title ?? '-'}   source: ${doc.source ?? '-'}   published: ${doc.publishedAt ?? '-'}   dateline: ${doc.dateline ?? '-'}`,
    `  url: ${doc.url ?? '-'}`,
    '',
    '[actor] {verb} <target> @(place); actors in no event are marked [actor]',
    '',
  ];
  for (const sentence of coded.sentences) {
    const evs = events.filter((e) => e.sentence === sentence.index);
    const marks: Mark[] = evs.flatMap(eventMarks);
    const mentions = coded.mentions.find((m) => m.sentence === sentence.index)?.mentions ?? [];
    for (const m of mentions) {
      if (!marks.some((k) => k.start < m.end && m.start < k.end)) marks.push({ start: m.start, end: m.end, open: m.locative ? '@(' : '[', close: m.locative ? ')' : ']' });
    }
    const ids = evs.map((e) => e.id).join(', ');
    out.push(`${String(sentence.index).padStart(3)}  ${markSpans(sentence.text, dedupeMarks(marks))}${ids ? `\n     events: ${ids}` : ''}`);
  }
  out.push('', `${events.length} event(s):`, formatEvents(events, 'table'));
  io.stdout(out.join('\n') + '\n');
}

function dedupeMarks(marks: readonly Mark[]): Mark[] {
  const seen = new Set<string>();
  return marks.filter((m) => {
    const k = `${m.start}:${m.end}:${m.open}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
