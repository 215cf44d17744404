// Everything of one assessment as plain records: what every export (CSV, JSON, FHIR) is made from.
import type { Checklist } from '../checklist';
import { ASSESSMENT_PARTS, type EntityName, type FieldValues } from '../entities';
import { isLive, type RecordView, textField } from '../record-view';

/** The entities an assessment export carries; conflicts, checklists and settings stay behind. */
export const EXPORTED_ENTITIES = [
  'assessment',
  'client',
  ...ASSESSMENT_PARTS,
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
  return collectAssessments([assessmentId], source)[0];
}

/**
 * Collects several assessments, reading and indexing each entity's records once, so a filtered
 * list of thousands of assessments takes time in proportion to the records, not their product.
 * Ids of assessments that are not there or are deleted are left out.
 */
export function collectAssessments(
  assessmentIds: readonly string[],
  source: RecordSource,
): AssessmentModel[] {
  const index = indexRecords(source);
  return assessmentIds.flatMap((id) => collectIndexed(id, index) ?? []);
}

/** Live records by id, and grouped by the value of a field that points at another record. */
interface RecordIndex {
  byId(entity: ExportedEntity, id: string): ExportRecord | undefined;
  /** Records of `entity` whose `field` holds one of `values`. */
  pointingAt(entity: ExportedEntity, field: string, values: Iterable<string>): ExportRecord[];
}

function indexRecords(source: RecordSource): RecordIndex {
  const byId = new Map<ExportedEntity, Map<string, ExportRecord>>();
  const byField = new Map<string, Map<string, ExportRecord[]>>();
  const records = (entity: ExportedEntity) => {
    let found = byId.get(entity);
    if (found === undefined) {
      const live = source(entity).filter(isLive);
      found = new Map(live.map((record) => [record.id, exportRecord(entity, record)]));
      byId.set(entity, found);
    }
    return found;
  };
  const grouped = (entity: ExportedEntity, field: string) => {
    const key = `${entity}.${field}`;
    let groups = byField.get(key);
    if (groups === undefined) {
      groups = new Map();
      for (const record of records(entity).values()) {
        const value = textField(record, field);
        if (value === undefined) continue;
        const group = groups.get(value);
        if (group === undefined) groups.set(value, [record]);
        else group.push(record);
      }
      byField.set(key, groups);
    }
    return groups;
  };
  return {
    byId: (entity, id) => records(entity).get(id),
    pointingAt: (entity, field, values) => {
      const groups = grouped(entity, field);
      return [...values].flatMap((value) => groups.get(value) ?? []);
    },
  };
}

function collectIndexed(assessmentId: string, index: RecordIndex): AssessmentModel | undefined {
  const assessment = index.byId('assessment', assessmentId);
  if (assessment === undefined) return undefined;
  const ofAssessment = (entity: ExportedEntity) =>
    index.pointingAt(entity, 'assessmentId', [assessmentId]);
  const rooms = ofAssessment('room');
  const findings = unique([
    ...ofAssessment('finding'),
    ...index.pointingAt('finding', 'roomId', ids(rooms)),
  ]);
  const interventions = unique([
    ...ofAssessment('intervention'),
    ...index.pointingAt('intervention', 'findingId', ids(findings)),
  ]);
  const goals = ofAssessment('goal');
  const owners = [
    assessmentId,
    ...ids(rooms),
    ...ids(findings),
    ...ids(interventions),
    ...ids(goals),
  ];
  const photos = unique([
    ...ofAssessment('photo'),
    ...index.pointingAt('photo', 'ownerId', owners),
  ]);
  const clientId = textField(assessment, 'clientId');
  return {
    assessment,
    client: clientId === undefined ? undefined : index.byId('client', clientId),
    rooms,
    findings,
    interventions,
    goals,
    photos,
    comments: ofAssessment('comment'),
    amendments: ofAssessment('amendment'),
    checklist: checklistOf(assessment),
  };
}

const ids = (records: readonly ExportRecord[]) => records.map((record) => record.id);
/** The records without repeats (a finding found both by its visit and by its room). */
const unique = (records: readonly ExportRecord[]) => [...new Set(records)];

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
  const assessmentIds = records
    .filter((record) => record.entity === 'assessment')
    .map((record) => record.id);
  return collectAssessments(assessmentIds, source);
}

function checklistOf(assessment: ExportRecord): AssessmentModel['checklist'] {
  const id = textField(assessment, 'checklistId');
  const version = assessment.fields.checklistVersion;
  return id === undefined || typeof version !== 'number' ? undefined : { id, version };
}
