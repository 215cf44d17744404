// The JSON export of an assessment: it reads back to the same records and photos, a damaged or
// foreign file is refused with a reason, and importing it on a device gives the same assessment.
import { describe, expect, it } from 'vitest';
import { loadAssessments, makeExportFile } from '../../src/app/exports/export-files';
import {
  applyImport,
  needsConfirmation,
  previewImport,
} from '../../src/app/exports/import-assessment';
import { createMemoryStore } from '../../src/app/store/memory-store';
import { createSyncEngine } from '../../src/app/sync/sync-engine';
import { createHttpTransport } from '../../src/app/sync/transport';
import {
  type AssessmentExport,
  makeAssessmentExport,
  parseAssessmentExport,
} from '../../src/domain/exports/assessment-json';
import {
  collectAssessment,
  type ExportRecord,
  modelRecords,
} from '../../src/domain/exports/export-model';
import type { RecordId } from '../../src/domain/ids';
import { homeVisitRecords, idOf, PHOTO_BYTES, PHOTO_SHA256, sourceOf } from './exports-fixtures';

const NOW = Date.UTC(2025, 5, 1, 12);
const PHOTO = {
  sha256: PHOTO_SHA256,
  mimeType: 'image/png',
  base64: Buffer.from(PHOTO_BYTES).toString('base64'),
};

function exportText(records = homeVisitRecords()): string {
  return JSON.stringify(makeAssessmentExport(records, [PHOTO], NOW));
}

/** The export as parsed JSON, to damage one part of it. */
function exportData(): AssessmentExport {
  return JSON.parse(exportText()) as AssessmentExport;
}

const parse = (text: string) => parseAssessmentExport(text);

function errorOf(text: string): string {
  const result = parse(text);
  if (result.ok) throw new Error('The file was accepted.');
  return result.error;
}

describe('the assessment JSON file', () => {
  it('reads back to the records and photos it was made from', () => {
    const model = collectAssessment(idOf('visit'), sourceOf(homeVisitRecords()));
    const records = modelRecords(model === undefined ? [] : [model]);
    const result = parse(JSON.stringify(makeAssessmentExport(records, [PHOTO], NOW)));
    expect(result).toEqual({
      ok: true,
      document: {
        format: 'homeassess-assessment',
        version: 1,
        exportedAt: '2025-06-01T12:00:00.000Z',
        records,
        photos: [PHOTO],
      },
    });
  });

  it('says a file that is not JSON is not JSON', () => {
    expect(errorOf('{"format": ')).toMatch(/^This file is not JSON/);
  });

  it('refuses a file of another format, such as a device export', () => {
    const text = JSON.stringify({ format: 'homeassess-device-export', formatVersion: 1 });
    expect(errorOf(text)).toBe('This file is not a HomeAssess assessment export.');
  });

  it('asks for an update for a file of a newer format version', () => {
    expect(errorOf(JSON.stringify({ ...exportData(), version: 2 }))).toMatch(/update the app/);
  });

  it('names a record of a kind an assessment export does not hold', () => {
    const data = exportData();
    data.records.push({ entity: 'conflict' as 'room', id: idOf('c'), fields: {} });
    expect(errorOf(JSON.stringify(data))).toMatch(
      new RegExp(`^Record ${data.records.length} is of an unknown kind "conflict"`),
    );
  });

  it('names the record and field holding a value the field cannot take', () => {
    const data = exportData();
    const door = data.records.find((record) => record.id === idOf('visit/door'));
    if (door !== undefined) door.fields.answer = 'maybe';
    expect(errorOf(JSON.stringify(data))).toMatch(
      new RegExp(`finding ${idOf('visit/door')}\\): finding.answer is "maybe"; it must be one of`),
    );
  });

  it('names a field the entity does not have', () => {
    const data = exportData();
    const [client] = data.records;
    if (client !== undefined) client.fields.favouriteColour = 'blue';
    expect(errorOf(JSON.stringify(data))).toMatch(/A client has no field "favouriteColour"/);
  });

  it('refuses a file without an assessment', () => {
    const data = exportData();
    data.records = data.records.filter((record) => record.entity !== 'assessment');
    expect(errorOf(JSON.stringify(data))).toBe('The file holds no assessment record.');
  });

  it('refuses photo bytes that are not Base64', () => {
    const data = exportData();
    data.photos = [{ ...PHOTO, base64: 'not base64!' }];
    expect(errorOf(JSON.stringify(data))).toBe('Photo 1 has bytes that are not Base64.');
  });
});

/** Records in a fixed order: the same assessment may list its records in any order. */
function sorted(records: readonly ExportRecord[]): ExportRecord[] {
  const key = (record: ExportRecord) => `${record.entity}/${record.id}`;
  return [...records].sort((left, right) => key(left).localeCompare(key(right)));
}

function device() {
  const store = createMemoryStore();
  const engine = createSyncEngine({
    store,
    // Never called: these tests only edit and read the device.
    transport: createHttpTransport({ getToken: async () => undefined }),
    now: () => NOW,
    newDeviceId: () => 'device-1',
    newEditKey: () => crypto.randomUUID(),
  });
  return { store, engine, now: () => NOW };
}

/** Imports as Rita, who wrote the fixture's comment, unless another importer is named. */
async function importInto(
  tablet: ReturnType<typeof device>,
  text: string,
  overwrite = false,
  importerId = 'user-rita',
) {
  const result = await previewImport(tablet.engine, text, importerId);
  if (!result.ok) throw new Error(result.error);
  return { preview: result.preview, outcome: await applyImport(tablet, result.preview, overwrite) };
}

describe('importing an assessment file on a device', () => {
  it('gives an assessment whose export equals the file, photo bytes included', async () => {
    const tablet = device();
    const { outcome } = await importInto(tablet, exportText());
    expect(outcome).toMatchObject({
      written: ['Zoë Lefèvre, visit of 2025-03-04'],
      photosAdded: 1,
    });
    const file = await makeExportFile(tablet, [idOf('visit') as RecordId], 'assessment-json');
    const again = parse(file?.text ?? '');
    const original = parse(exportText());
    if (!again.ok || !original.ok) throw new Error('An export did not read back.');
    const { status, ...unattested } = original.document.records.find(
      (record) => record.entity === 'assessment',
    )?.fields ?? { status: undefined };
    expect(status).toBe('complete');
    const expected = original.document.records.map((record) =>
      record.entity === 'assessment' ? { ...record, fields: unattested } : record,
    );
    expect(sorted(again.document.records)).toEqual(sorted(expected));
    expect(again.document.photos).toEqual([PHOTO]);
  });

  it("leaves the file's completion, other people's comments and amendments behind, and says so", async () => {
    const tablet = device();
    const data = exportData();
    const amendment = {
      entity: 'amendment' as const,
      id: idOf('visit/amendment'),
      fields: { assessmentId: idOf('visit'), reason: 'Typo', authorId: 'user-rita', changes: [] },
    };
    data.records = [...data.records, amendment];
    const { outcome } = await importInto(tablet, JSON.stringify(data), false, 'user-grace');
    expect(outcome.notCarried).toEqual([
      {
        label: 'Zoë Lefèvre, visit of 2025-03-04',
        notCarried: { status: 'complete', otherPeoplesComments: 1, amendments: 1 },
      },
    ]);
    expect(await tablet.engine.listRecords('comment')).toEqual([]);
    expect(await tablet.engine.listRecords('amendment')).toEqual([]);
    const visit = await tablet.engine.readRecord('assessment', idOf('visit') as RecordId);
    expect(visit?.fields.status).toBeUndefined();
  });

  it('changes nothing when the same file is imported again', async () => {
    const tablet = device();
    await importInto(tablet, exportText());
    const pending = await tablet.store.countOutbox();
    const { outcome } = await importInto(tablet, exportText());
    expect(outcome.unchanged).toEqual(['Zoë Lefèvre, visit of 2025-03-04']);
    expect(await tablet.store.countOutbox()).toBe(pending);
  });

  it('asks before replacing an assessment the device holds with other content', async () => {
    const tablet = device();
    await importInto(tablet, exportText());
    const door = idOf('visit/door') as RecordId;
    await tablet.engine.edit('finding', door, { severity: 'low' });
    const kept = await importInto(tablet, exportText());
    expect(needsConfirmation(kept.preview)).toBe(true);
    expect(kept.outcome.kept).toEqual(['Zoë Lefèvre, visit of 2025-03-04']);
    expect((await tablet.engine.readRecord('finding', door))?.fields.severity).toBe('low');
    await importInto(tablet, exportText(), true);
    expect((await tablet.engine.readRecord('finding', door))?.fields.severity).toBe('high');
  });

  it('never overwrites an assessment signed on the device', async () => {
    const tablet = device();
    await importInto(tablet, exportText());
    await tablet.engine.edit('finding', idOf('visit/door') as RecordId, { severity: 'low' });
    await tablet.engine.edit('assessment', idOf('visit') as RecordId, { status: 'signed' });
    const { outcome } = await importInto(tablet, exportText(), true);
    expect(outcome.refused).toEqual(['Zoë Lefèvre, visit of 2025-03-04']);
    const [model] = await loadAssessments(tablet.engine, [idOf('visit') as RecordId]);
    expect(model?.assessment.fields.status).toBe('signed');
  });

  it('leaves out photo bytes that do not match their hash', async () => {
    const tablet = device();
    const data = exportData();
    data.photos = [{ ...PHOTO, base64: Buffer.from([1, 2, 3]).toString('base64') }];
    const { outcome } = await importInto(tablet, JSON.stringify(data));
    expect(outcome).toMatchObject({ photosAdded: 0, photosDamaged: 1 });
    expect(await tablet.store.getBlob(PHOTO_SHA256)).toBeUndefined();
  });
});
