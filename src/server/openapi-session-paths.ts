// The session operations of the document: exchanging a live token for a new one.
import { jsonAnswer, type OpenApiObject, operation } from './openapi-paths';

/** The token rotation path. */
export function sessionPaths(): Record<string, OpenApiObject> {
  return {
    '/api/v1/auth/rotate': {
      post: operation({
        operationId: 'rotateToken',
        summary: 'Exchange the bearer token for a new one; the old one ends at once',
        description:
          'The new token keeps the expiry of the old session. Of concurrent rotations of one token at most one succeeds; the others, and any later use of the old token, answer 401 `unauthenticated`. A device rotates its token when its app lock is turned on, so a copy of the token stored before then no longer works.',
        tag: 'accounts',
        security: 'bearer',
        responses: { 200: jsonAnswer('The new token and its user.', 'Session') },
        errors: ['unauthenticated'],
      }),
    },
  };
}
