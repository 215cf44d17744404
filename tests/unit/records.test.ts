// Typed records restored from stored fields: what a screen reads is always of its field's type.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { RecordId } from '../../src/domain/ids';
import { type Finding, restoreRecord } from '../../src/domain/records';
import { recordId } from './support/sync-fixtures';

describe('restoreRecord', () => {
  it('keeps the values its fields accept and leaves out cleared, unknown and damaged ones', () => {
    const finding = restoreRecord('finding', recordId(2), {
      answer: 'barrier',
      severity: 'extreme',
      notes: null,
      measurements: { 'door.clear-width': 711 },
      roomId: 'not a uuid',
      retiredField: 'from an older shape',
    });
    expect(finding).toEqual({
      entity: 'finding',
      id: recordId(2),
      fields: { answer: 'barrier', measurements: { 'door.clear-width': 711 } },
    });
  });

  it('types each field by the registry', () => {
    const finding: Finding = restoreRecord('finding', recordId(2), {});
    expectTypeOf(finding.fields.answer).toEqualTypeOf<'ok' | 'barrier' | 'na' | undefined>();
    expectTypeOf(finding.fields.roomId).toEqualTypeOf<RecordId | undefined>();
    expectTypeOf(finding.fields.measurements).toEqualTypeOf<Record<string, number> | undefined>();
  });
});
