// Reading an OpenAPI document in tests: walking it, validating against it, and the server's routes.
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import type { FastifyInstance } from 'fastify';
import type { OpenApiDocument } from '../../../src/server/openapi';

const DOCUMENT_ID = 'openapi.json';

/** The value at a path of keys (a JSON pointer's parts, unescaped), or undefined. */
export function at(root: unknown, keys: readonly string[]): unknown {
  return keys.reduce<unknown>((node, key) => {
    if (typeof node !== 'object' || node === null) return undefined;
    return (node as Record<string, unknown>)[key.replaceAll('~1', '/').replaceAll('~0', '~')];
  }, root);
}

/** Every `$ref` value anywhere in the document. */
export function localRefs(node: unknown): string[] {
  if (typeof node !== 'object' || node === null) return [];
  const own = '$ref' in node && typeof node.$ref === 'string' ? [node.$ref] : [];
  return [...own, ...Object.values(node).flatMap(localRefs)];
}

/**
 * A maker of validators for `{$ref: '#/…'}` schemas of the document, with Ajv's JSON Schema
 * 2020-12 (OpenAPI's `discriminator` is ignored and formats are not checked).
 */
export function documentValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema(document, DOCUMENT_ID);
  return (schema: unknown): ValidateFunction => {
    const ref = at(schema, ['$ref']);
    if (typeof ref !== 'string' || !ref.startsWith('#/'))
      throw new Error(`Expected a local $ref, got ${JSON.stringify(schema)}`);
    return ajv.compile({ $ref: `${DOCUMENT_ID}${ref}` });
  };
}

/** The response the document gives for one operation's status, if any. */
export function responseOf(
  document: OpenApiDocument,
  path: string,
  method: string,
  status: number,
): unknown {
  return at(document.paths, [path, method, 'responses', String(status)]);
}

/** The error codes the document gives for one operation's status. */
export function documentedErrorCodes(
  document: OpenApiDocument,
  path: string,
  method: string,
  status: number,
): string[] {
  const schema = at(responseOf(document, path, method, status), ['content', 'application/json']);
  const codes = at(schema, ['schema', 'allOf', '1', 'properties', 'code', 'enum']);
  return Array.isArray(codes) ? codes : [];
}

/** Every `<path> <METHOD>` the server answers, read from Fastify's printed route tree. */
export function registeredRoutes(server: FastifyInstance): string[] {
  const segments: string[] = [];
  const routes: string[] = [];
  for (const line of server.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (match === null) continue;
    const [, indent = '', segment = '', methods] = match;
    segments.length = indent.length / 4;
    segments.push(segment);
    const path = segments.join('');
    for (const method of methods?.split(', ') ?? []) routes.push(`${path} ${method}`);
  }
  return routes;
}
