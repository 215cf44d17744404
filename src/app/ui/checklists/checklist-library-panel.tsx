// Settings: the checklists of the organization, and importing a clinic's own checklist file.
import { useState } from 'preact/hooks';
import type { Checklist } from '../../../domain/checklist';
import { formatValidationError, type ValidationError } from '../../../domain/json-reader';
import { SETTING_WORDS } from '../../../domain/words';
import { checkChecklistImport } from '../../checklists/checklist-library';
import { useFeed } from '../feed';
import { useServices } from '../services';
import { useChecklistLibrary } from './use-checklist-library';

function itemCount(checklist: Checklist): number {
  return checklist.areas.reduce((total, area) => total + area.items.length, 0);
}

export function ChecklistLibraryPanel() {
  const services = useServices();
  const session = useFeed(services.currentSession);
  const [errors, setErrors] = useState<ValidationError[]>([]);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const context = useChecklistLibrary();
  if (context === undefined) return <p>Loading checklists…</p>;
  const { imported, all: library } = context;
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (file === undefined) return;
    setNotice(undefined);
    const check = checkChecklistImport(await file.text(), file.name, context, library);
    if (!check.ok) return setErrors(check.errors);
    setErrors([]);
    const { id, version, title } = check.checklist;
    await services.engine.edit('checklist', services.newId(), {
      checklistId: id,
      version,
      title,
      body: check.body,
      source: 'imported',
      importedAt: services.now(),
      ...(session === undefined ? {} : { importedBy: session.user.id }),
    });
    setNotice(
      `Imported "${title}" version ${version} (${itemCount(check.checklist)} items). It reaches the organization's devices when this one syncs.`,
    );
  };
  return (
    <section class="panel" aria-labelledby="checklists-heading">
      <h2 id="checklists-heading">Checklists</h2>
      <ul class="plain-list" aria-label="Checklists in the library">
        {library.map((checklist) => (
          <li key={`${checklist.id}@${checklist.version}`} class="card">
            <strong>{checklist.title}</strong>
            <span class="hint">
              {' '}
              version {checklist.version}, {itemCount(checklist)} items,{' '}
              {SETTING_WORDS[checklist.setting].toLowerCase()} visits
              {imported.includes(checklist) ? ', imported by the clinic' : ''}
              {library.some(
                (other) => other.id === checklist.id && other.version > checklist.version,
              )
                ? ', kept for the visits made with it'
                : ''}
            </span>
          </li>
        ))}
      </ul>
      <label class="button file-button">
        Import a checklist file
        <input
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </label>
      {notice !== undefined && <output class="notice">{notice}</output>}
      {errors.length > 0 && (
        <div role="alert" class="error-list">
          <p class="error">The checklist was not imported. Fix these and try again:</p>
          <ul>
            {errors.map((error) => (
              <li key={`${error.path}:${error.message}`}>{formatValidationError(error)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
