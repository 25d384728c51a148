// POST /api/v1/relation without a server: validation errors name the field,
// a shelling sentence comes back as material conflict with its evidence,
// without spans the pair ranker picks the pair (as `faultline relation`
// does), and the route is in the OpenAPI document.

import { describe, expect, it } from 'vitest';
import type { LinearModel } from '../../src/learn/linear-model.js';
import { loadResources } from '../../src/load-resources.js';
import { createApp } from '../../src/server/create-app.js';
import { relationRoutes } from '../../src/server/routes/relation-routes.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { pentaOfPlover } from '../../src/relation/plover-penta.js';
import type { RelationAnswer } from '../../src/relation/explain-relation.js';
import type { ApiContext } from '../../src/server/api-context.js';
import type { PairBlock } from '../../src/relation/guess-pair.js';
import { runCli } from '../cli/run-cli.js';

interface ErrorBody {
  error: { code: string; message: string };
}

const store = SqliteStore.open(':memory:');
const built = createApp({ store, log: () => undefined });

const post = (body: unknown, type = 'application/json'): Promise<Response> | Response =>
  built.app.request('/api/v1/relation', {
    method: 'POST',
    headers: { 'content-type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** The span of `part` in `sentence`. */
const span = (sentence: string, part: string): { start: number; end: number } => {
  const start = sentence.indexOf(part);
  if (start < 0) throw new Error(`"${part}" is not in "${sentence}"`);
  return { start, end: start + part.length };
};

const SHELLING = 'Russian troops shelled Ukrainian villages near the border overnight.';

describe('POST /api/v1/relation', () => {
  it('codes shelling as material conflict, with the rule and the features behind it', async () => {
    const res = await post({ sentence: SHELLING, source: span(SHELLING, 'Russian troops'), target: span(SHELLING, 'Ukrainian villages') });
    expect(res.status).toBe(200);
    const body = (await res.json()) as RelationAnswer;
    expect(['ASSAULT', 'COERCE']).toContain(body.plover_type);
    expect(body.penta).toBe(4);
    expect(body.penta).toBe(pentaOfPlover(body.plover_type));
    // The CAMEO code belongs to the chosen type: conflict codes are 18x/19x/20x (ASSAULT) or 17x (COERCE).
    expect(body.cameo_code).toMatch(/^(1[789]|20)/);
    expect(body.score).toBeGreaterThan(0.5);
    expect(body.score).toBeLessThanOrEqual(1);
    expect(body.scores.length).toBe(3);
    expect(body.scores[0]?.type).toBe(body.plover_type);
    expect(body.scores[0]?.probability).toBeCloseTo(body.score, 2);
    for (let i = 1; i < body.scores.length; i++) expect(body.scores[i]!.probability).toBeLessThanOrEqual(body.scores[i - 1]!.probability);
    expect(body.evidence.decided_by).toBe('model');
    expect(body.evidence.rule).toMatch(/^verbs\//);
    expect(body.evidence.verb?.text).toMatch(/shell/);
    expect(body.evidence.top_features.length).toBeGreaterThan(0);
    const contributions = body.evidence.top_features.map((f) => f.contribution);
    expect([...contributions].sort((a, b) => b - a)).toEqual(contributions);
    for (const c of contributions) expect(c).toBeGreaterThan(0);
    // Some top feature names the chosen type or the conflict roots.
    expect(body.evidence.top_features.some((f) => f.feature.includes(body.plover_type) || /:(1[789]|20)$/.test(f.feature))).toBe(true);
  });

  it('answers another type for a cooperative sentence', async () => {
    const s = 'Japan sent emergency food aid to Kenya after the floods.';
    const res = await post({ sentence: s, source: span(s, 'Japan'), target: span(s, 'Kenya') });
    expect(res.status).toBe(200);
    const body = (await res.json()) as RelationAnswer;
    expect(body.plover_type).toBe('AID');
    expect(body.penta).toBeLessThan(3);
  });

  it.each([
    [{ source: { start: 0, end: 14 }, target: { start: 23, end: 41 } }, 'sentence'],
    [{ sentence: SHELLING, target: { start: 23, end: 41 } }, 'source: the source is missing: give both source and target, or neither'],
    [{ sentence: SHELLING, source: { start: 0, end: 14 } }, 'target: the target is missing: give both source and target, or neither'],
    [{ sentence: SHELLING, source: null, target: { start: 23, end: 41 } }, 'source'],
    [{ sentence: SHELLING, source: { start: 0, end: 14 }, target: { start: 23 } }, 'target.end'],
    [{ sentence: SHELLING, source: { start: 14, end: 0 }, target: { start: 23, end: 41 } }, 'source.end: start must be less than end'],
    [{ sentence: SHELLING, source: { start: 5, end: 5 }, target: { start: 23, end: 41 } }, 'source.end'],
    [{ sentence: SHELLING, source: { start: -1, end: 14 }, target: { start: 23, end: 41 } }, 'source.start'],
    [{ sentence: SHELLING, source: { start: 0.5, end: 14 }, target: { start: 23, end: 41 } }, 'source.start'],
    [{ sentence: SHELLING, source: { start: 0, end: 14 }, target: { start: 23, end: 500 } }, 'target.end: the target ends at 500, past the end of the sentence'],
    [{ sentence: SHELLING, source: { start: 0, end: 14 }, target: { start: 8, end: 20 } }, 'target: the target overlaps the source'],
    [{ sentence: '   ', source: { start: 0, end: 1 }, target: { start: 2, end: 3 } }, 'sentence: the sentence is empty'],
    [{ sentence: SHELLING, source: { start: 0, end: 14 }, target: { start: 23, end: 41 }, extra: 1 }, 'extra'],
    [{ sentence: SHELLING, source: { start: 0, end: 14, text: 'Russian troops' }, target: { start: 23, end: 41 } }, 'source'],
  ] as const)('400 for %j naming %s', async (body, field) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as ErrorBody;
    expect(error.code).toBe('bad-request');
    expect(error.message).toContain(field);
  });

  it('400 for malformed JSON, 415 for another media type, 405 for GET', async () => {
    const bad = await post('{"sentence": ');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.message).toMatch(/malformed JSON/);
    const text = await post('Russian troops shelled Ukrainian villages', 'text/plain');
    expect(text.status).toBe(415);
    expect(((await text.json()) as ErrorBody).error.code).toBe('unsupported-media-type');
    const get = await built.app.request('/api/v1/relation');
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  it('is listed in the OpenAPI document with its request body, the spans optional, the pair block in the answer', async () => {
    interface Schema {
      required?: string[];
      properties?: Record<string, Schema>;
      description?: string;
    }
    const doc = (await (await built.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Schema }> }; responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>>;
    };
    const op = doc.paths['/relation']?.['post'];
    expect(op).toBeDefined();
    const request = op?.requestBody?.content['application/json']?.schema;
    expect(request?.required).toEqual(['sentence']);
    expect(Object.keys(request?.properties ?? {}).sort()).toEqual(['sentence', 'source', 'target']);
    for (const side of ['source', 'target']) {
      expect(request?.properties?.[side]?.required).toEqual(['start', 'end']);
      expect(request?.properties?.[side]?.description).toMatch(/both spans or neither/);
    }
    expect(Object.keys(op?.responses ?? {})).toContain('200');
    const answer = op?.responses['200']?.content?.['application/json']?.schema;
    expect(answer?.required).not.toContain('pair');
    expect(answer?.properties?.['pair']?.required?.sort()).toEqual(['candidates', 'chosen_by', 'considered', 'score', 'source', 'target']);
  });

  it('without a model: the rule coder decides, or a 422 when it links nothing', async () => {
    const ctx = { resources: loadResources } as unknown as ApiContext;
    const [route] = relationRoutes(ctx, () => null as LinearModel | null);
    const { Hono } = await import('hono');
    const app = new Hono();
    app.post('/relation', (c) => route!.handle(c).catch((e: unknown) => c.json({ status: (e as { status?: number }).status }, 200)));
    const call = async (sentence: string, source: string, target: string): Promise<unknown> =>
      (
        await app.request('/relation', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ sentence, source: span(sentence, source), target: span(sentence, target) }),
        })
      ).json();
    const ruled = (await call(SHELLING, 'Russian troops', 'Ukrainian villages')) as RelationAnswer;
    expect(ruled.evidence.decided_by).toBe('rules');
    expect(ruled.plover_type).toBe('ASSAULT');
    expect(ruled.scores).toEqual([]);
    expect(ruled.evidence.top_features).toEqual([]);
    const weather = 'The weather was fine in Zenda on Sunday.';
    expect(await call(weather, 'The weather', 'Zenda')).toEqual({ status: 422 });
  });
});

const REBELS = "Rebel fighters shelled the army's positions near the border";

type PairAnswer = RelationAnswer & { pair: PairBlock };

/** The route alone, with the given relation model and pair ranker, errors as `{ status, code, message }`. */
async function bareRoute(model: LinearModel | null, ranker: LinearModel | null) {
  const ctx = { resources: loadResources } as unknown as ApiContext;
  const [route] = relationRoutes(ctx, () => model, () => ranker);
  const { Hono } = await import('hono');
  const app = new Hono();
  app.post('/relation', (c) =>
    route!.handle(c).catch((e: unknown) => {
      const err = e as { status?: number; code?: string; message?: string };
      return c.json({ status: err.status, code: err.code, message: err.message }, 200);
    }),
  );
  return async (body: unknown): Promise<unknown> =>
    (await app.request('/relation', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();
}

describe('POST /api/v1/relation without spans: the pair ranker picks the pair', () => {
  it('names the chosen pair, its score and the candidates, and codes it', async () => {
    const res = await post({ sentence: REBELS });
    expect(res.status).toBe(200);
    const body = (await res.json()) as PairAnswer;
    const { pair } = body;
    expect(pair.chosen_by).toBe('pair ranker');
    expect(pair.source.map((s) => s.text)).toEqual(['Rebel fighters']);
    expect(pair.target.map((s) => s.text).join(' ')).toMatch(/army/);
    for (const s of [...pair.source, ...pair.target]) expect(REBELS.slice(s.start, s.end)).toBe(s.text);
    expect(pair.score).toBeGreaterThan(0.5);
    expect(pair.score).toBeLessThanOrEqual(1);
    // The chosen pair heads the candidates considered, best first.
    expect(pair.considered[0]).toEqual({ source: pair.source, target: pair.target, score: pair.score });
    const scores = pair.considered.map((c) => c.score ?? -1);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(pair.considered.length).toBeGreaterThan(1);
    expect(pair.candidates).toBeGreaterThanOrEqual(pair.considered.length);
    expect(body.plover_type).toBe('ASSAULT');
    expect(body.penta).toBe(4);
    expect(body.evidence.verb?.text).toMatch(/shell/);
  });

  it('answers as when the chosen spans are sent, apart from the pair block', async () => {
    const guessed = (await (await post({ sentence: REBELS })).json()) as PairAnswer;
    const one = (spans: PairBlock['source']): { start: number; end: number } => ({ start: spans[0]!.start, end: spans[0]!.end });
    const marked = await post({ sentence: REBELS, source: one(guessed.pair.source), target: one(guessed.pair.target) });
    expect(marked.status).toBe(200);
    const body = (await marked.json()) as PairAnswer;
    expect(body.pair).toBeUndefined();
    const { pair: _pair, ...rest } = guessed;
    expect(body).toEqual(rest);
  });

  it('chooses the same pair as `faultline relation` without --source and --target', async () => {
    const sentence = 'Kenyan police arrested two opposition leaders in Nairobi on Tuesday.';
    const api = (await (await post({ sentence })).json()) as PairAnswer;
    const cli = await runCli(['relation', sentence, '--json']);
    expect(cli.code).toBe(0);
    const printed = JSON.parse(cli.stdout) as PairAnswer;
    expect(api.pair).toEqual(printed.pair);
    expect(api.plover_type).toBe(printed.plover_type);
    expect(api.cameo_code).toBe(printed.cameo_code);
  });

  it('422 no-relation when no candidate names both sides (as the CLI fails)', async () => {
    const sentence = 'It was cold and windy for most of the week.';
    const res = await post({ sentence });
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as ErrorBody;
    expect(error.code).toBe('no-relation');
    expect(error.message).toMatch(/names no pair of actors/);
    const cli = await runCli(['relation', sentence]);
    expect(cli.code).not.toBe(0);
    expect(cli.stderr).toMatch(/names no pair of actors/);
  });

  it("without a pair ranker the coder's own guess is the pair (chosen_by coder, no score)", async () => {
    const call = await bareRoute(null, null);
    const body = (await call({ sentence: REBELS })) as PairAnswer;
    expect(body.pair.chosen_by).toBe('coder');
    expect(body.pair.score).toBeNull();
    expect(body.pair.considered.every((c) => c.score === null)).toBe(true);
    expect(body.pair.source.map((s) => s.text)).toEqual(['Rebel fighters']);
    expect(body.evidence.decided_by).toBe('rules');
    expect(body.plover_type).toBe('ASSAULT');
    expect(await call({ sentence: 'It was cold and windy for most of the week.' })).toMatchObject({ status: 422, code: 'no-relation' });
  });
});
