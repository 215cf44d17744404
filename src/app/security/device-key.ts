// The device's own authenticator (screen lock or fingerprint) as a key source, through WebAuthn's PRF extension.
import type { DeviceBinding } from './key-vault';

/** `unknown`: the browser cannot say whether its authenticator has PRF; trying tells. */
export type DeviceKeyAvailability = 'available' | 'unknown' | 'unavailable';

/** A key that only this device's authenticator gives, after the person passes its screen lock. */
export interface DeviceKeySource {
  availability(): Promise<DeviceKeyAvailability>;
  /** Makes a credential on the authenticator; returns its PRF output too when the browser gives it at once. */
  enroll(userName: string): Promise<{ binding: DeviceBinding; devicePrf?: Uint8Array }>;
  /** The credential's 32-byte PRF output for the binding's salt; asks for the screen lock. */
  evaluate(binding: DeviceBinding): Promise<Uint8Array>;
}

export type DeviceKeyErrorCode = 'cancelled' | 'no-prf' | 'unavailable' | 'failed';

/** The authenticator did not give a key; the message says why in words. */
export class DeviceKeyError extends Error {
  override name = 'DeviceKeyError';
  constructor(
    readonly code: DeviceKeyErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const NO_PRF =
  "This device's screen lock cannot make a key for HomeAssess: the browser or the authenticator lacks the feature it needs (WebAuthn PRF). Use a passphrase instead.";

const random = (count: number) => crypto.getRandomValues(new Uint8Array(count));

function explained(error: unknown): DeviceKeyError {
  if (error instanceof DeviceKeyError) return error;
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'AbortError')
    return new DeviceKeyError(
      'cancelled',
      'The screen lock check was cancelled or timed out. Try again.',
    );
  if (name === 'SecurityError' || name === 'NotSupportedError')
    return new DeviceKeyError(
      'unavailable',
      "This address cannot use the device's screen lock: it needs the app's own web address over HTTPS. Use a passphrase instead.",
    );
  const detail = error instanceof Error ? error.message : String(error);
  return new DeviceKeyError('failed', `The device's screen lock did not answer: ${detail}`);
}

function prfFirst(credential: Credential | null): Uint8Array | undefined {
  if (!(credential instanceof PublicKeyCredential)) return undefined;
  const first = credential.getClientExtensionResults().prf?.results?.first;
  if (first === undefined) return undefined;
  return first instanceof ArrayBuffer
    ? new Uint8Array(first)
    : new Uint8Array(first.buffer, first.byteOffset, first.byteLength);
}

async function availability(): Promise<DeviceKeyAvailability> {
  if (typeof PublicKeyCredential === 'undefined') return 'unavailable';
  if (!(await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable()))
    return 'unavailable';
  if (typeof PublicKeyCredential.getClientCapabilities !== 'function') return 'unknown';
  const capabilities = await PublicKeyCredential.getClientCapabilities();
  return capabilities['extension:prf'] === true ? 'available' : 'unavailable';
}

async function enroll(userName: string) {
  const prfSalt = random(32);
  try {
    const credential = await navigator.credentials.create({
      publicKey: {
        rp: { name: 'HomeAssess' },
        user: { id: random(16), name: userName, displayName: userName },
        challenge: random(32),
        pubKeyCredParams: [
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -257 },
        ],
        authenticatorSelection: {
          authenticatorAttachment: 'platform',
          userVerification: 'required',
          residentKey: 'discouraged',
        },
        timeout: 120_000,
        extensions: { prf: { eval: { first: prfSalt } } },
      },
    });
    if (!(credential instanceof PublicKeyCredential))
      throw new DeviceKeyError('failed', 'The device made no credential.');
    if (credential.getClientExtensionResults().prf?.enabled !== true)
      throw new DeviceKeyError('no-prf', NO_PRF);
    const binding = { credentialId: new Uint8Array(credential.rawId), prfSalt };
    return { binding, devicePrf: prfFirst(credential) };
  } catch (error) {
    throw explained(error);
  }
}

async function evaluate(binding: DeviceBinding): Promise<Uint8Array> {
  try {
    const credential = await navigator.credentials.get({
      publicKey: {
        challenge: random(32),
        allowCredentials: [{ type: 'public-key', id: binding.credentialId as BufferSource }],
        userVerification: 'required',
        timeout: 120_000,
        extensions: { prf: { eval: { first: binding.prfSalt as BufferSource } } },
      },
    });
    const output = prfFirst(credential);
    if (output === undefined) throw new DeviceKeyError('no-prf', NO_PRF);
    return output;
  } catch (error) {
    throw explained(error);
  }
}

/** This browser's platform authenticator through WebAuthn. */
export const webAuthnDeviceKeys: DeviceKeySource = { availability, enroll, evaluate };
