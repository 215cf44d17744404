// The e2e server's organization: set up once through the API, then people sign in through the app.
import type { APIRequestContext } from '@playwright/test';

export const THERAPIST = {
  organization: 'Riverside Community OT',
  name: 'Grace Okafor',
  email: 'grace@riverside.example',
  password: 'correct horse battery',
};

/** Creates the organization if the server is new; a server already set up is left as it is. */
export async function ensureOrganization(request: APIRequestContext): Promise<void> {
  const response = await request.post('/api/v1/setup', { data: THERAPIST });
  if (response.status() !== 201 && response.status() !== 409) {
    throw new Error(`Setup failed with ${response.status()}: ${await response.text()}`);
  }
}

/** A one-pixel PNG, as a camera or file picker would hand the app a photo. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
