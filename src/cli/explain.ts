// `faultline explain <event-id>`: why an event was coded.

import type { LinearModel } from '../learn/linear-model.js';
import { ModelFileError } from '../learn/load-model.js';
import { loadResources, type Resources } from '../load-resources.js';
import type { Actor, Event } from '../records.js';
import { modelOnEvent, type EventModelView } from '../relation/explain-relation.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { actorLabel } from './format-events.js';
import { markSpans, type Mark } from './mark-spans.js';
import { relationModelWarning, relationResources, shippedRelationModel } from './relation.js';
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

/** Features listed under the model's view of an event. */
export const EXPLAIN_FEATURES = 5;

/** What the relation model says about the event's pair, as lines (`explain` and the API's explanation). */
export function formatEventModel(model: EventModelView | null, why: string): string[] {
  if (model === null) return [`  model: none (${why})`];
  const verdict = model.agrees ? 'agrees with the rule' : `DISAGREES: the rule coded ${model.rule_type}`;
  const lines = [`  model: ${model.plover_type} (CAMEO ${model.cameo_code})  score ${model.score.toFixed(3)}  ${verdict}`];
  if (model.scores.length > 1) lines.push(`    types: ${model.scores.map((s) => `${s.type} ${s.probability}`).join(', ')}`);
  if (model.top_features.length > 0) {
    lines.push(`    top features: ${model.top_features.map((f) => `${f.feature} +${f.contribution.toFixed(3)}`).join(', ')}`);
  }
  return lines;
}

/** What the relation model says about an event, or null with the reason. */
export interface EventModelNote {
  model: EventModelView | null;
  /** Why there is no model view (when `model` is null). */
  why: string;
}

/**
 * The relation model (default: the shipped one) on an event's pair. Never
 * throws: the rule's explanation stands without the model, so a model or
 * dictionary that cannot be read (or a failure of the model run) is the
 * reason given instead.
 */
export function eventModel(e: Event, resources: () => Resources, load: () => LinearModel | null = shippedRelationModel): EventModelNote {
  try {
    const relationModel = load();
    if (relationModel === null) return { model: null, why: relationModelWarning() ?? 'no relation model' };
    const model = modelOnEvent(e, relationResources(resources(), relationModel), EXPLAIN_FEATURES);
    return { model, why: 'the event has no sentence with a source span in it' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { model: null, why: `${error instanceof ModelFileError ? 'the relation model cannot be read' : 'the relation model could not run'}: ${message}` };
  }
}

/**
 * A readable explanation of one event; with `model` (see eventModel), also
 * what the relation model says about its pair.
 */
export function explainEvent(e: Event, model?: EventModelNote): string {
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
    ...(model === undefined ? [] : formatEventModel(model.model, model.why)),
  ];
  return lines.join('\n') + '\n';
}

export async function explainCommand(
  io: CliIo,
  o: { id: string; db: string | undefined; json: boolean; dicts?: readonly string[] },
): Promise<void> {
  const event = await withStore(o.db, (store) => store.getEvent(o.id));
  if (!event) throw new CliError('not-found', `no event with id ${o.id}`);
  // Loaded here so a bad --dict fails the command as elsewhere, instead of only muting the model.
  const resources = loadResources({ dicts: o.dicts ?? [] });
  const note = eventModel(event, () => resources);
  if (o.json) {
    // The shape of GET /api/v1/events/{id} (without the document), plus why there is no model view.
    const out = { event, explanation: explainEvent(event, note), model: note.model, ...(note.model === null ? { model_missing: note.why } : {}) };
    io.stdout(JSON.stringify(out, null, 2) + '\n');
    return;
  }
  io.stdout(explainEvent(event, note));
}
