import { describe, expect, it } from 'vitest';
import {
  createIdMaker,
  derivedId,
  isRecordId,
  makeUuidV7,
  uuidV7FromParts,
  uuidV7TimestampMs,
} from '../../src/domain/ids';

const T0_MS = Date.UTC(2025, 4, 6, 9, 30);
const zeroBytes = (count: number) => new Uint8Array(count);
const fullBytes = (count: number) => new Uint8Array(count).fill(0xff);

describe('UUID v7 record ids', () => {
  it('puts the millisecond timestamp in the first 48 bits', () => {
    const id = uuidV7FromParts(0x0123_4567_89ab, zeroBytes(10));
    expect(id).toBe('01234567-89ab-7000-8000-000000000000');
  });

  it('sets the version and variant bits whatever the random bytes', () => {
    const id = makeUuidV7(() => T0_MS, fullBytes);
    expect(id[14]).toBe('7');
    expect(id[19]).toBe('b');
    expect(isRecordId(id)).toBe(true);
  });

  it('reads back the creation time', () => {
    expect(uuidV7TimestampMs(makeUuidV7(() => T0_MS, fullBytes))).toBe(T0_MS);
  });

  it('gives different ids in the same millisecond from different random bytes', () => {
    let counter = 0;
    const randomBytes = (count: number) => {
      counter += 1;
      return new Uint8Array(count).fill(counter);
    };
    const makeId = createIdMaker(() => T0_MS, randomBytes);
    expect(makeId()).not.toBe(makeId());
  });

  it('sorts ids by creation time', () => {
    const earlier = makeUuidV7(() => T0_MS, fullBytes);
    const later = makeUuidV7(() => T0_MS + 1, zeroBytes);
    expect(earlier < later).toBe(true);
  });

  it('refuses a timestamp that does not fit 48 bits', () => {
    expect(() => uuidV7FromParts(-1, zeroBytes(10))).toThrow(RangeError);
    expect(() => uuidV7FromParts(2 ** 48, zeroBytes(10))).toThrow(RangeError);
  });

  it('refuses too few random bytes', () => {
    expect(() => uuidV7FromParts(T0_MS, zeroBytes(9))).toThrow(RangeError);
  });
});

describe('isRecordId', () => {
  it('accepts a lower-case UUID of any version', () => {
    expect(isRecordId('0196a4b2-1c3d-4e5f-9a0b-1c2d3e4f5a6b')).toBe(true);
  });

  it('refuses upper case, so one record never has two spellings', () => {
    expect(isRecordId('0196A4B2-1C3D-7E5F-9A0B-1C2D3E4F5A6B')).toBe(false);
  });

  it('refuses anything that is not a UUID', () => {
    expect(isRecordId('room-1')).toBe(false);
    expect(isRecordId(42)).toBe(false);
    expect(isRecordId('00000000-0000-0000-0000-000000000000')).toBe(false);
  });
});

describe('derivedId', () => {
  it('gives the same id for the same parts on every call', () => {
    expect(derivedId('finding', 'room-1', 'home.bath.grab-bar')).toBe(
      derivedId('finding', 'room-1', 'home.bath.grab-bar'),
    );
  });

  it('gives different ids for different rooms or items', () => {
    const ids = new Set([
      derivedId('finding', 'room-1', 'item-a'),
      derivedId('finding', 'room-2', 'item-a'),
      derivedId('finding', 'room-1', 'item-b'),
      derivedId('finding', 'room-1item-a', ''),
    ]);
    expect(ids.size).toBe(4);
  });

  it('is a valid record id (UUID version 8)', () => {
    const id = derivedId('finding', 'room-1', 'item-a');
    expect(isRecordId(id)).toBe(true);
    expect(id[14]).toBe('8');
  });
});
