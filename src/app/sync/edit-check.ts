// An edit checked on the device against the entity registry, with the rules the server applies,
// so a value the server would refuse never reaches the outbox and the person hears why at once.
import type { EntityName, FieldValues } from '../../domain/entities';
import { checkFieldValue, type FieldProblem } from '../../domain/field-values';

/** The device refused an edit: nothing was saved, for the reason given. */
export class EditRefusedError extends Error {
  override name = 'EditRefusedError';
  constructor(
    readonly entity: EntityName,
    readonly field: string,
    readonly problem: FieldProblem,
  ) {
    super(problem.message);
  }
}

/** Throws EditRefusedError for the first field of `set` the registry refuses. */
export function checkEdit(entity: EntityName, set: FieldValues): void {
  for (const [field, value] of Object.entries(set)) {
    const problem = checkFieldValue(entity, field, value);
    if (problem !== undefined) throw new EditRefusedError(entity, field, problem);
  }
}
