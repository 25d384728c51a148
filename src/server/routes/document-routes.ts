// GET /documents/{id}: a document's text with its sentences, coded events and
// the spans to highlight; POST /documents: submit a report (JSON, plain text
// or HTML, as `faultline ingest` reads them), coded and stored at once.

import { z } from 'zod';
import { processDocument } from '../../pipeline.js';
import { eventSchema } from '../../records-schema.js';
import type { ApiContext } from '../api-context.js';
import { ApiError } from '../api-error.js';
import { defineRoute, type ApiRoute } from '../api-route.js';
import { eventAnnotations, mentionAnnotations, type Annotation } from '../document-annotations.js';
import { readSubmission, submissionQuerySchema } from '../read-submission.js';

const documentSchema = z.object({
  id: z.string(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  publishedAt: z.string().nullable(),
  dateline: z.string().nullable(),
  language: z.string(),
  text: z.string(),
});

const annotationSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  kind: z.enum(['source', 'verb', 'target', 'location', 'actor', 'place']),
  eventId: z.string().nullable(),
  sentence: z.number().int(),
  label: z.string(),
});

const submittedSchema = z.object({
  inserted: z.boolean().meta({ description: 'False when the same report was already stored (nothing was added).' }),
  document: documentSchema.omit({ text: true }),
  events: z.array(eventSchema),
});

const reportJsonSchema = z
  .object({
    text: z.string(),
    title: z.string().nullish(),
    url: z.string().nullish(),
    source: z.string().nullish(),
    dateline: z.string().nullish(),
    language: z.string().nullish(),
    publishedAt: z.union([z.string(), z.number()]).nullish(),
  })
  .meta({ description: 'One report, as one line of a .jsonl file for `faultline ingest`.' });

export function documentRoutes(ctx: ApiContext): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/documents/{id}',
      tag: 'documents',
      summary: 'A document with its sentences, coded events and the spans to highlight',
      description:
        'Annotation offsets are into `document.text` (half-open). Event spans (source, verb, target, location) come from the stored evidence; ' +
        'actor and place mentions outside events are recomputed by the coder (`mentions` says whether that worked).',
      params: z.strictObject({ id: z.string().min(1).max(200).meta({ description: 'Document id.' }) }),
      responses: {
        200: {
          description: 'The document and its annotations',
          schema: z.object({
            document: documentSchema,
            sentences: z.array(z.object({ index: z.number().int(), start: z.number().int(), end: z.number().int() })),
            events: z.array(eventSchema),
            annotations: z.array(annotationSchema),
            mentions: z.enum(['recomputed', 'unavailable']),
          }),
        },
      },
      async handle({ params, c }) {
        const doc = await ctx.store.getDocument(params.id);
        if (doc === null) throw new ApiError(404, 'not-found', `no document with id ${params.id}`);
        const sentences = await ctx.store.getSentences(doc.id);
        const events = await ctx.store.eventsOfDocument(doc.id);
        let annotations: Annotation[] = eventAnnotations(doc, sentences, events);
        let mentions: 'recomputed' | 'unavailable' = 'recomputed';
        try {
          const coded = processDocument(doc, ctx.resources());
          annotations = [...annotations, ...mentionAnnotations(coded.sentences, coded.mentions)].sort(
            (a, b) => a.start - b.start || b.end - a.end,
          );
        } catch (error) {
          mentions = 'unavailable';
          ctx.log(`document ${doc.id}: mentions not recomputed: ${error instanceof Error ? error.message : String(error)}`);
        }
        return c.json({
          document: doc,
          sentences: sentences.map((s) => ({ index: s.index, start: s.start, end: s.end })),
          events,
          annotations,
          mentions,
        });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/documents',
      tag: 'documents',
      summary: 'Submit a report: it is coded, placed and stored with its events; alert rules run afterwards',
      description:
        'The body is one report: JSON (`text` required; `title`, `url`, `source`, `publishedAt`, `dateline`, `language` optional), plain text, or an HTML page whose article is extracted. ' +
        'The query string gives defaults for what the report does not say. Answers 201 with the coded events, or 200 with `inserted: false` when the same text is already stored.',
      query: submissionQuerySchema,
      body: {
        description: 'The report',
        content: { 'application/json': reportJsonSchema, 'text/plain': z.string(), 'text/html': z.string() },
      },
      responses: {
        201: { description: 'Stored, with the events coded from it', schema: submittedSchema },
        200: { description: 'Already stored: nothing added; the stored events', schema: submittedSchema },
      },
      async handle({ query, c }) {
        const doc = readSubmission(c.req.header('content-type'), await c.req.text(), query);
        const summary = { id: doc.id, source: doc.source, url: doc.url, title: doc.title, publishedAt: doc.publishedAt, dateline: doc.dateline, language: doc.language };
        if (await ctx.store.hasDocument(doc.id)) {
          return c.json({ inserted: false, document: summary, events: await ctx.store.eventsOfDocument(doc.id) }, 200);
        }
        const coded = processDocument(doc, ctx.resources());
        const saved = await ctx.store.saveDocument(doc, coded.sentences, coded.events);
        if (!saved.inserted) return c.json({ inserted: false, document: summary, events: await ctx.store.eventsOfDocument(doc.id) }, 200);
        ctx.cache.clear();
        ctx.log(`stored document ${doc.id} with ${coded.events.length} event(s)`);
        ctx.afterWrite().catch((error: unknown) => ctx.log(`alerts: not evaluated: ${error instanceof Error ? error.message : String(error)}`));
        return c.json({ inserted: true, document: summary, events: coded.events }, 201);
      },
    }),
  ];
}
