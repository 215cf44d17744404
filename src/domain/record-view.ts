// Records as the domain sees them: an id and plain fields, read with a few type-checking helpers.
import type { FieldValue } from './entities';

/** A synced record reduced to what domain logic reads; the app passes its local records as is. */
/** A record's fields as domain logic reads them: absent, or a stored value. */
export type ReadFields = Readonly<Record<string, FieldValue | undefined>>;

export interface RecordView {
  id: string;
  /** Plain stored fields, or a typed record's restored ones (where absent means not set). */
  fields: ReadFields;
}

/** True unless the record is a tombstone (`deleted: true`). */
export function isLive(record: RecordView): boolean {
  return record.fields.deleted !== true;
}

/** The records that are not tombstones, in their original order. */
export function liveRecords<R extends RecordView>(records: readonly R[]): R[] {
  return records.filter(isLive);
}

/** A string field, or undefined when it is absent, cleared or not a string. */
export function textField(record: RecordView, field: string): string | undefined {
  const value = record.fields[field];
  return typeof value === 'string' ? value : undefined;
}

/** A finite number field, or undefined when it is absent, cleared or not a number. */
export function numberField(record: RecordView, field: string): number | undefined {
  const value = record.fields[field];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** True only when the field holds `true`. */
export function isFlagSet(record: RecordView, field: string): boolean {
  return record.fields[field] === true;
}

/** A field holding one of `values`, or undefined when it holds anything else. */
export function oneOfField<V extends string>(
  record: RecordView,
  field: string,
  values: readonly V[],
): V | undefined {
  const value = record.fields[field];
  return values.find((candidate) => candidate === value);
}
