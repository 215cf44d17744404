// Export buttons for one assessment or a list of them: findings and interventions as CSV, the whole
// assessment as JSON (re-importable) and a FHIR R4 Bundle, each saved as a file.
import { useId, useState } from 'preact/hooks';
import type { RecordId } from '../../../domain/ids';
import { downloadFile } from '../../exports/download';
import { recordExport } from '../../exports/export-audit';
import { countOf, makeExportFile } from '../../exports/export-files';
import type { ExportKind } from '../../exports/file-names';
import { useUnits } from '../records';
import { useServices } from '../services';
import './exports.css';

/** The buttons, in the order a reader meets them. */
const EXPORTS: readonly { kind: ExportKind; label: string }[] = [
  { kind: 'findings-csv', label: 'Findings (CSV)' },
  { kind: 'interventions-csv', label: 'Interventions (CSV)' },
  { kind: 'assessment-json', label: 'Assessment (JSON)' },
  { kind: 'fhir-bundle', label: 'FHIR R4 Bundle' },
];

type Status =
  | { state: 'idle' }
  | { state: 'working'; label: string }
  | { state: 'done'; message: string }
  | { state: 'failed'; message: string };

export interface ExportPanelProps {
  /** The assessments to export: one (the review detail) or the filtered list. */
  assessmentIds: RecordId[];
  /** The panel's heading; "Export" when not given. */
  label?: string;
  /** The section's id, for links to it. */
  id?: string;
}

/**
 * Saves the assessments as files. Several assessments go into one file of each kind (the JSON file
 * re-imports them all; the FHIR Bundle holds them all), so a filtered list is one download each.
 */
export function ExportPanel({ assessmentIds, label = 'Export', id }: ExportPanelProps) {
  const services = useServices();
  const [units] = useUnits();
  const headingId = useId();
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const isEmpty = assessmentIds.length === 0;
  const save = async (kind: ExportKind, buttonLabel: string) => {
    setStatus({ state: 'working', label: buttonLabel });
    try {
      const file = await makeExportFile(services, assessmentIds, kind, units);
      if (file === undefined) {
        setStatus({ state: 'failed', message: 'None of these assessments is on this device.' });
        return;
      }
      downloadFile(file);
      void recordExport(services.session, file.fileName, file.assessmentCount);
      setStatus({ state: 'done', message: `Saved ${file.fileName}: ${file.summary}.` });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setStatus({ state: 'failed', message: `The ${buttonLabel} file was not made: ${reason}` });
    }
  };
  return (
    <section id={id} class="panel export-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{label}</h2>
      <p class="hint">
        {isEmpty
          ? 'No assessments to export.'
          : `Save ${assessmentIds.length === 1 ? 'this assessment' : countOf(assessmentIds.length, 'assessment')} as a file.`}
      </p>
      <div class="actions">
        {EXPORTS.map(({ kind, label: buttonLabel }) => (
          <button
            key={kind}
            type="button"
            class="button"
            disabled={isEmpty || status.state === 'working'}
            onClick={() => void save(kind, buttonLabel)}
          >
            {buttonLabel}
          </button>
        ))}
      </div>
      <p role="status" class={status.state === 'failed' ? 'notice error' : 'notice'}>
        {status.state === 'working' && `Making the ${status.label} file…`}
        {(status.state === 'done' || status.state === 'failed') && status.message}
      </p>
    </section>
  );
}
