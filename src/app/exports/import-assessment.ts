// Brings an assessment export (JSON) onto this device: checked first, then written as edits that sync.
//
// The safest behaviour, and why: records keep their ids, and only fields that differ are written,
// so importing the same file twice changes nothing and sends nothing. An assessment that is not on
// the device is written at once. One that is there with different content is written only after the
// person says so (they may have newer work on the device than the file). A signed assessment on the
// device is never overwritten: after sign-off, changes are amendments that say who, when and why.
import { type AssessmentExport, parseAssessmentExport } from '../../domain/exports/assessment-json';
import type { ExportedEntity } from '../../domain/exports/export-model';
import {
  type AssessmentImport,
  type NotCarried,
  planImport,
} from '../../domain/exports/import-plan';
import type { RecordId } from '../../domain/ids';
import type { RecordView } from '../../domain/record-view';
import type { LocalStore } from '../store/local-store';
import { sha256Hex, storePhoto } from '../sync/photo-sync';
import type { SyncEngine } from '../sync/sync-engine';
import { base64ToBytes } from './base64';

/** A checked file and what importing it would do to each of its assessments. */
export interface ImportPreview {
  document: AssessmentExport;
  assessments: AssessmentImport[];
}

export type PreviewResult = { ok: true; preview: ImportPreview } | { ok: false; error: string };

/** What an import did, by assessment label. */
export interface ImportOutcome {
  written: string[];
  unchanged: string[];
  /** On the device with other content; left as they were because the person chose to keep them. */
  kept: string[];
  /** Signed on the device and different in the file; never overwritten. */
  refused: string[];
  photosAdded: number;
  /** Photos whose bytes do not match their SHA-256: damaged in the file, left out. */
  photosDamaged: number;
  /** What the written assessments held that the import left behind, by assessment label. */
  notCarried: { label: string; notCarried: NotCarried }[];
}

/**
 * Reads and checks the file's text and works out what it would change for the person importing
 * it (`importerId`: their comments come along, other people's do not); writes nothing.
 */
export async function previewImport(
  engine: SyncEngine,
  text: string,
  importerId: string | undefined,
): Promise<PreviewResult> {
  const parsed = parseAssessmentExport(text);
  if (!parsed.ok) return parsed;
  const onDevice = new Map<string, RecordView>();
  for (const record of parsed.document.records) {
    const found = await engine.readRecord(record.entity, record.id as RecordId);
    if (found !== undefined) onDevice.set(`${record.entity}/${record.id}`, found);
  }
  const existing = (entity: ExportedEntity, id: string) => onDevice.get(`${entity}/${id}`);
  return {
    ok: true,
    preview: {
      document: parsed.document,
      assessments: planImport(parsed.document.records, existing, importerId),
    },
  };
}

/** True when some assessment of the file would replace different content on the device. */
export function needsConfirmation(preview: ImportPreview): boolean {
  return preview.assessments.some((assessment) => assessment.state === 'changed');
}

/**
 * Writes the file's assessments: new ones always, changed ones only with `overwrite`, signed ones
 * never; then stores the photo bytes whose hash checks out.
 */
export async function applyImport(
  sources: { store: LocalStore; engine: SyncEngine },
  preview: ImportPreview,
  overwrite: boolean,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = {
    written: [],
    unchanged: [],
    kept: [],
    refused: [],
    photosAdded: 0,
    photosDamaged: 0,
    notCarried: [],
  };
  for (const assessment of preview.assessments) {
    const { state, label } = assessment;
    if (state === 'unchanged') outcome.unchanged.push(label);
    else if (state === 'signed') outcome.refused.push(label);
    else if (state === 'changed' && !overwrite) outcome.kept.push(label);
    else {
      for (const edit of assessment.edits) {
        await sources.engine.edit(edit.entity, edit.id as RecordId, edit.set, null);
      }
      outcome.written.push(label);
      const { notCarried } = assessment;
      const isLeftBehind =
        notCarried.status !== undefined ||
        notCarried.otherPeoplesComments > 0 ||
        notCarried.amendments > 0;
      if (isLeftBehind) outcome.notCarried.push({ label, notCarried });
    }
  }
  for (const photo of preview.document.photos) {
    if ((await sources.store.getBlob(photo.sha256)) !== undefined) continue;
    const bytes = base64ToBytes(photo.base64);
    if ((await sha256Hex(bytes)) !== photo.sha256) {
      outcome.photosDamaged += 1;
      continue;
    }
    await storePhoto(sources.store, bytes, photo.mimeType);
    outcome.photosAdded += 1;
  }
  return outcome;
}
