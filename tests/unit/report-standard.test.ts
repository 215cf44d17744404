// What a report, the visit summary and the CSV say about the standard that judged a visit.
import { describe, expect, it } from 'vitest';
import { builtinChecklists } from '../../src/domain/builtin-checklists';
import { findChecklistVersion } from '../../src/domain/checklist';
import { findingsCsv } from '../../src/domain/exports/csv';
import { collectAssessment } from '../../src/domain/exports/export-model';
import { summarizeMeasurements } from '../../src/domain/measurement-summary';
import type { RecordView } from '../../src/domain/record-view';
import { buildReport } from '../../src/domain/report';

const v1 = findChecklistVersion(builtinChecklists, 'adult-home', 1);
const v2 = findChecklistVersion(builtinChecklists, 'adult-home', 2);
if (v1 === undefined || v2 === undefined) throw new Error('adult-home versions missing');

const record = (id: string, fields: RecordView['fields']): RecordView => ({ id, fields });

function visit(fields: RecordView['fields'], version: number) {
  return {
    assessment: record('visit', {
      clientId: 'client',
      setting: 'home',
      checklistId: 'adult-home',
      checklistVersion: version,
      status: 'signed',
      ...fields,
    }),
    client: record('client', { name: 'Mary Lee' }),
    rooms: [
      record('room', { assessmentId: 'visit', name: 'Entrance', areaId: 'entrance', order: 1 }),
    ],
    findings: [
      record('door', {
        assessmentId: 'visit',
        roomId: 'room',
        itemId: 'home.entrance.door-width',
        answer: 'ok',
        measurements: { 'home.entrance.door-width.clear-width': 830 },
      }),
      record('force', {
        assessmentId: 'visit',
        roomId: 'room',
        itemId: 'home.entrance.door-operation',
        answer: 'ok',
        measurements: { 'home.entrance.door-operation.force': 89 },
      }),
    ],
    interventions: [],
    goals: [],
    photos: [],
    amendments: [],
  };
}

describe('the report of a visit judged by AS 1428.1', () => {
  const input = visit({ standard: 'au' }, 2);
  const report = buildReport({ ...input, checklist: v2, units: 'metric' });

  it('names the standard and its edition', () => {
    expect(report.standard.name).toBe('Australia: AS 1428.1:2021');
    expect(report.standard.standards[0]).toContain('AS 1428.1:2021');
  });

  it('fails an 830 mm door against its 850 mm, citing AS 1428.1', () => {
    const [door] = report.rooms[0]?.items ?? [];
    expect(door?.measurements[0]?.status).toBe('fail');
    expect(door?.measurements[0]?.sentence).toContain('850 mm minimum (AS 1428.1:2021');
  });

  it('counts the failure in the summary as not yet marked a barrier', () => {
    const summary = summarizeMeasurements(v2, input.findings, {
      judging: 'au',
      setting: 'home',
      unitSystem: 'metric',
    });
    expect(summary.fail).toBe(1);
    expect(summary.unresolved.map((failure) => failure.itemId)).toEqual([
      'home.entrance.door-width',
    ]);
  });
});

describe('the report of a visit signed before standards could be chosen', () => {
  const input = visit({}, 1);
  const report = buildReport({ ...input, checklist: v1, newerChecklist: v2, units: 'metric' });

  it('keeps the verdicts it was signed with: a 20 lbf entrance door passed the 127 N of version 1', () => {
    const force = report.rooms[0]?.items.find(
      (item) => item.itemId === 'home.entrance.door-operation',
    );
    expect(force?.measurements[0]?.status).toBe('pass');
    expect(report.standard.name).toContain('before a standard could be chosen');
  });

  it('lists the figure corrected since, for the measurements it took', () => {
    expect(report.standard.newerVersion).toBe(2);
    expect(report.standard.changes).toEqual([
      {
        measurementId: 'home.entrance.door-operation.force',
        label: 'Opening force',
        before: '127 N maximum (ADA 2010 §404.2.9)',
        after: 'no figure (the standard sets none)',
      },
    ]);
  });
});

describe('the findings CSV', () => {
  it('names the standard that judged each row with measurements', () => {
    const input = visit({ standard: 'au' }, 2);
    const records = [
      { entity: 'assessment', record: input.assessment },
      { entity: 'client', record: input.client },
      ...input.rooms.map((room) => ({ entity: 'room', record: room })),
      ...input.findings.map((finding) => ({ entity: 'finding', record: finding })),
    ];
    const model = collectAssessment('visit', (entity) =>
      records.filter((entry) => entry.entity === entity).map((entry) => entry.record),
    );
    if (model === undefined) throw new Error('no model');
    const csv = findingsCsv([model], (id, version) =>
      findChecklistVersion(builtinChecklists, id, version),
    );
    const [header, door] = csv.replace('\uFEFF', '').split('\r\n');
    expect(header).toContain('Judged by');
    expect(door).toContain('Australia: AS 1428.1:2021');
    expect(door).toContain('fail (850 mm minimum (AS 1428.1:2021');
  });
});
