// When the follow-up of a baseline visit is due; without a date, the caseload counts a default
// interval from the visit's date.
import { DEFAULT_FOLLOW_UP_DAYS } from '../../../domain/caseload';
import { useServices } from '../services';
import type { VisitData } from './use-visit';

export function FollowUpDueField({ data }: { data: VisitData }) {
  const { engine } = useServices();
  if (data.visit.fields.type === 'follow-up') return null;
  return (
    <label class="field">
      Follow-up due
      <input
        type="date"
        value={data.visit.fields.followUpDue ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          void engine.edit(
            'assessment',
            data.visit.id,
            { followUpDue: value === '' ? null : value },
            'Follow-up due date',
          );
        }}
      />
      <span class="hint">Left empty: {DEFAULT_FOLLOW_UP_DAYS} days after the visit.</span>
    </label>
  );
}
