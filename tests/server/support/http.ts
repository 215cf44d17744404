// Small helpers for talking JSON to a test server.

export interface JsonResponse {
  status: number;
  body: unknown;
  headers: Headers;
}

/** Sends `body` as JSON (or a raw string) with an optional bearer token and reads the JSON answer. */
export async function requestJson(
  baseUrl: string,
  method: string,
  path: string,
  options: { body?: unknown; rawBody?: string; token?: string } = {},
): Promise<JsonResponse> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined || options.rawBody !== undefined)
    headers['content-type'] = 'application/json';
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body:
      options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text === '' ? undefined : JSON.parse(text),
    headers: response.headers,
  };
}

export const ADMIN = {
  organization: 'Riverside Community OT',
  name: 'Grace Admin',
  email: 'grace@riverside.example',
  password: 'correct horse battery',
};
