import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ENTITY_FIELDS,
  ENTITY_NAMES,
  type EntityFields,
  fieldSpec,
  isDeviceWritable,
  isEntityName,
} from '../../src/domain/entities';
import type { RecordId } from '../../src/domain/ids';

/** The field names design.md section 4 fixes, so every part of the system agrees on them. */
const FIXED_FIELDS: Record<string, string[]> = {
  client: ['name'],
  assessment: ['clientId', 'setting', 'type', 'baselineId'],
  room: ['assessmentId', 'name'],
  finding: ['roomId', 'itemId', 'answer', 'severity', 'notes'],
  photo: ['ownerId', 'sha256'],
  intervention: ['findingId', 'title'],
  comment: ['assessmentId', 'text'],
};

describe('entity registry', () => {
  it('has every entity of the data model', () => {
    expect(ENTITY_NAMES).toEqual(
      expect.arrayContaining(['client', 'assessment', 'room', 'finding', 'intervention']),
    );
    expect(ENTITY_NAMES).toEqual(
      expect.arrayContaining(['photo', 'goal', 'comment', 'conflict', 'checklist', 'setting']),
    );
  });

  it.each(Object.entries(FIXED_FIELDS))('has the fixed field names of %s', (entity, fields) => {
    expect(Object.keys(ENTITY_FIELDS)).toContain(entity);
    for (const field of fields) {
      expect(isEntityName(entity) && fieldSpec(entity, field)).toBeTruthy();
    }
  });

  it.each(ENTITY_NAMES)('lets %s be deleted with a tombstone', (entity) => {
    expect(fieldSpec(entity, 'deleted')).toEqual({ kind: 'boolean' });
  });

  it('uses the fixed values for the assessment setting and type', () => {
    expect(fieldSpec('assessment', 'setting')).toMatchObject({
      values: ['home', 'workplace', 'school'],
    });
    expect(fieldSpec('assessment', 'type')).toMatchObject({ values: ['initial', 'follow-up'] });
  });

  it('does not mistake inherited object keys for fields', () => {
    expect(fieldSpec('client', 'toString')).toBeUndefined();
    expect(isEntityName('constructor')).toBe(false);
  });

  it('lets devices write only `resolved` on a conflict', () => {
    expect(isDeviceWritable('conflict', 'resolved')).toBe(true);
    expect(isDeviceWritable('conflict', 'keptValue')).toBe(false);
    expect(isDeviceWritable('finding', 'answer')).toBe(true);
  });

  it('types the fields of each entity from the registry', () => {
    expectTypeOf<EntityFields<'finding'>['answer']>().toEqualTypeOf<
      'ok' | 'barrier' | 'na' | null | undefined
    >();
    expectTypeOf<EntityFields<'room'>['assessmentId']>().toEqualTypeOf<
      RecordId | null | undefined
    >();
    expectTypeOf<EntityFields<'client'>['conditions']>().toEqualTypeOf<
      string[] | null | undefined
    >();
  });
});
