// Small factories for visit tests: a checklist item with its activities, and a room record.
import type { Activity, Item } from '../../../src/domain/checklist';
import type { FieldValues } from '../../../src/domain/entities';
import type { RecordView } from '../../../src/domain/record-view';

/** A yes/no item that is a barrier when answered no, affecting `activities`. */
export function item(id: string, activities: Activity[]): Item {
  return {
    id,
    prompt: `Prompt for ${id}`,
    help: 'Help text.',
    answer: { type: 'yes-no', barrierWhen: 'no' },
    severity: { default: 'medium', guidance: 'Usually medium.' },
    measurements: [],
    interventions: [],
    activities,
    fallRelated: false,
    crosswalk: {},
  };
}

/** A room of an area, named after its id. */
export function room(
  id: string,
  areaId: string,
  order: number,
  fields: FieldValues = {},
): RecordView {
  return { id, fields: { name: id, areaId, order, ...fields } };
}
