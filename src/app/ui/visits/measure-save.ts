// Saving one measure of a visit (falls, FES-I, TUG) in one edit, refused with the reason when the
// visit's measures would not hold together, the rule the server applies too.
import type { FieldValues } from '../../../domain/entities';
import { measuresProblem } from '../../../domain/mobility-measures';
import type { Assessment } from '../../../domain/records';
import { useServices } from '../services';

/** The outcome of saving one measure: the reason it was refused, or what was saved. */
export interface SaveOutcome {
  error?: string;
  notice?: string;
}

/** Saves a measure's fields in one edit once the assessment would still hold together. */
export function useMeasureSave(visit: Assessment) {
  const { engine } = useServices();
  return async (set: FieldValues, label: string, saved: string): Promise<SaveOutcome> => {
    const after: Record<string, unknown> = { ...visit.fields };
    for (const [field, value] of Object.entries(set)) {
      if (value === null) delete after[field];
      else after[field] = value;
    }
    const problem = measuresProblem(after);
    if (problem !== undefined) return { error: problem };
    try {
      await engine.edit('assessment', visit.id, set, label);
    } catch (error) {
      return { error: error instanceof Error ? error.message : 'The measure was not saved.' };
    }
    return { notice: saved };
  };
}
