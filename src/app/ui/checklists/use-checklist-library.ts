// The organization's checklist library for screens: built-ins (loaded on demand) and imported ones.
import { useEffect, useState } from 'preact/hooks';
import type { Checklist } from '../../../domain/checklist';
import type { Catalogue } from '../../../domain/interventions';
import { importedChecklists, type LibraryContext } from '../../checklists/checklist-library';
import { useRecords } from '../records';

export interface ChecklistLibrary extends LibraryContext {
  catalogue: Catalogue;
  /** Built-in and imported checklists, every version. */
  all: Checklist[];
  imported: Checklist[];
}

/** The library, or undefined while the built-in checklists load. */
export function useChecklistLibrary(): ChecklistLibrary | undefined {
  const [builtins, setBuiltins] = useState<(LibraryContext & { catalogue: Catalogue }) | undefined>(
    undefined,
  );
  const records = useRecords('checklist');
  useEffect(() => {
    void import('../../../domain/builtin-checklists').then((module) =>
      setBuiltins({
        builtins: module.builtinChecklists,
        catalogue: module.builtinCatalogue,
        interventionIds: new Set(module.builtinCatalogue.entries.map((entry) => entry.id)),
      }),
    );
  }, []);
  if (builtins === undefined || records === undefined) return undefined;
  const imported = importedChecklists(records, builtins);
  return { ...builtins, imported, all: [...builtins.builtins, ...imported] };
}
