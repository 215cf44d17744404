// What importing an assessment file would change on a device, worked out before anything is written.
import { type FieldValue, type FieldValues, isStepField } from '../entities';
import type { ReadFields, RecordView } from '../record-view';
import { textField } from '../record-view';
import {
  type AssessmentModel,
  type ExportedEntity,
  type ExportRecord,
  modelRecords,
  modelsFromRecords,
} from './export-model';

/** One edit to make: the fields to set on a record (null clears a field the file does not have). */
export interface RecordEdit {
  entity: ExportedEntity;
  id: string;
  set: FieldValues;
}

/**
 * How one assessment of the file meets the device: `new` (not there; nothing on the device
 * changes), `unchanged` (already there as in the file), `changed` (there, and the file would
 * change it: ask first), or `signed` (there, signed, and different: refused, since a signed
 * assessment changes only through amendments).
 */
export type ImportState = 'new' | 'unchanged' | 'changed' | 'signed';

export interface AssessmentImport {
  assessmentId: string;
  /** The client's name and the visit date, to name the assessment in a message. */
  label: string;
  state: ImportState;
  /** The edits that make the device's records equal to the file's; none when unchanged. */
  edits: RecordEdit[];
  /** What the file holds that an import does not carry over (see `importable`). */
  notCarried: NotCarried;
}

/**
 * What an import leaves behind, since a file cannot vouch for it: the assessment's completion and
 * sign-off (given again on this server, by their own person), other people's comments (a comment
 * is written in its writer's name), and amendments (the server records them as they happen).
 */
export interface NotCarried {
  /** The status the file gives when it is past draft: `complete` or `signed`. */
  status: 'complete' | 'signed' | undefined;
  otherPeoplesComments: number;
  amendments: number;
}

/** An assessment's fields without who completed and signed it, and when: an import neither writes nor clears them. */
const withoutAttestation = <F extends ReadFields>(fields: F): F =>
  Object.fromEntries(
    Object.entries(fields).filter(([field]) => !isStepField('assessment', field)),
  ) as F;

/** Finds a record on the device (tombstones included), or undefined when it is not there. */
export type ExistingRecord = (entity: ExportedEntity, id: string) => RecordView | undefined;

/**
 * Works out, per assessment of the file, the edits that make the device's records equal to the
 * file's: fields that differ are set, fields the device has and the file lacks are cleared.
 * Records on the device that the file does not hold are left as they are: nothing is erased.
 */
export function planImport(
  records: readonly ExportRecord[],
  existing: ExistingRecord,
  importerId: string | undefined,
): AssessmentImport[] {
  return modelsFromRecords(records).map((model) => planAssessment(model, existing, importerId));
}

/** The file's records the importer may write as they are, and what is left behind. */
function importable(
  model: AssessmentModel,
  importerId: string | undefined,
): { records: ExportRecord[]; notCarried: NotCarried } {
  const status = textField(model.assessment, 'status');
  const notCarried: NotCarried = {
    status: status === 'complete' || status === 'signed' ? status : undefined,
    otherPeoplesComments: 0,
    amendments: model.amendments.length,
  };
  const records = modelRecords([model]).flatMap((record) => {
    if (record.entity === 'amendment') return [];
    if (record.entity === 'comment' && record.fields.authorId !== importerId) {
      notCarried.otherPeoplesComments += 1;
      return [];
    }
    if (record.entity !== 'assessment') return [record];
    return [{ ...record, fields: withoutAttestation(record.fields) }];
  });
  return { records, notCarried };
}

function planAssessment(
  model: AssessmentModel,
  existing: ExistingRecord,
  importerId: string | undefined,
): AssessmentImport {
  const edits: RecordEdit[] = [];
  let changedRecordCount = 0;
  const { records, notCarried } = importable(model, importerId);
  for (const record of records) {
    const current = existing(record.entity, record.id);
    const currentFields = current?.fields ?? {};
    const set = changedFields(
      record.entity === 'assessment' ? withoutAttestation(currentFields) : currentFields,
      record.fields,
    );
    if (Object.keys(set).length === 0) continue;
    edits.push({ entity: record.entity, id: record.id, set });
    if (current !== undefined) changedRecordCount += 1;
  }
  const onDevice = existing('assessment', model.assessment.id);
  return {
    assessmentId: model.assessment.id,
    label: describeAssessment(model),
    state: importState(onDevice, edits.length, changedRecordCount),
    edits,
    notCarried,
  };
}

function importState(
  onDevice: RecordView | undefined,
  editCount: number,
  changedRecordCount: number,
): ImportState {
  if (editCount === 0) return 'unchanged';
  if (onDevice === undefined && changedRecordCount === 0) return 'new';
  return onDevice?.fields.status === 'signed' ? 'signed' : 'changed';
}

/** `Ana Lima, visit of 2025-03-04`; an unnamed client or undated visit says so. */
export function describeAssessment(model: AssessmentModel): string {
  const name = model.client === undefined ? undefined : textField(model.client, 'name');
  const date = textField(model.assessment, 'date');
  return `${name ?? 'Unnamed client'}, visit of ${date ?? 'no date'}`;
}

/** The fields to set so that `current` becomes `wanted`. */
export function changedFields(current: ReadFields, wanted: ReadFields): FieldValues {
  const set: FieldValues = {};
  for (const [field, value] of Object.entries(wanted)) {
    if (value !== undefined && !sameValue(current[field], value)) set[field] = value;
  }
  for (const [field, value] of Object.entries(current)) {
    if (value !== null && value !== undefined && !Object.hasOwn(wanted, field)) set[field] = null;
  }
  return set;
}

function sameValue(left: FieldValue | undefined, right: FieldValue | undefined): boolean {
  return canonicalJson(left ?? null) === canonicalJson(right ?? null);
}

/** JSON with object keys sorted, so two maps with the same entries compare equal. */
function canonicalJson(value: FieldValue): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] ?? null)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}
