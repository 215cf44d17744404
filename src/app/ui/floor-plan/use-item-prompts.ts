// The questions of a visit's checklist by item id, so barrier pins read as the therapist asked them.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Checklist, findChecklistVersion, findItem } from '../../../domain/checklist';
import type { Assessment } from '../../../domain/records';
import { importedChecklists, type LibraryContext } from '../../checklists/checklist-library';
import { useRecords } from '../records';

/** The built-in checklists, loaded on demand so they stay out of the app's first download. */
function useBuiltins(): LibraryContext | undefined {
  const [context, setContext] = useState<LibraryContext | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    void import('../../../domain/builtin-checklists').then((module) => {
      if (!isCurrent) return;
      setContext({
        builtins: module.builtinChecklists,
        interventionIds: new Set(module.builtinCatalogue.entries.map((entry) => entry.id)),
      });
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  return context;
}

/** An item's question in the visit's own checklist version; undefined while loading or unknown. */
export function useItemPrompts(
  assessment: Assessment | null | undefined,
): (itemId: string) => string | undefined {
  const context = useBuiltins();
  const records = useRecords('checklist');
  const checklistId = assessment?.fields.checklistId;
  const version = assessment?.fields.checklistVersion;
  const checklist = useMemo((): Checklist | undefined => {
    if (context === undefined || records === undefined) return undefined;
    if (typeof checklistId !== 'string' || typeof version !== 'number') return undefined;
    const library = [...context.builtins, ...importedChecklists(records, context)];
    return findChecklistVersion(library, checklistId, version);
  }, [context, records, checklistId, version]);
  return useMemo(
    () => (itemId: string) =>
      checklist === undefined ? undefined : findItem(checklist, itemId)?.prompt,
    [checklist],
  );
}
