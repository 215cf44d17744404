// The JSON export of whole assessments (records and photo bytes), and reading such a file back.

import { ENTITY_FIELDS, type FieldValues } from '../entities';
import { checkFieldValue } from '../field-values';
import { isRecordId } from '../ids';
import { EXPORTED_ENTITIES, type ExportedEntity, type ExportRecord } from './export-model';

export const ASSESSMENT_EXPORT_FORMAT = 'homeassess-assessment';
export const ASSESSMENT_EXPORT_VERSION = 1;

/** A photo's bytes in the file, keyed by their SHA-256 like the photo records that show them. */
export interface ExportedPhoto {
  sha256: string;
  mimeType: string;
  base64: string;
}

/** The file: one or more assessments as records, and the photo bytes that were on the device. */
export interface AssessmentExport {
  format: typeof ASSESSMENT_EXPORT_FORMAT;
  version: number;
  /** When the file was made, ISO 8601 in UTC. */
  exportedAt: string;
  records: ExportRecord[];
  photos: ExportedPhoto[];
}

export type ParsedAssessmentExport =
  | { ok: true; document: AssessmentExport }
  | { ok: false; error: string };

const PHOTO_MIME_TYPES: readonly string[] = ENTITY_FIELDS.photo.mimeType.values;
const SHA256_PATTERN = /^[0-9a-f]{64}$/;
const BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;

/** Makes the export document; `exportedAtMs` is the caller's clock. */
export function makeAssessmentExport(
  records: readonly ExportRecord[],
  photos: readonly ExportedPhoto[],
  exportedAtMs: number,
): AssessmentExport {
  return {
    format: ASSESSMENT_EXPORT_FORMAT,
    version: ASSESSMENT_EXPORT_VERSION,
    exportedAt: new Date(exportedAtMs).toISOString(),
    records: [...records],
    photos: [...photos],
  };
}

/**
 * Reads an export file's text: JSON of the right format and version, every record a known entity
 * of an assessment with a UUID id and valid fields, at least one assessment, and well-formed photos.
 * Never throws; a problem comes back as a sentence naming what is wrong and where.
 */
export function parseAssessmentExport(text: string): ParsedAssessmentExport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`This file is not JSON (${reason}).`);
  }
  if (!isPlainObject(data) || data.format !== ASSESSMENT_EXPORT_FORMAT) {
    return fail('This file is not a HomeAssess assessment export.');
  }
  const versionProblem = checkVersion(data.version);
  if (versionProblem !== undefined) return fail(versionProblem);
  if (!Array.isArray(data.records)) return fail('The file has no list of records.');
  const records: ExportRecord[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of data.records.entries()) {
    const read = readRecord(raw, index);
    if (typeof read === 'string') return fail(read);
    const key = `${read.entity}/${read.id}`;
    if (seen.has(key)) return fail(`Record ${index + 1} repeats the ${read.entity} ${read.id}.`);
    seen.add(key);
    records.push(read);
  }
  if (!records.some((record) => record.entity === 'assessment')) {
    return fail('The file holds no assessment record.');
  }
  const photos = readPhotos(data.photos);
  if (typeof photos === 'string') return fail(photos);
  const exportedAt = typeof data.exportedAt === 'string' ? data.exportedAt : '';
  const document: AssessmentExport = {
    format: ASSESSMENT_EXPORT_FORMAT,
    version: ASSESSMENT_EXPORT_VERSION,
    exportedAt,
    records,
    photos,
  };
  return { ok: true, document };
}

function checkVersion(version: unknown): string | undefined {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return 'The file does not say which version of the export format it is.';
  }
  if (version > ASSESSMENT_EXPORT_VERSION) {
    return `This file is version ${version} of the export format, made by a newer HomeAssess; update the app first.`;
  }
  return undefined;
}

function readRecord(raw: unknown, index: number): ExportRecord | string {
  const where = `Record ${index + 1}`;
  if (!isPlainObject(raw)) return `${where} is not an object with entity, id and fields.`;
  const entity = EXPORTED_ENTITIES.find((name) => name === raw.entity);
  if (entity === undefined) {
    const kinds = EXPORTED_ENTITIES.join(', ');
    return `${where} is of an unknown kind ${JSON.stringify(raw.entity) ?? 'undefined'}; an assessment export holds ${kinds}.`;
  }
  if (!isRecordId(raw.id)) return `${where} (${entity}) has an id that is not a lower-case UUID.`;
  if (!isPlainObject(raw.fields)) return `${where} (${entity} ${raw.id}) has no fields object.`;
  const fields = readFields(entity, raw.fields);
  if (typeof fields === 'string') return `${where} (${entity} ${raw.id}): ${fields}`;
  return { entity, id: raw.id, fields };
}

/** Each field checked by the rule the server applies to a patch (`checkFieldValue`). */
function readFields(entity: ExportedEntity, raw: Record<string, unknown>): FieldValues | string {
  const fields: FieldValues = {};
  for (const [field, value] of Object.entries(raw)) {
    const problem = checkFieldValue(entity, field, value);
    if (problem !== undefined) return problem.message;
    if (value !== null) fields[field] = value as FieldValues[string];
  }
  return fields;
}

function readPhotos(raw: unknown): ExportedPhoto[] | string {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return 'The photos are not a list.';
  const photos: ExportedPhoto[] = [];
  for (const [index, photo] of raw.entries()) {
    const where = `Photo ${index + 1}`;
    if (!isPlainObject(photo)) return `${where} is not an object with sha256, mimeType and base64.`;
    const { sha256, mimeType, base64 } = photo;
    if (typeof sha256 !== 'string' || !SHA256_PATTERN.test(sha256)) {
      return `${where} has no SHA-256 of 64 lower-case hexadecimal digits.`;
    }
    if (typeof mimeType !== 'string' || !PHOTO_MIME_TYPES.includes(mimeType)) {
      return `${where} is of type ${JSON.stringify(mimeType)}; photos are ${PHOTO_MIME_TYPES.join(', ')}.`;
    }
    if (typeof base64 !== 'string' || base64.length % 4 !== 0 || !BASE64_PATTERN.test(base64)) {
      return `${where} has bytes that are not Base64.`;
    }
    photos.push({ sha256, mimeType, base64 });
  }
  return photos;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function fail(error: string): ParsedAssessmentExport {
  return { ok: false, error };
}
