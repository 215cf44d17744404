// Makes the export files of one or more assessments from the records and photos on this device.
import { findChecklistVersion } from '../../domain/checklist';
import { type ExportedPhoto, makeAssessmentExport } from '../../domain/exports/assessment-json';
import { findingsCsv, interventionsCsv } from '../../domain/exports/csv';
import {
  type AssessmentModel,
  type ChecklistLookup,
  collectAssessments,
  EXPORTED_ENTITIES,
  type ExportedEntity,
  modelRecords,
} from '../../domain/exports/export-model';
import { buildFhirBundle, type PhotoContent } from '../../domain/exports/fhir';
import type { RecordId } from '../../domain/ids';
import type { RecordView } from '../../domain/record-view';
import type { UnitSystem } from '../../domain/units';
import { importedChecklists } from '../checklists/checklist-library';
import type { LocalStore } from '../store/local-store';
import type { SyncEngine } from '../sync/sync-engine';
import { bytesToBase64 } from './base64';
import { type ExportKind, exportFileName } from './file-names';

/** What making an export needs from the app. */
export interface ExportSources {
  store: LocalStore;
  engine: SyncEngine;
  now: () => number;
}

/** A finished export: its name, type and text, and a sentence saying what it holds. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  text: string;
  summary: string;
  /** How many assessments it holds, for the audit log. */
  assessmentCount: number;
}

/** The assessments with everything that belongs to them; ids not on the device are left out. */
export async function loadAssessments(
  engine: SyncEngine,
  assessmentIds: readonly RecordId[],
): Promise<AssessmentModel[]> {
  const lists = new Map<ExportedEntity, RecordView[]>();
  for (const entity of EXPORTED_ENTITIES) lists.set(entity, await engine.listRecords(entity));
  const source = (entity: ExportedEntity) => lists.get(entity) ?? [];
  return collectAssessments(assessmentIds, source);
}

/** Finds any checklist version an assessment may have used: built in or imported by the clinic. */
export async function loadChecklistLookup(engine: SyncEngine): Promise<ChecklistLookup> {
  const builtins = await import('../../domain/builtin-checklists');
  const interventionIds = new Set(builtins.builtinCatalogue.entries.map((entry) => entry.id));
  const imported = importedChecklists(await engine.listRecords('checklist'), {
    builtins: builtins.builtinChecklists,
    interventionIds,
  });
  const all = [...builtins.builtinChecklists, ...imported];
  return (checklistId, version) => findChecklistVersion(all, checklistId, version);
}

/** Makes one kind of export of the assessments; undefined when none of them is on the device. */
export async function makeExportFile(
  sources: ExportSources,
  assessmentIds: readonly RecordId[],
  kind: ExportKind,
  units: UnitSystem = 'metric',
): Promise<ExportFile | undefined> {
  const models = await loadAssessments(sources.engine, assessmentIds);
  if (models.length === 0) return undefined;
  const nowMs = sources.now();
  const fileName = exportFileName(models, kind, nowMs);
  const made = await makeContent(sources, models, kind, nowMs, units);
  return { fileName, ...made, assessmentCount: models.length };
}

type Content = Pick<ExportFile, 'mimeType' | 'text' | 'summary'>;

/** Photos in a FHIR Bundle point at the server's blob route, whole where the app is served. */
function serverPhotoUrls(): PhotoContent {
  const origin = globalThis.location?.origin;
  return {
    urlOf: (sha256) =>
      origin === undefined ? `/api/v1/blobs/${sha256}` : `${origin}/api/v1/blobs/${sha256}`,
  };
}

async function makeContent(
  sources: ExportSources,
  models: readonly AssessmentModel[],
  kind: ExportKind,
  nowMs: number,
  units: UnitSystem,
): Promise<Content> {
  const count = countOf(models.length, 'assessment');
  switch (kind) {
    case 'findings-csv': {
      const findings = models.reduce((total, model) => total + model.findings.length, 0);
      const text = findingsCsv(models, await loadChecklistLookup(sources.engine), units);
      return { mimeType: 'text/csv', text, summary: `${countOf(findings, 'finding')} of ${count}` };
    }
    case 'interventions-csv': {
      const lines = models.reduce((total, model) => total + model.interventions.length, 0);
      const text = interventionsCsv(models, await loadChecklistLookup(sources.engine));
      return {
        mimeType: 'text/csv',
        text,
        summary: `${countOf(lines, 'recommendation')} of ${count}`,
      };
    }
    case 'assessment-json':
      return assessmentJson(sources.store, models, nowMs);
    case 'fhir-bundle': {
      const lookup = await loadChecklistLookup(sources.engine);
      const bundle = buildFhirBundle(models, lookup, nowMs, serverPhotoUrls());
      const entries = Array.isArray(bundle.entry) ? bundle.entry.length : 0;
      const text = JSON.stringify(bundle, null, 2);
      const summary = `${countOf(entries, 'FHIR resource')} for ${count}`;
      return { mimeType: 'application/fhir+json', text, summary };
    }
  }
}

async function assessmentJson(
  store: LocalStore,
  models: readonly AssessmentModel[],
  nowMs: number,
): Promise<Content> {
  const records = modelRecords(models);
  const hashes = new Set(
    records.flatMap((record) =>
      record.entity === 'photo' && typeof record.fields.sha256 === 'string'
        ? [record.fields.sha256]
        : [],
    ),
  );
  const photos: ExportedPhoto[] = [];
  for (const sha256 of hashes) {
    const blob = await store.getBlob(sha256);
    if (blob !== undefined) {
      photos.push({ sha256, mimeType: blob.mimeType, base64: bytesToBase64(blob.bytes) });
    }
  }
  const missing = hashes.size - photos.length;
  const text = JSON.stringify(makeAssessmentExport(records, photos, nowMs));
  const left =
    missing === 0
      ? ''
      : `; ${countOf(missing, 'photo')} not on this device ${missing === 1 ? 'is' : 'are'} left out`;
  const summary = `${countOf(models.length, 'assessment')}: ${countOf(records.length, 'record')} and ${countOf(photos.length, 'photo')}${left}`;
  return { mimeType: 'application/json', text, summary };
}

/** `1 finding`, `3 findings`. */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
