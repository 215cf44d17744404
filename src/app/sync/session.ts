// The signed-in user on this device: set up the server, sign in and out; the token lives in meta.

import type { Role } from '../../domain/accounts';
import type { LocalStore } from '../store/local-store';
import { META } from '../store/meta-keys';

export interface SessionUser {
  id: string;
  organizationId: string;
  email: string;
  name: string;
  role: Role;
}

export interface Session {
  token: string;
  user: SessionUser;
  signedInAt: number;
}

export interface SignInForm {
  email: string;
  password: string;
}

export interface SetupForm extends SignInForm {
  organization: string;
  name: string;
}

/** A refusal from the server with its reason in words, or the network being unavailable. */
export class SessionError extends Error {
  override name = 'SessionError';
}

async function postJson(
  fetchFunction: typeof fetch,
  path: string,
  body: unknown,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchFunction(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new SessionError('The server cannot be reached. Signing in needs a connection once.');
  }
  const answer = (await response.json().catch(() => ({}))) as { message?: string };
  if (!response.ok)
    throw new SessionError(answer.message ?? `The server answered ${response.status}.`);
  return answer;
}

/** Session storage and the sign-in calls for one device. */
export function createSessionManager(
  store: LocalStore,
  now: () => number,
  fetchFunction: typeof fetch,
) {
  /** Ends the token on the server; false when the server could not be asked. */
  const logOutToken = (token: string): Promise<boolean> =>
    fetchFunction('/api/v1/auth/logout', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    }).then(
      (response) => response.ok || response.status === 401,
      () => false,
    );
  /** Ends the tokens signed out offline; those the server still cannot be asked about stay due. */
  const endPendingLogouts = async (): Promise<void> => {
    const pending = (await store.getMeta(META.logoutPending)) ?? [];
    if (pending.length === 0) return;
    const ended = await Promise.all(pending.map(logOutToken));
    const left = pending.filter((_token, index) => ended[index] !== true);
    await store.setMeta(META.logoutPending, left.length === 0 ? undefined : left);
  };
  /**
   * Binds the device's sync id to the user signing in. A different user than the last starts a
   * new id (the server refuses another user's pushes under an id), unless edits of the last user
   * still wait to be sent: those would go out in the new user's name, so sign-in is refused.
   */
  const takeDeviceFor = async (user: SessionUser, token: string): Promise<void> => {
    const previous = await store.getMeta(META.session);
    const deviceUser = (await store.getMeta(META.deviceUserId)) ?? previous?.user.id;
    if (deviceUser !== undefined && deviceUser !== user.id) {
      const waiting = await store.countOutbox();
      if (waiting > 0) {
        await logOutToken(token);
        throw new SessionError(
          `This device holds ${waiting} unsent ${waiting === 1 ? 'edit' : 'edits'} by the person who last signed in here. Sign in as them to send ${waiting === 1 ? 'it' : 'them'}, or save them with "Export all data" on the Sync screen first.`,
        );
      }
      await store.setMeta(META.deviceId, undefined);
      await store.setMeta(META.ackedSeq, undefined);
    }
    await store.setMeta(META.deviceUserId, user.id);
  };
  const save = async (answer: unknown): Promise<Session> => {
    const { token, user } = answer as { token: string; user: SessionUser };
    const owner = await store.getMeta(META.organizationId);
    if (owner !== undefined && owner !== user.organizationId) {
      // This device's records and unsynced edits belong to another organization: never mix them.
      await logOutToken(token);
      throw new SessionError(
        "This device holds another organization's records. Sign in with an account of that organization; to use this device for another one, export its data and clear this site's data in the browser first.",
      );
    }
    await takeDeviceFor(user, token);
    await endPendingLogouts();
    const session = { token, user, signedInAt: now() };
    await store.setMeta(META.session, session);
    await store.setMeta(META.organizationId, user.organizationId);
    return session;
  };
  return {
    current: () => store.getMeta(META.session),
    token: async () => (await store.getMeta(META.session))?.token,
    /** Whether the server still needs its first organization and admin. */
    async isSetupNeeded(): Promise<boolean> {
      try {
        const response = await fetchFunction('/api/v1/setup', { cache: 'no-store' });
        return ((await response.json()) as { needed: boolean }).needed;
      } catch {
        throw new SessionError('The server cannot be reached. Signing in needs a connection once.');
      }
    },
    signIn: async (form: SignInForm) =>
      save(await postJson(fetchFunction, '/api/v1/auth/login', form)),
    setUp: async (form: SetupForm) => save(await postJson(fetchFunction, '/api/v1/setup', form)),
    /**
     * Forgets the token and ends it on the server, or at the next sign-in when the server cannot
     * be reached now; the records and unsynced edits on the device stay.
     */
    async signOut(): Promise<void> {
      const session = await store.getMeta(META.session);
      await store.setMeta(META.session, undefined);
      if (session === undefined || (await logOutToken(session.token))) return;
      const pending = (await store.getMeta(META.logoutPending)) ?? [];
      await store.setMeta(META.logoutPending, [...pending, session.token]);
    },
  };
}

export type SessionManager = ReturnType<typeof createSessionManager>;

/** What a token rotation came to: done, nothing to rotate, no connection, or refused. */
export type RotationOutcome = 'rotated' | 'no-session' | 'offline' | 'refused';

/**
 * Exchanges the device's token for a new one (POST /api/v1/auth/rotate), which ends the old one
 * on the server at once, and keeps the new one in place of the old. A refusal whose token another
 * tab has rotated meanwhile counts as done.
 */
export async function rotateToken(
  store: LocalStore,
  fetchFunction: typeof fetch,
): Promise<RotationOutcome> {
  const session = await store.getMeta(META.session);
  if (session === undefined) return 'no-session';
  let response: Response;
  try {
    response = await fetchFunction('/api/v1/auth/rotate', {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}` },
    });
  } catch {
    return 'offline';
  }
  const latest = await store.getMeta(META.session);
  if (!response.ok) {
    if (response.status !== 401 && response.status !== 403) return 'offline';
    return latest !== undefined && latest.token !== session.token ? 'rotated' : 'refused';
  }
  const { token, user } = (await response.json()) as { token: string; user: SessionUser };
  // Signed out (or in as someone else) while the request was out: the answer is not theirs.
  if (latest?.token !== session.token) return latest === undefined ? 'no-session' : 'rotated';
  await store.setMeta(META.session, { ...session, token, user });
  return 'rotated';
}
