// The review list's search field and filters: therapist, setting, status, dates, high-priority barriers.
import {
  ASSESSMENT_SETTINGS,
  ASSESSMENT_STATUSES,
  type ReviewFilters as Filters,
} from '../../../domain/review-list';
import { SETTING_LABELS, STATUS_LABELS } from './review-list-labels';

export interface ReviewFiltersProps {
  filters: Filters;
  therapists: { key: string; name: string }[];
  /** True while barriers are still being counted, so the barrier filter says it will wait. */
  isCounting: boolean;
  /** `isTyping` when the change is a keystroke in the search field (kept as one history entry). */
  onChange: (filters: Filters, isTyping?: boolean) => void;
}

const orUndefined = <V extends string>(value: string, values: readonly V[]): V | undefined =>
  values.find((candidate) => candidate === value);

export function ReviewFilters({ filters, therapists, isCounting, onChange }: ReviewFiltersProps) {
  const set = (change: Partial<Filters>) => onChange({ ...filters, ...change });
  return (
    <search class="review-filters" aria-label="Find assessments">
      <label class="field review-filters-search">
        Search client or address
        <input
          type="search"
          value={filters.search}
          onInput={(event) => onChange({ ...filters, search: event.currentTarget.value }, true)}
        />
      </label>
      <label class="field">
        Therapist
        <select
          value={filters.therapist ?? ''}
          onChange={(event) => set({ therapist: event.currentTarget.value || undefined })}
        >
          <option value="">Any therapist</option>
          {therapists.map((therapist) => (
            <option key={therapist.key} value={therapist.key}>
              {therapist.name}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        Setting
        <select
          value={filters.setting ?? ''}
          onChange={(event) =>
            set({ setting: orUndefined(event.currentTarget.value, ASSESSMENT_SETTINGS) })
          }
        >
          <option value="">Any setting</option>
          {ASSESSMENT_SETTINGS.map((setting) => (
            <option key={setting} value={setting}>
              {SETTING_LABELS[setting]}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        Status
        <select
          value={filters.status ?? ''}
          onChange={(event) =>
            set({ status: orUndefined(event.currentTarget.value, ASSESSMENT_STATUSES) })
          }
        >
          <option value="">Any status</option>
          {ASSESSMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        From
        <input
          type="date"
          value={filters.dateFrom ?? ''}
          max={filters.dateTo}
          onChange={(event) => set({ dateFrom: event.currentTarget.value || undefined })}
        />
      </label>
      <label class="field">
        To
        <input
          type="date"
          value={filters.dateTo ?? ''}
          min={filters.dateFrom}
          onChange={(event) => set({ dateTo: event.currentTarget.value || undefined })}
        />
      </label>
      <label class="choice review-filters-barriers">
        <input
          type="checkbox"
          checked={filters.hasHighPriorityBarriers}
          aria-describedby={isCounting ? 'review-counting-note' : undefined}
          onChange={(event) => set({ hasHighPriorityBarriers: event.currentTarget.checked })}
        />
        Has high-priority barriers
      </label>
      {isCounting && (
        <p id="review-counting-note" class="hint review-filters-note">
          Barriers are still being counted on this device; the barrier filter and sort apply once
          they are.
        </p>
      )}
    </search>
  );
}
