// The organization's checklists: the built-in ones and those a clinic imported (synced as records).
import { type Checklist, parseChecklist } from '../../domain/checklist';
import type { ValidationError } from '../../domain/json-reader';
import type { RecordView } from '../../domain/record-view';

export interface LibraryContext {
  builtins: readonly Checklist[];
  interventionIds: ReadonlySet<string>;
}

export type ImportCheck =
  | { ok: true; checklist: Checklist; body: string }
  | { ok: false; errors: ValidationError[] };

/** The imported checklists held in `checklist` records; a record that no longer parses is left out. */
export function importedChecklists(
  records: readonly RecordView[],
  context: LibraryContext,
): Checklist[] {
  const imported: Checklist[] = [];
  for (const record of records) {
    if (record.fields.deleted === true || typeof record.fields.body !== 'string') continue;
    try {
      const result = parseChecklist(
        JSON.parse(record.fields.body),
        `${String(record.fields.checklistId)}.json`,
        {
          interventionIds: context.interventionIds,
        },
      );
      if (result.ok) imported.push(result.checklist);
    } catch {
      // A damaged body stays in its record for a person to see; it is not offered for new visits.
    }
  }
  return imported;
}

/**
 * Checks a clinic's checklist file before it is imported: readable JSON, valid against the
 * checklist rules and the catalogue, and not a version the library already has.
 */
export function checkChecklistImport(
  text: string,
  fileName: string,
  context: LibraryContext,
  library: readonly Checklist[],
): ImportCheck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [{ file: fileName, path: '', message: `The file is not valid JSON (${reason}).` }],
    };
  }
  const result = parseChecklist(data, fileName, {
    interventionIds: context.interventionIds,
    library,
  });
  if (!result.ok) return result;
  const { id, version } = result.checklist;
  if (library.some((existing) => existing.id === id && existing.version === version)) {
    const message = `Version ${version} of checklist "${id}" is already in the library; raise "version" to import a change.`;
    return { ok: false, errors: [{ file: fileName, path: 'version', message }] };
  }
  return { ok: true, checklist: result.checklist, body: JSON.stringify(data) };
}
