// A browser profile as a thief reads it from a tablet's disk: every file, as bytes, searched for
// text in the encodings Chromium writes (UTF-8 and Latin-1 in IndexedDB and History, UTF-16 in
// Sessions) and for raw bytes.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { type BrowserContext, chromium, type TestInfo } from '@playwright/test';

/** A profile directory of the test's own, so it can be searched after the browser has closed. */
export function newProfileDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'homeassess-profile-'));
}

/** Chromium on that profile, with the project's launch arguments, viewport and base address. */
export function launchTablet(info: TestInfo, profile: string): Promise<BrowserContext> {
  const { launchOptions, baseURL, viewport } = info.project.use;
  return chromium.launchPersistentContext(profile, {
    executablePath: launchOptions?.executablePath,
    args: launchOptions?.args,
    baseURL,
    viewport: viewport ?? { width: 810, height: 1080 },
    hasTouch: true,
  });
}

function* filesUnder(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/** Where each needle is found, by name: the files (relative to the profile) holding it. */
export function findOnDisk(
  profile: string,
  needles: Record<string, string | Buffer>,
): Record<string, string[]> {
  const patterns = Object.entries(needles).map(([name, needle]) => ({
    name,
    encodings:
      typeof needle === 'string'
        ? [
            Buffer.from(needle, 'utf8'),
            Buffer.from(needle, 'latin1'),
            Buffer.from(needle, 'utf16le'),
          ]
        : [needle],
  }));
  const found: Record<string, string[]> = Object.fromEntries(
    patterns.map(({ name }) => [name, []]),
  );
  for (const path of filesUnder(profile)) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      continue; // A lock file or socket the closed browser left.
    }
    for (const { name, encodings } of patterns)
      if (encodings.some((encoding) => bytes.includes(encoding)))
        found[name]?.push(path.slice(profile.length));
  }
  return found;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, checksum]);
}

/**
 * A PNG of random colour noise: the JPEG the app makes of it has a run of bytes found nowhere
 * else, unlike a one-pixel image whose JPEG is mostly the encoder's fixed tables.
 */
export function noisePng(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows: Buffer[] = [];
  for (let row = 0; row < size; row += 1)
    rows.push(
      Buffer.from([0, ...Array.from({ length: size * 3 }, () => Math.floor(Math.random() * 256))]),
    );
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
