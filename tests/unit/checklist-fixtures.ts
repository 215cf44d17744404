// Shared helpers for the checklist tests: reading the data files and fingerprinting their content.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHECKLIST_FILES = [
  'adult-home.json',
  'child-home.json',
  'school.json',
  'workplace.json',
];

/** Released versions kept so the visits made with them read as they were judged. */
export const ARCHIVED_CHECKLIST_FILES = [
  'archive/adult-home.v1.json',
  'archive/child-home.v1.json',
  'archive/school.v1.json',
  'archive/workplace.v1.json',
];

/** Released version 2 files, which follow the current schema.json. */
export const ARCHIVED_V2_CHECKLIST_FILES = [
  'archive/adult-home.v2.json',
  'archive/child-home.v2.json',
  'archive/school.v2.json',
  'archive/workplace.v2.json',
];

/** Reads a file from the repository's checklists/ folder as JSON. */
export function readChecklistFile(fileName: string): unknown {
  const url = new URL(`../../checklists/${fileName}`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8'));
}

/** A hash of a checklist's content, ignoring formatting and the $schema pointer. */
export function fingerprint(data: unknown): string {
  const { $schema: _schema, ...content } = data as Record<string, unknown>;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
}
