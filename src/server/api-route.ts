// One API route: its method and path, what it takes (zod schemas for the
// query string and path parameters) and what it answers. The same record
// registers the route on the app and writes its entry of the OpenAPI document
// (openapi.ts), so the document lists every route by construction.

import type { Context } from 'hono';
import { z } from 'zod';
import { ApiError, describeZodError } from './api-error.js';

export type HttpMethod = 'get' | 'post';

type AnyObject = z.ZodObject;

/** A request body the route accepts, by media type. */
export interface BodySpec {
  description: string;
  /** Media types accepted, each with its schema for the OpenAPI document. */
  content: Record<string, z.ZodType | null>;
}

export interface ResponseSpec {
  description: string;
  /** JSON schema of the answer (zod), or null when only described. */
  schema: z.ZodType | null;
}

/** What a handler receives: the validated query and path parameters. */
export interface RouteInput<Q extends AnyObject, P extends AnyObject> {
  query: z.output<Q>;
  params: z.output<P>;
  c: Context;
}

export interface ApiRoute {
  method: HttpMethod;
  /** OpenAPI-style path under /api/v1: "/events/{id}". */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  query: AnyObject | null;
  params: AnyObject | null;
  body: BodySpec | null;
  /** Responses by status; errors use the common envelope and need not be listed. */
  responses: Record<number, ResponseSpec>;
  handle(c: Context): Promise<Response>;
}

const EMPTY = z.strictObject({});

/**
 * Defines a route whose handler only ever sees validated input: the query
 * string and path parameters are parsed with their schemas first (a failure
 * is a 400 `bad-request` naming each bad field; an unknown query parameter is
 * an error, so a typo never passes silently). Empty query values count as
 * absent (`?country=` from a form).
 */
export function defineRoute<Q extends AnyObject = typeof EMPTY, P extends AnyObject = typeof EMPTY>(spec: {
  method: HttpMethod;
  path: string;
  summary: string;
  description?: string;
  tag: string;
  query?: Q;
  params?: P;
  body?: BodySpec;
  responses: Record<number, ResponseSpec>;
  handle(input: RouteInput<Q, P>): Promise<Response>;
}): ApiRoute {
  const querySchema = spec.query ?? null;
  const paramSchema = spec.params ?? null;
  return {
    method: spec.method,
    path: spec.path,
    summary: spec.summary,
    ...(spec.description === undefined ? {} : { description: spec.description }),
    tag: spec.tag,
    query: querySchema,
    params: paramSchema,
    body: spec.body ?? null,
    responses: spec.responses,
    async handle(c) {
      const rawQuery = Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''));
      const query = parseInput(querySchema ?? EMPTY, rawQuery, 'query') as z.output<Q>;
      const params = parseInput(paramSchema ?? EMPTY, c.req.param(), 'path') as z.output<P>;
      return spec.handle({ query, params, c });
    },
  };
}

function parseInput(schema: AnyObject, value: unknown, where: string): unknown {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError(400, 'bad-request', `bad ${where} parameter: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

/** "/events/{id}" → "/events/:id" (Hono's path syntax). */
export function honoPath(path: string): string {
  return path.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1');
}
