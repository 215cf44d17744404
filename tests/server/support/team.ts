// An organization's team for a test: an admin, and users of other roles added through the admin API.
import { type JsonResponse, requestJson } from './http';

export type Role = 'admin' | 'therapist' | 'reviewer';

export interface Member {
  id: string;
  email: string;
  password: string;
  token: string;
}

/** Adds a user through the admin API and signs them in (two password hashes, about 0.6 s). */
export async function addMember(
  baseUrl: string,
  adminToken: string,
  role: Role,
  email: string,
): Promise<Member> {
  const password = `${role} pass phrase 42`;
  const created = await requestJson(baseUrl, 'POST', '/api/v1/users', {
    token: adminToken,
    body: { name: `${role} ${email}`, email, role, password },
  });
  if (created.status !== 201) throw new Error(`Adding failed: ${JSON.stringify(created.body)}`);
  const id = (created.body as { user: { id: string } }).user.id;
  return { id, email, password, token: await logIn(baseUrl, email, password) };
}

/** Signs in and returns the token; fails the test on any other answer. */
export async function logIn(baseUrl: string, email: string, password: string): Promise<string> {
  const login = await requestJson(baseUrl, 'POST', '/api/v1/auth/login', {
    body: { email, password },
  });
  if (login.status !== 200) throw new Error(`Login failed: ${JSON.stringify(login.body)}`);
  return (login.body as { token: string }).token;
}

/** The id of the signed-in user of a token. */
export async function userIdOf(baseUrl: string, token: string): Promise<string> {
  const me = await requestJson(baseUrl, 'GET', '/api/v1/auth/me', { token });
  return (me.body as { user: { id: string } }).user.id;
}

/** Sends a JSON request with extra headers (a forwarded address, say). */
export async function requestWithHeaders(
  url: string,
  method: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<JsonResponse> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text === '' ? undefined : JSON.parse(text),
    headers: response.headers,
  };
}
