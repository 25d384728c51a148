// The OpenAPI 3.1 document of the API, written from the route records
// themselves (api-route.ts): each route's query and path schemas become its
// parameters, its body and response schemas their JSON Schema (zod's
// toJSONSchema, input side for what clients send, output side for answers).

import { z } from 'zod';
import type { ApiRoute } from './api-route.js';

export const API_PREFIX = '/api/v1';

type JsonObject = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonObject;
  return rest;
}

function parameters(schema: z.ZodObject | null, where: 'query' | 'path'): JsonObject[] {
  if (schema === null) return [];
  const json = jsonSchema(schema, 'input');
  const properties = (json['properties'] ?? {}) as Record<string, JsonObject>;
  const required = new Set((json['required'] ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

const errorResponse = {
  description: 'An error: `{ "error": { "code": "...", "message": "..." } }` (400 bad input, 403 forbidden host or origin, 404 not found, 405 wrong method, 413 too large, 415 wrong media type, 422 nothing to answer, 500 internal)',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['error'],
        properties: {
          error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } },
        },
      },
    },
  },
};

/** The OpenAPI document listing every route (plus itself). */
export function buildOpenApi(routes: readonly ApiRoute[], info: { version: string }): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const r of routes) {
    const operation: JsonObject = {
      operationId: `${r.method}${r.path.replace(/\{([^}]+)\}/g, 'By-$1').replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ?? '').toUpperCase())}`,
      summary: r.summary,
      ...(r.description === undefined ? {} : { description: r.description }),
      tags: [r.tag],
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      responses: {
        ...Object.fromEntries(
          Object.entries(r.responses).map(([status, spec]) => [
            status,
            {
              description: spec.description,
              ...(spec.schema === null ? {} : { content: { 'application/json': { schema: jsonSchema(spec.schema, 'output') } } }),
            },
          ]),
        ),
        default: errorResponse,
      },
    };
    if (r.body !== null) {
      operation['requestBody'] = {
        description: r.body.description,
        required: true,
        content: Object.fromEntries(
          Object.entries(r.body.content).map(([type, schema]) => [type, schema === null ? {} : { schema: jsonSchema(schema, 'input') }]),
        ),
      };
    }
    (paths[r.path] ??= {})[r.method] = operation;
  }
  paths['/openapi.json'] = {
    get: {
      operationId: 'getOpenapiJson',
      summary: 'This document',
      tags: ['meta'],
      parameters: [],
      responses: { 200: { description: 'The OpenAPI document', content: { 'application/json': { schema: { type: 'object' } } } } },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Faultline API',
      version: info.version,
      description:
        'Events coded from news (who did what to whom, CAMEO and PLOVER), each tied to the sentence that proves it; tension, escalation, hotspots and the actor network computed from them. Every error is `{ "error": { "code", "message" } }`.',
    },
    servers: [{ url: API_PREFIX }],
    paths,
  };
}
