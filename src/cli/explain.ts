// `faultline explain <event-id>`: why an event was coded.

import type { Actor, Event } from '../records.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { actorLabel } from './format-events.js';
import { markSpans, type Mark } from './mark-spans.js';
import { withStore } from './with-store.js';

export function eventMarks(e: Event): Mark[] {
  const s = e.evidence.spans;
  const marks: Mark[] = [
    ...s.source.map((sp) => ({ ...sp, open: '[', close: ']' })),
    { ...s.verb, open: '{', close: '}' },
    ...s.target.map((sp) => ({ ...sp, open: '<', close: '>' })),
  ];
  if (s.location) marks.push({ ...s.location, open: '@(', close: ')' });
  return marks;
}

function describeActor(a: Actor): string {
  const parts = [actorLabel(a), `"${a.text}"`];
  if (a.person) parts.push(`person: ${a.person}`);
  if (a.role) parts.push(`role: ${a.role}`);
  parts.push(`entry: ${a.entry}`);
  return parts.join('  ');
}

/** A readable explanation of one event. */
export function explainEvent(e: Event): string {
  const lines = [
    `event ${e.id}  ${e.plover} (CAMEO ${e.cameo}${e.mode ? `, mode ${e.mode}` : ''}${e.context ? `, context ${e.context}` : ''})`,
    `  quad ${e.quad}  goldstein ${e.goldstein}  confidence ${e.confidence}  date ${e.date ?? '-'}`,
    `  document ${e.docId ?? '-'}  sentence ${e.sentence}`,
    '',
    `  ${markSpans(e.evidence.text, eventMarks(e))}`,
    '  [source] {verb} <target> @(place)',
    '',
    `  rule: ${e.evidence.rule}`,
    ...e.source.map((a) => `  source: ${describeActor(a)}`),
    ...(e.target.length === 0 ? ['  target: none named'] : e.target.map((a) => `  target: ${describeActor(a)}`)),
    `  speaker: ${e.speaker ? describeActor(e.speaker) : 'none'}`,
    `  location: ${e.location ? `${e.location.name} (${e.location.country ?? '?'}, ${e.location.precision})` : 'none'}`,
  ];
  return lines.join('\n') + '\n';
}

export async function explainCommand(io: CliIo, o: { id: string; db: string | undefined; json: boolean }): Promise<void> {
  const event = await withStore(o.db, (store) => store.getEvent(o.id));
  if (!event) throw new CliError('not-found', `no event with id ${o.id}`);
  io.stdout(o.json ? JSON.stringify(event, null, 2) + '\n' : explainEvent(event));
}
