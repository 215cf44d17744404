// What an export takes of an assessment: its own live records, found by visit, room, finding or owner.
import { describe, expect, it } from 'vitest';
import {
  collectAssessment,
  collectAssessments,
  type ExportRecord,
  modelRecords,
} from '../../src/domain/exports/export-model';
import { homeVisitRecords, idOf, sourceOf } from './exports-fixtures';

const withoutVisitId = (record: ExportRecord): ExportRecord => {
  const { assessmentId: _visit, ...fields } = record.fields;
  return { ...record, fields };
};

describe('the records of an assessment', () => {
  it('finds findings by room, interventions by finding and photos by owner, without the visit id', () => {
    const records = homeVisitRecords().map((record) =>
      ['finding', 'intervention', 'photo'].includes(record.entity)
        ? withoutVisitId(record)
        : record,
    );
    const model = collectAssessment(idOf('visit'), sourceOf(records));
    expect(model?.findings).toHaveLength(5);
    expect(model?.interventions).toHaveLength(4);
    expect(model?.photos).toHaveLength(1);
  });

  it('leaves out deleted records and cleared fields', () => {
    const records = homeVisitRecords().map((record) =>
      record.id === idOf('visit/phone-2')
        ? { ...record, fields: { ...record.fields, deleted: true } }
        : record.id === idOf('visit/door')
          ? { ...record, fields: { ...record.fields, severity: null } }
          : record,
    );
    const model = collectAssessment(idOf('visit'), sourceOf(records));
    expect(model?.findings.map((finding) => finding.id)).not.toContain(idOf('visit/phone-2'));
    const door = model?.findings.find((finding) => finding.id === idOf('visit/door'));
    expect(door?.fields).not.toHaveProperty('severity');
  });

  it('does not take another visit of the same client', () => {
    const records = [...homeVisitRecords('first'), ...homeVisitRecords('second')];
    const [first] = collectAssessments([idOf('first')], sourceOf(records));
    expect(first?.rooms.every((room) => room.fields.assessmentId === idOf('first'))).toBe(true);
    expect(first?.findings).toHaveLength(5);
  });

  it('lists a client shared by two visits once', () => {
    const records = [...homeVisitRecords('first'), ...homeVisitRecords('second')];
    const models = collectAssessments([idOf('first'), idOf('second')], sourceOf(records));
    const clients = modelRecords(models).filter((record) => record.entity === 'client');
    expect(clients).toHaveLength(1);
  });
});
