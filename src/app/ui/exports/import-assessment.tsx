// Settings: import an assessment export (JSON), asking first before it replaces different content.
import { useState } from 'preact/hooks';
import type { NotCarried } from '../../../domain/exports/import-plan';
import { countOf } from '../../exports/export-files';
import {
  applyImport,
  type ImportOutcome,
  type ImportPreview,
  needsConfirmation,
  previewImport,
} from '../../exports/import-assessment';
import { useServices } from '../services';
import './exports.css';

type Status =
  | { state: 'idle' }
  | { state: 'confirm'; preview: ImportPreview }
  | { state: 'done'; message: string }
  | { state: 'failed'; message: string };

/** What a file held that the import did not bring, and why, in one sentence. */
function leftBehind(label: string, notCarried: NotCarried): string {
  const parts: string[] = [];
  if (notCarried.status !== undefined) {
    parts.push(notCarried.status === 'signed' ? 'its completion and sign-off' : 'its completion');
  }
  if (notCarried.otherPeoplesComments > 0) {
    parts.push(`${countOf(notCarried.otherPeoplesComments, 'comment')} by other people`);
  }
  if (notCarried.amendments > 0) parts.push(countOf(notCarried.amendments, 'amendment'));
  return `Not carried over for ${label}: ${parts.join(', ')}. Completions, sign-offs, comments and amendments are recorded only as their own people make them here.`;
}

/** What the import did, in sentences. */
function describeOutcome(outcome: ImportOutcome): string {
  const list = (labels: string[]) => labels.join('; ');
  const sentences: string[] = [];
  if (outcome.written.length > 0) sentences.push(`Imported ${list(outcome.written)}.`);
  if (outcome.unchanged.length > 0) {
    sentences.push(`Already on this device as in the file: ${list(outcome.unchanged)}.`);
  }
  if (outcome.kept.length > 0) sentences.push(`Kept this device's copy of ${list(outcome.kept)}.`);
  if (outcome.refused.length > 0) {
    sentences.push(
      `Not replaced, because it is signed on this device and changes after sign-off are amendments: ${list(outcome.refused)}.`,
    );
  }
  for (const { label, notCarried } of outcome.notCarried)
    sentences.push(leftBehind(label, notCarried));
  if (outcome.photosAdded > 0) sentences.push(`Added ${countOf(outcome.photosAdded, 'photo')}.`);
  if (outcome.photosDamaged > 0) {
    sentences.push(
      `${countOf(outcome.photosDamaged, 'photo')} in the file were damaged and left out.`,
    );
  }
  return sentences.join(' ');
}

/** The file input and the outcome, announced; a changed assessment waits for the person's answer. */
export function ImportAssessment() {
  const services = useServices();
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const fail = (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    // Records already written stay; the same file imported again writes only the rest.
    const message = `The import stopped: ${reason}. Import the file again to finish it.`;
    setStatus({ state: 'failed', message });
  };
  const apply = async (preview: ImportPreview, overwrite: boolean) => {
    try {
      const outcome = await applyImport(services, preview, overwrite);
      setStatus({ state: 'done', message: describeOutcome(outcome) });
    } catch (error) {
      fail(error);
    }
  };
  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (file === undefined) return;
    try {
      const importerId = services.currentSession.get()?.user.id;
      const result = await previewImport(services.engine, await file.text(), importerId);
      if (!result.ok) {
        setStatus({ state: 'failed', message: `Nothing was imported. ${result.error}` });
      } else if (needsConfirmation(result.preview)) {
        setStatus({ state: 'confirm', preview: result.preview });
      } else await apply(result.preview, false);
    } catch (error) {
      fail(error);
    }
  };
  return (
    <section class="panel" aria-labelledby="import-assessment-heading">
      <h2 id="import-assessment-heading">Assessments from a file</h2>
      <p class="hint">
        Brings back an assessment saved with "Assessment (JSON)", on this device or another. It
        syncs like any visit; importing the same file again changes nothing.
      </p>
      <label class="button file-button">
        Import an assessment (JSON)
        <input
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          onChange={(event) => void read(event.currentTarget)}
        />
      </label>
      {status.state === 'confirm' && (
        <ConfirmReplace
          preview={status.preview}
          onAnswer={(overwrite) => void apply(status.preview, overwrite)}
        />
      )}
      <p role="status" class={status.state === 'failed' ? 'notice error' : 'notice'}>
        {(status.state === 'done' || status.state === 'failed') && status.message}
      </p>
    </section>
  );
}

function ConfirmReplace({
  preview,
  onAnswer,
}: {
  preview: ImportPreview;
  onAnswer: (overwrite: boolean) => void;
}) {
  const changed = preview.assessments.filter((assessment) => assessment.state === 'changed');
  return (
    <fieldset class="import-confirm">
      <legend>Replace this device's copy with the file?</legend>
      <p role="alert">
        {changed.length === 1 ? 'This assessment is' : 'These assessments are'} on this device
        already, with content that differs from the file:
      </p>
      <ul>
        {changed.map((assessment) => (
          <li key={assessment.assessmentId}>
            {assessment.label}: {countOf(assessment.edits.length, 'record')} would change
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" class="button" onClick={() => onAnswer(true)}>
          Replace with the file
        </button>
        <button type="button" class="button button-primary" onClick={() => onAnswer(false)}>
          Keep this device's copy
        </button>
      </div>
    </fieldset>
  );
}
