// POST /relation: relation mode on one pair (as `faultline relation`): a
// sentence, and the character spans of a source and a target or none (the
// shipped pair ranker then picks the pair among the sentence's candidates,
// src/relation/guess-pair.ts), in; the most likely PLOVER type and CAMEO code
// out, with its score, the runner-up types, the evidence (the coder's rule,
// the model's top features) and, for a chosen pair, how it was chosen.

import { z } from 'zod';
import { shippedPairRanker, shippedRelationModel } from '../../cli/relation.js';
import type { LinearModel } from '../../learn/linear-model.js';
import { PLOVER_TYPES } from '../../records.js';
import { explainRelation } from '../../relation/explain-relation.js';
import { guessPair, pairBlock, CONSIDERED_PAIRS } from '../../relation/guess-pair.js';
import type { ApiContext } from '../api-context.js';
import { ApiError, describeZodError } from '../api-error.js';
import { defineRoute, type ApiRoute } from '../api-route.js';
import { once } from '../once.js';

/** Longest sentence accepted (characters). */
export const MAX_RELATION_SENTENCE = 5000;

const spanSchema = (side: 'source' | 'target') =>
  z
    .strictObject({
      start: z.int().min(0).meta({ description: `First character of the ${side} (0-based, UTF-16 offsets as JavaScript counts them).` }),
      end: z.int().min(1).meta({ description: `One past the last character of the ${side}.` }),
    })
    .refine((s) => s.start < s.end, { message: 'start must be less than end', path: ['end'] })
    .meta({ description: `Character span of the ${side} actor in the sentence. Optional: give both spans or neither (the pair ranker then picks the pair).` });

export const relationRequestSchema = z
  .strictObject({
    sentence: z
      .string()
      .max(MAX_RELATION_SENTENCE)
      .refine((t) => t.trim() !== '', 'the sentence is empty')
      .meta({ description: 'One sentence (offsets count its characters as sent, untrimmed).' }),
    source: spanSchema('source').optional(),
    target: spanSchema('target').optional(),
  })
  .superRefine((b, ctx) => {
    for (const [side, other] of [
      ['source', 'target'],
      ['target', 'source'],
    ] as const) {
      if (b[side] === undefined && b[other] !== undefined) {
        ctx.addIssue({ code: 'custom', path: [side], message: `the ${side} is missing: give both source and target, or neither (the pair ranker then picks the pair)` });
      }
    }
    for (const side of ['source', 'target'] as const) {
      const s = b[side];
      if (s !== undefined && s.end > b.sentence.length) {
        ctx.addIssue({ code: 'custom', path: [side, 'end'], message: `the ${side} ends at ${s.end}, past the end of the sentence (${b.sentence.length} characters)` });
      }
    }
    if (b.source !== undefined && b.target !== undefined && b.source.start < b.target.end && b.target.start < b.source.end) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'the target overlaps the source' });
    }
  });

const spanTextSchema = z.object({ start: z.int(), end: z.int(), text: z.string() });

const pairSideSchema = z.object({
  source: z.array(spanTextSchema).meta({ description: 'The source spans (more than one for a compound actor) with their text.' }),
  target: z.array(spanTextSchema).meta({ description: 'The target spans with their text.' }),
  score: z.number().nullable().meta({ description: "The pair ranker's probability that the sentence reports an event between the two (null without a ranker)." }),
});

export const pairBlockSchema = pairSideSchema
  .extend({
    chosen_by: z.enum(['pair ranker', 'coder']).meta({ description: "The shipped pair ranker, or the coder's own guess when no ranker for this version is shipped." }),
    candidates: z.int().min(1).meta({ description: 'How many candidate pairs the sentence has (one-sided ones included).' }),
    considered: z.array(pairSideSchema).meta({ description: `The first ${CONSIDERED_PAIRS} candidates with both sides named, best first (the chosen pair first).` }),
  })
  .meta({ description: 'Only when the request marked no spans: the pair the answer is about and how it was chosen.' });

const contributionSchema = z.object({
  feature: z.string(),
  value: z.number().meta({ description: "The feature's value for this pair." }),
  weight: z.number().meta({ description: "The model's weight of the feature for the chosen type." }),
  contribution: z.number().meta({ description: "value × (weight − the other types' mean weight, each weighted by its probability)." }),
});

export const relationAnswerSchema = z.object({
  pair: pairBlockSchema.optional(),
  plover_type: z.enum(PLOVER_TYPES),
  cameo_code: z.string(),
  score: z.number().meta({ description: "Probability of the type (the model), or the coder's confidence (rules alone)." }),
  scores: z.array(z.object({ type: z.string(), probability: z.number() })).meta({ description: 'The three most probable types (YIELD: CONCEDE or RETREAT). Empty without a model.' }),
  penta: z.number().int().min(0).max(4),
  evidence: z.object({
    rule: z.string().nullable().meta({ description: "The coder's rule (event or verb pattern) of the chosen type, or null when none fired." }),
    verb: z.object({ start: z.int(), end: z.int(), text: z.string() }).nullable(),
    decided_by: z.enum(['model', 'rules']),
    coder: z.object({ linked: z.enum(PLOVER_TYPES).nullable(), forced: z.enum(PLOVER_TYPES).nullable() }).meta({
      description: 'The rule coder alone on the sentence (linked), and with the marked spans forced in as its actors (forced).',
    }),
    top_features: z.array(contributionSchema).meta({ description: 'The features that pushed the decision most, strongest first.' }),
  }),
});

/** What the relation model says about a stored event's pair (GET /events/{id}). */
export const eventModelSchema = z.object({
  plover_type: z.enum(PLOVER_TYPES),
  cameo_code: z.string(),
  score: z.number(),
  scores: z.array(z.object({ type: z.string(), probability: z.number() })),
  top_features: z.array(contributionSchema).meta({ description: 'The five features that pushed the decision most.' }),
  rule_type: z.enum(PLOVER_TYPES).meta({ description: 'The type the rule coder gave the event.' }),
  agrees: z.boolean().meta({ description: "False when the model's type differs from the rule's." }),
});


/**
 * `model`: the relation model, `ranker`: the pair ranker for requests
 * without spans (default: the shipped ones, each read on first use).
 */
export function relationRoutes(
  ctx: ApiContext,
  model: () => LinearModel | null = once(shippedRelationModel),
  ranker: () => LinearModel | null = once(shippedPairRanker),
): ApiRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/relation',
      tag: 'relation',
      summary: 'Relation mode: what the source does to the target in one sentence (PLOVER type, CAMEO code, score, evidence)',
      description:
        'Send `{ "sentence": "...", "source": { "start", "end" }, "target": { "start", "end" } }` (character offsets, end exclusive), or the sentence alone: the shipped pair ranker then picks the pair among the sentence\'s candidates, as `faultline relation` does without `--source` and `--target`, and the answer\'s `pair` says which pair it chose (spans and texts), its score and the candidates it considered; a sentence with no candidate pair naming both sides is a 422 `no-relation`. The relation model decides over features that include the rule coder\'s own verdicts; `evidence.rule` names the coder\'s rule of the chosen type when one fired, `evidence.top_features` the features that pushed the decision most. Nothing is stored.',
      body: { description: 'The sentence, and the spans of the two actors or neither', content: { 'application/json': relationRequestSchema } },
      responses: { 200: { description: 'The decision with its evidence (and, without spans, the chosen pair)', schema: relationAnswerSchema } },
      async handle({ c }) {
        const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
        if (type !== 'application/json') {
          throw new ApiError(415, 'unsupported-media-type', `send the request as application/json; got ${type === '' ? 'no Content-Type' : `"${type}"`}`);
        }
        let value: unknown;
        try {
          value = JSON.parse(await c.req.text());
        } catch (error) {
          throw new ApiError(400, 'bad-request', `malformed JSON: ${error instanceof Error ? error.message : String(error)}`);
        }
        const parsed = relationRequestSchema.safeParse(value);
        if (!parsed.success) throw new ApiError(400, 'bad-request', `bad request body: ${describeZodError(parsed.error)}`);
        const { sentence, source, target } = parsed.data;
        const resources = ctx.resources();
        const res = { ...resources, relationModel: model() };
        if (source !== undefined && target !== undefined) {
          const answer = explainRelation(sentence, source, target, res);
          if (answer === null) throw new ApiError(422, 'no-relation', 'no relation model is loaded and the rule coder does not link the source to the target');
          return c.json(answer);
        }
        // Same choice and same messages as `faultline relation` without --source and --target.
        const guessed = guessPair(sentence, resources, ranker());
        if (guessed === null) throw new ApiError(422, 'no-relation', 'the sentence names no pair of actors (send the source and target spans)');
        const answer = explainRelation(sentence, guessed.source, guessed.target, res);
        if (answer === null) throw new ApiError(422, 'no-relation', 'no relation model is loaded and the rule coder does not link the chosen source to the chosen target');
        return c.json({ pair: pairBlock(sentence, guessed), ...answer });
      },
    }),
  ];
}
