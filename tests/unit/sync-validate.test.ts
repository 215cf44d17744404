import { describe, expect, it } from 'vitest';
import { MAX_CLOCK_SKEW_MS, type RawPatch } from '../../src/sync/protocol';
import { validatePatch } from '../../src/sync/validate-patch';
import { aPatch, recordId, T0_MS } from './support/sync-fixtures';

const HOUR_MS = 3_600_000;

function verdictOf(overrides: Partial<Record<keyof RawPatch, unknown>>) {
  return validatePatch({ ...aPatch(), ...overrides } as RawPatch, T0_MS);
}

function codeOf(overrides: Partial<Record<keyof RawPatch, unknown>>) {
  const verdict = verdictOf(overrides);
  return verdict.ok ? 'ok' : verdict.code;
}

function withField(entity: string, field: string, value: unknown) {
  return verdictOf({ entity, set: { [field]: value }, base: {} });
}

describe('validatePatch: what it accepts', () => {
  it('accepts a sound patch and returns it typed', () => {
    const verdict = verdictOf({});
    expect(verdict).toEqual({ ok: true, patch: aPatch() });
  });

  it('accepts null to clear a field', () => {
    expect(withField('finding', 'severity', null).ok).toBe(true);
  });

  it('treats a missing base as "never seen" (version 0)', () => {
    expect(verdictOf({ base: undefined })).toMatchObject({ ok: true, patch: { base: {} } });
  });

  it('accepts measurements as a map of numbers', () => {
    const verdict = withField('finding', 'measurements', { 'door-clear-width': 812.8 });
    expect(verdict.ok).toBe(true);
  });

  it('lets a device mark a conflict resolved', () => {
    expect(withField('conflict', 'resolved', true).ok).toBe(true);
  });

  it('accepts a device clock up to 24 hours ahead', () => {
    expect(codeOf({ at: T0_MS + MAX_CLOCK_SKEW_MS })).toBe('ok');
  });
});

describe('validatePatch: what it refuses', () => {
  it('refuses an unknown entity', () => {
    expect(codeOf({ entity: 'invoice' })).toBe('unknown_entity');
  });

  it('refuses an id that is not a UUID', () => {
    expect(codeOf({ id: 'finding-1' })).toBe('invalid_id');
  });

  it('refuses a patch that sets nothing', () => {
    expect(codeOf({ set: {}, base: {} })).toBe('empty_patch');
  });

  it('refuses a set that is not an object', () => {
    expect(codeOf({ set: ['answer'] })).toBe('empty_patch');
  });

  it('names the unknown field in its message', () => {
    const verdict = withField('finding', 'colour', 'red');
    expect(verdict).toMatchObject({ ok: false, code: 'unknown_field' });
    expect(verdict.ok || verdict.message).toContain('"colour"');
  });

  it('refuses a value of the wrong type, naming the field', () => {
    const verdict = withField('room', 'skipped', 'yes');
    expect(verdict).toMatchObject({
      ok: false,
      code: 'wrong_type',
      message: expect.stringContaining('room.skipped'),
    });
  });

  it('refuses a name longer than 200 characters', () => {
    expect(withField('client', 'name', 'x'.repeat(201))).toMatchObject({ code: 'too_long' });
  });

  it('refuses notes longer than 10 000 characters', () => {
    expect(withField('finding', 'notes', 'x'.repeat(10_001))).toMatchObject({ code: 'too_long' });
  });

  it('refuses a number outside its range', () => {
    expect(withField('goal', 'performanceBaseline', 11)).toMatchObject({ code: 'out_of_range' });
  });

  it('refuses a fraction where a whole number is needed', () => {
    expect(withField('client', 'fallsInLast12Months', 1.5)).toMatchObject({ code: 'wrong_type' });
  });

  it('refuses infinity', () => {
    expect(withField('room', 'order', Number.POSITIVE_INFINITY)).toMatchObject({
      code: 'wrong_type',
    });
  });

  it('refuses a value outside an enum, listing the options', () => {
    const verdict = withField('finding', 'answer', 'maybe');
    expect(verdict).toMatchObject({
      code: 'not_an_option',
      message: expect.stringContaining('ok, barrier, na'),
    });
  });

  it('refuses an impossible calendar date', () => {
    expect(withField('client', 'dateOfBirth', '1950-02-30')).toMatchObject({ code: 'wrong_type' });
    expect(withField('client', 'dateOfBirth', '1950-02-28').ok).toBe(true);
  });

  it('refuses a reference that is not a record id', () => {
    expect(withField('room', 'assessmentId', 'abc')).toMatchObject({ code: 'wrong_type' });
    expect(withField('room', 'assessmentId', recordId(7)).ok).toBe(true);
  });

  it('refuses a photo hash that is not SHA-256 hex', () => {
    expect(withField('photo', 'sha256', 'abc')).toMatchObject({ code: 'wrong_type' });
    expect(withField('photo', 'sha256', 'a'.repeat(64)).ok).toBe(true);
  });

  it('refuses a list with a non-text entry', () => {
    expect(withField('client', 'conditions', ['stroke', 3])).toMatchObject({ code: 'wrong_type' });
  });

  it('refuses a measurement that is not a number', () => {
    const verdict = withField('finding', 'measurements', { 'door-clear-width': '32 in' });
    expect(verdict).toMatchObject({ code: 'wrong_type' });
  });

  it('refuses JSON larger than its field allows', () => {
    expect(withField('setting', 'value', { text: 'x'.repeat(100_000) })).toMatchObject({
      code: 'too_long',
    });
  });

  it('refuses a device write to a server-made conflict field', () => {
    expect(withField('conflict', 'keptValue', 'x')).toMatchObject({ code: 'read_only_field' });
  });

  it('refuses a negative or fractional base version', () => {
    expect(codeOf({ base: { answer: -1 } })).toBe('invalid_base');
    expect(codeOf({ base: { answer: 1.5 } })).toBe('invalid_base');
  });

  it('refuses a base for a field the patch does not set', () => {
    expect(codeOf({ base: { answer: 0, notes: 3 } })).toBe('invalid_base');
  });

  it('refuses a device clock more than 24 hours ahead of the server', () => {
    expect(codeOf({ at: T0_MS + MAX_CLOCK_SKEW_MS + 1 })).toBe('clock_ahead');
  });

  it('tells the person how far ahead the clock is', () => {
    const verdict = verdictOf({ at: T0_MS + 30 * HOUR_MS });
    expect(verdict.ok || verdict.message).toContain('30 hours ahead');
  });

  it('refuses an edit time that is not a number', () => {
    expect(codeOf({ at: '2025-05-06' })).toBe('wrong_type');
  });

  it('refuses an edit time that is not a whole number of milliseconds, saying so', () => {
    expect(verdictOf({ at: T0_MS + 0.5 })).toMatchObject({
      ok: false,
      code: 'wrong_type',
      message: expect.stringContaining('whole number of milliseconds'),
    });
    expect(codeOf({ at: Number.NaN })).toBe('wrong_type');
  });

  it('refuses an edit time before 1970 or past what a 64-bit column and a double both hold', () => {
    expect(codeOf({ at: -1 })).toBe('out_of_range');
    expect(codeOf({ at: 2 ** 53 })).toBe('out_of_range');
    expect(codeOf({ at: 1e300 })).toBe('out_of_range');
  });
});
