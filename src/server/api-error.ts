// The one error type of the HTTP API, and how every error is rendered:
// `{ "error": { "code": "...", "message": "..." } }` with an HTTP status.

import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { CliError } from '../cli/cli-error.js';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The envelope every failed request gets. */
export interface ErrorBody {
  error: { code: string; message: string };
}

/** "country: expected …; limit: too big" from zod's issues. */
export function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** Maps any thrown value to a status and an envelope; unknown errors are logged and hidden. */
export function toApiError(error: unknown, log: (line: string) => void): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ZodError) return new ApiError(400, 'bad-request', describeZodError(error));
  if (error instanceof CliError) return new ApiError(400, error.code, error.message);
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  log(`server error: ${message}`);
  return new ApiError(500, 'internal', 'internal error: see the server log');
}

export function renderError(c: Context, error: ApiError): Response {
  const body: ErrorBody = { error: { code: error.code, message: error.message } };
  return c.json(body, error.status);
}
