// The visit's date, type and consent, correctable until sign-off (the sign-off lock disables them, and the
// server refuses a change of a signed visit's details).
import { useState } from 'preact/hooks';
import { isCalendarDate } from '../../../domain/calendar-date';
import type { Assessment } from '../../../domain/records';
import { useServices } from '../services';

export function VisitDetailsFields({ visit }: { visit: Assessment }) {
  const { engine } = useServices();
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const saveDate = (text: string) => {
    if (!isCalendarDate(text)) {
      setProblem('Not saved: a visit needs a date. The date stays as it was.');
      return;
    }
    setProblem(undefined);
    void engine.edit('assessment', visit.id, { date: text }, 'Visit date');
  };
  return (
    <div class="visit-details-fields">
      <label class="field">
        Date of the visit
        <input
          type="date"
          value={visit.fields.date ?? ''}
          aria-invalid={problem !== undefined}
          aria-describedby={problem === undefined ? undefined : `visit-date-problem-${visit.id}`}
          onChange={(event) => saveDate(event.currentTarget.value)}
        />
      </label>
      {problem !== undefined && (
        <p id={`visit-date-problem-${visit.id}`} class="error" role="alert">
          {problem}
        </p>
      )}
      <label class="field">
        Type of visit
        <select
          value={visit.fields.type === 'follow-up' ? 'follow-up' : 'initial'}
          onChange={(event) =>
            void engine.edit(
              'assessment',
              visit.id,
              { type: event.currentTarget.value === 'follow-up' ? 'follow-up' : 'initial' },
              'Type of visit',
            )
          }
        >
          <option value="initial">Initial assessment</option>
          <option value="follow-up">Follow-up</option>
        </select>
      </label>
      <label class="choice">
        <input
          type="checkbox"
          checked={visit.fields.consentRecorded === true}
          onChange={(event) =>
            void engine.edit(
              'assessment',
              visit.id,
              { consentRecorded: event.currentTarget.checked },
              'Consent',
            )
          }
        />
        The client (or their representative) consented to this visit
      </label>
    </div>
  );
}
