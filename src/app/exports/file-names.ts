// File names of exports: the client's name and the visit date for one assessment, a count for many.

import { calendarDateAt } from '../../domain/calendar-date';
import type { AssessmentModel } from '../../domain/exports/export-model';
import { textField } from '../../domain/record-view';

/** What an export holds, as it ends its file name. */
export const EXPORT_SUFFIXES = {
  'findings-csv': 'findings.csv',
  'interventions-csv': 'interventions.csv',
  'assessment-json': 'assessment.json',
  'fhir-bundle': 'fhir-r4.json',
} as const;
export type ExportKind = keyof typeof EXPORT_SUFFIXES;

/** Lower-case ASCII words joined by dashes: `Zoë Lefèvre` becomes `zoe-lefevre`. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `zoe-lefevre-2025-03-04-findings.csv` for one assessment;
 * `homeassess-12-assessments-2025-06-01-findings.csv` for several, dated the day of the export.
 */
export function exportFileName(
  models: readonly AssessmentModel[],
  kind: ExportKind,
  nowMs: number,
): string {
  const suffix = EXPORT_SUFFIXES[kind];
  const [only] = models;
  if (models.length === 1 && only !== undefined) {
    const name = slug((only.client && textField(only.client, 'name')) ?? '') || 'client';
    const date = textField(only.assessment, 'date') ?? 'undated';
    return `${name}-${date}-${suffix}`;
  }
  const today = calendarDateAt(nowMs);
  return `homeassess-${models.length}-assessments-${today}-${suffix}`;
}
