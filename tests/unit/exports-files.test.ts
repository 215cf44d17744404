// Export file names: the client's name and the visit date for one assessment, a count for a list.
import { describe, expect, it } from 'vitest';
import { exportFileName, slug } from '../../src/app/exports/file-names';
import { type AssessmentModel, collectAssessments } from '../../src/domain/exports/export-model';
import { homeVisitRecords, idOf, sourceOf } from './exports-fixtures';

const NOW = Date.UTC(2025, 5, 1, 12);

function visits(...names: string[]): AssessmentModel[] {
  const records = names.flatMap((name) => homeVisitRecords(name));
  return collectAssessments(names.map(idOf), sourceOf(records));
}

describe('export file names', () => {
  it('spell the client name in plain lower-case words', () => {
    expect(slug('Zoë Lefèvre-O’Brien, Jr.')).toBe('zoe-lefevre-o-brien-jr');
  });

  it('name one assessment by its client and date', () => {
    expect(exportFileName(visits('visit'), 'findings-csv', NOW)).toBe(
      'zoe-lefevre-2025-03-04-findings.csv',
    );
  });

  it('name a list by its count and the day of the export', () => {
    expect(exportFileName(visits('first', 'second'), 'fhir-bundle', NOW)).toBe(
      'homeassess-2-assessments-2025-06-01-fhir-r4.json',
    );
  });
});
