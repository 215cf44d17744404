// A request that declares a large body, sends only its first chunk and holds the rest back, so a
// test sees whether the server answers before reading the body (it must not wait for the rest).
import { request } from 'node:http';

const ANSWER_TIMEOUT_MS = 10_000;

export interface HeldUpload {
  /** The status and JSON body, once the server answers. */
  answer: Promise<{ status: number; body: unknown }>;
  /** Ends the request, sent or not. */
  close(): void;
}

/** Starts `method path` with a declared Content-Length of `declaredBytes`, sending 64 KiB of it. */
export function startHeldUpload(
  baseUrl: string,
  path: string,
  options: { method?: string; contentType: string; declaredBytes: number; token?: string },
): HeldUpload {
  const headers: Record<string, string> = {
    'content-type': options.contentType,
    'content-length': String(options.declaredBytes),
    ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
  };
  const outgoing = request(`${baseUrl}${path}`, { method: options.method ?? 'POST', headers });
  // Once the server has answered it may close the socket while we still hold the body.
  outgoing.on('error', () => undefined);
  const answer = new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new Error(`No answer within ${ANSWER_TIMEOUT_MS} ms: the server waits for the body.`),
        ),
      ANSWER_TIMEOUT_MS,
    );
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        clearTimeout(timer);
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({
          status: response.statusCode ?? 0,
          body: text === '' ? undefined : JSON.parse(text),
        });
      });
      response.on('error', reject);
    });
  });
  outgoing.write(Buffer.alloc(Math.min(64 * 1024, options.declaredBytes)));
  return { answer, close: () => outgoing.destroy() };
}
