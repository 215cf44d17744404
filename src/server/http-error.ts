// Errors that become a clear 4xx answer with a code, and the parsing of request bodies.
import * as v from 'valibot';

/** An error answered to the client as `{code, message}` with its status (and any headers). */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/** Parses a request body with a valibot schema, or throws a 400 naming what is wrong. */
export function parseBody<Schema extends v.GenericSchema>(
  schema: Schema,
  body: unknown,
): v.InferOutput<Schema> {
  const result = v.safeParse(schema, body);
  if (!result.success) {
    throw new HttpError(400, 'invalid_body', result.issues.map(describeIssue).join('; '));
  }
  return result.output;
}
