// Everything of one assessment as plain records: what every export (CSV, JSON, FHIR) is made from.
import type { Checklist } from '../checklist';
import type { EntityName, FieldValues } from '../entities';
import { isLive, type RecordView, textField } from '../record-view';

/** The entities an assessment export carries; conflicts, checklists and settings stay behind. */
export const EXPORTED_ENTITIES = [
  'assessment',
  'client',
  'room',
  'finding',
  'intervention',
  'goal',
  'photo',
  'comment',
  'amendment',
] as const satisfies readonly EntityName[];
export type ExportedEntity = (typeof EXPORTED_ENTITIES)[number];

/** One record in an export: its entity, id and fields (cleared fields left out). */
export interface ExportRecord {
  entity: ExportedEntity;
  id: string;
  fields: FieldValues;
}

/** One assessment and every record that belongs to it; tombstones are not part of it. */
export interface AssessmentModel {
  assessment: ExportRecord;
  client: ExportRecord | undefined;
  rooms: ExportRecord[];
  findings: ExportRecord[];
  interventions: ExportRecord[];
  goals: ExportRecord[];
  photos: ExportRecord[];
  comments: ExportRecord[];
  amendments: ExportRecord[];
  /** The checklist id and version the assessment was made with, when it records them. */
  checklist: { id: string; version: number } | undefined;
}

/** Finds the checklist version an assessment was made with. */
export type ChecklistLookup = (checklistId: string, version: number) => Checklist | undefined;

/** Reads the live records of one entity (the app passes its device records as they are). */
export type RecordSource = (entity: ExportedEntity) => readonly RecordView[];

/** The record without its cleared (`null`) fields, so an export and its re-import compare equal. */
export function exportRecord(entity: ExportedEntity, record: RecordView): ExportRecord {
  const fields: FieldValues = {};
  for (const [field, value] of Object.entries(record.fields)) {
    if (value !== null && value !== undefined) fields[field] = value;
  }
  return { entity, id: record.id, fields };
}

/**
 * Collects one assessment with its client, rooms, findings (by assessment or by room),
 * interventions (by assessment or by finding), goals, photos (by assessment or by owner),
 * comments and amendments. Undefined when the assessment is not there or is deleted.
 */
export function collectAssessment(
  assessmentId: string,
  source: RecordSource,
): AssessmentModel | undefined {
  const live = (entity: ExportedEntity) =>
    source(entity)
      .filter(isLive)
      .map((record) => exportRecord(entity, record));
  const assessment = live('assessment').find((record) => record.id === assessmentId);
  if (assessment === undefined) return undefined;
  const ofAssessment = (record: ExportRecord) => record.fields.assessmentId === assessmentId;
  const rooms = live('room').filter(ofAssessment);
  const roomIds = idSet(rooms);
  const findings = live('finding').filter(
    (finding) => ofAssessment(finding) || roomIds.has(textField(finding, 'roomId')),
  );
  const findingIds = idSet(findings);
  const interventions = live('intervention').filter(
    (intervention) =>
      ofAssessment(intervention) || findingIds.has(textField(intervention, 'findingId')),
  );
  const goals = live('goal').filter(ofAssessment);
  const ownerIds = new Set([
    assessmentId,
    ...roomIds,
    ...findingIds,
    ...idSet(interventions),
    ...idSet(goals),
  ]);
  const photos = live('photo').filter(
    (photo) => ofAssessment(photo) || ownerIds.has(textField(photo, 'ownerId')),
  );
  const clientId = textField(assessment, 'clientId');
  return {
    assessment,
    client: live('client').find((client) => client.id === clientId),
    rooms,
    findings,
    interventions,
    goals,
    photos,
    comments: live('comment').filter(ofAssessment),
    amendments: live('amendment').filter(ofAssessment),
    checklist: checklistOf(assessment),
  };
}

/** Every record of the assessments, each once (a client shared by two visits appears once). */
export function modelRecords(models: readonly AssessmentModel[]): ExportRecord[] {
  const seen = new Set<string>();
  const records: ExportRecord[] = [];
  for (const model of models) {
    const all = [
      model.assessment,
      ...(model.client === undefined ? [] : [model.client]),
      ...model.rooms,
      ...model.findings,
      ...model.interventions,
      ...model.goals,
      ...model.photos,
      ...model.comments,
      ...model.amendments,
    ];
    for (const record of all) {
      const key = `${record.entity}/${record.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      records.push(record);
    }
  }
  return records;
}

/** Rebuilds the models of every assessment found in a flat list of records (an imported file). */
export function modelsFromRecords(records: readonly ExportRecord[]): AssessmentModel[] {
  const source: RecordSource = (entity) => records.filter((record) => record.entity === entity);
  return records
    .filter((record) => record.entity === 'assessment')
    .flatMap((assessment) => collectAssessment(assessment.id, source) ?? []);
}

function checklistOf(assessment: ExportRecord): AssessmentModel['checklist'] {
  const id = textField(assessment, 'checklistId');
  const version = assessment.fields.checklistVersion;
  return id === undefined || typeof version !== 'number' ? undefined : { id, version };
}

const idSet = (records: readonly ExportRecord[]) =>
  new Set<string | undefined>(records.map((record) => record.id));
