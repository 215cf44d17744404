// Photo bytes by SHA-256: PUT checks hash, type and size; GET and HEAD read them; all per organization.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PHOTO_MAX_BYTES } from '../../domain/entities';
import type { Accounts } from '../auth/accounts';
import { requireRole } from '../auth/roles';
import type { Database } from '../db/database';
import { HttpError } from '../http-error';
import { requireUser } from './accounts-routes';

const SHA256_PATTERN = /^[0-9a-f]{64}$/;
const IMAGE_SIGNATURES: { mimeType: string; matches: (bytes: Buffer) => boolean }[] = [
  {
    mimeType: 'image/jpeg',
    matches: (bytes) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff,
  },
  {
    mimeType: 'image/png',
    matches: (bytes) => bytes.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])),
  },
  {
    mimeType: 'image/webp',
    matches: (bytes) =>
      bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP',
  },
];
export const BLOB_MIME_TYPES = IMAGE_SIGNATURES.map((signature) => signature.mimeType);

/** The image type the bytes really are, whatever the request claimed. */
export function sniffImageType(bytes: Buffer): string | undefined {
  return IMAGE_SIGNATURES.find((signature) => signature.matches(bytes))?.mimeType;
}

function hashParameter(request: FastifyRequest): string {
  const { sha256 } = request.params as { sha256: string };
  if (!SHA256_PATTERN.test(sha256)) {
    throw new HttpError(
      400,
      'invalid_hash',
      'The address must end in the SHA-256 of the bytes, 64 lower-case hex digits.',
    );
  }
  return sha256;
}

/**
 * Registers the blob routes in a plugin context of their own: image bodies are read here only,
 * so no other route buffers one, and this route reads nothing but images. Fastify refuses a
 * Content-Length over the route's limit before reading, and stops reading at the limit.
 */
export function registerBlobRoutes(
  server: FastifyInstance,
  accounts: Accounts,
  database: Database,
): void {
  server.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      BLOB_MIME_TYPES,
      { parseAs: 'buffer', bodyLimit: PHOTO_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );
    registerBlobHandlers(scope, accounts, database);
  });
}

function registerBlobHandlers(
  server: FastifyInstance,
  accounts: Accounts,
  database: Database,
): void {
  const { db } = database;

  server.put('/api/v1/blobs/:sha256', { bodyLimit: PHOTO_MAX_BYTES }, async (request, reply) => {
    const user = await requireUser(accounts, request);
    requireRole(user, ['admin', 'therapist'], 'upload photos');
    const sha256 = hashParameter(request);
    const bytes = request.body;
    if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
      throw new HttpError(
        400,
        'empty_body',
        'Send the photo bytes as image/jpeg, image/png or image/webp.',
      );
    }
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
      throw new HttpError(
        400,
        'hash_mismatch',
        'The bytes do not match the SHA-256 in the address; nothing was stored.',
      );
    }
    const mimeType = sniffImageType(bytes);
    if (mimeType === undefined || mimeType !== request.headers['content-type']) {
      throw new HttpError(
        400,
        'not_an_image',
        `The bytes are not a ${request.headers['content-type']} image.`,
      );
    }
    const result = await db
      .insertInto('blobs')
      .values({
        organization_id: user.organizationId,
        sha256,
        mime_type: mimeType,
        byte_size: bytes.length,
        bytes,
        created_by: user.id,
        created_at: Date.now(),
      })
      .onConflict((conflict) => conflict.columns(['organization_id', 'sha256']).doNothing())
      .executeTakeFirst();
    const isNew = Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    return reply.code(isNew ? 201 : 200).send({ sha256, byteSize: bytes.length, mimeType });
  });

  server.get('/api/v1/blobs/:sha256', async (request, reply) => {
    const user = await requireUser(accounts, request);
    const sha256 = hashParameter(request);
    const row = await db
      .selectFrom('blobs')
      .select(['mime_type', 'bytes'])
      .where('organization_id', '=', user.organizationId)
      .where('sha256', '=', sha256)
      .executeTakeFirst();
    if (row === undefined)
      throw new HttpError(404, 'blob_not_found', 'This photo has not reached the server yet.');
    reply
      .header('content-type', row.mime_type)
      .header('cache-control', 'private, max-age=31536000, immutable');
    return reply.send(Buffer.from(row.bytes));
  });
}
