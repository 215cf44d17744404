// The standard a visit is judged by, which the therapist may change for this visit alone, and the
// offer to move a draft onto a checklist version whose figures have been corrected.
import { useMemo } from 'preact/hooks';
import { changesSinceVersion } from '../../../domain/checklist-changes';
import { judgingName, PROFILE_IDS, PROFILES } from '../../../domain/standards';
import { judgingOf, readingsOf } from '../../../domain/visit-judging';
import { useUnits } from '../records';
import { useServices } from '../services';
import type { VisitData } from '../visits/use-visit';
import { useIsVisitEditable } from '../visits/visit-lock';

export function VisitStandard({ data }: { data: VisitData }) {
  const { engine } = useServices();
  const isEditable = useIsVisitEditable();
  const judging = judgingOf(data.visit);
  return (
    <div class="visit-standard">
      <label class="field">
        Standard the measurements are judged by
        <select
          value={judging}
          disabled={!isEditable}
          onChange={(event) =>
            void engine.edit(
              'assessment',
              data.visit.id,
              { standard: event.currentTarget.value },
              'Standard for this visit',
            )
          }
        >
          {judging === 'legacy' && <option value="legacy">{judgingName('legacy')}</option>}
          {PROFILE_IDS.map((id) => (
            <option key={id} value={id}>
              {PROFILES[id].country}: {PROFILES[id].label}
            </option>
          ))}
        </select>
      </label>
      <ChecklistUpgrade data={data} />
    </div>
  );
}

/** A draft made with an older checklist version: the figures since corrected, and one tap to use them. */
function ChecklistUpgrade({ data }: { data: VisitData }) {
  const { engine } = useServices();
  const [units] = useUnits();
  const isEditable = useIsVisitEditable();
  const { checklist, newerChecklist } = data;
  const changes = useMemo(() => {
    if (checklist === undefined || newerChecklist === undefined || units === undefined) return [];
    const taken = new Set(data.findings.flatMap((finding) => Object.keys(readingsOf(finding))));
    const found = changesSinceVersion([checklist, newerChecklist], checklist, {
      judging: judgingOf(data.visit),
      units,
      measurementIds: taken,
    });
    return found?.changes ?? [];
  }, [checklist, newerChecklist, units, data.findings, data.visit]);
  if (checklist === undefined || newerChecklist === undefined || !isEditable) return null;
  return (
    <div class="checklist-upgrade" role="note">
      <p>
        Version {newerChecklist.version} of this checklist corrects figures of version{' '}
        {checklist.version}
        {changes.length === 0
          ? '; none of this visit\u2019s measurements read differently.'
          : `; ${changes.length} of this visit\u2019s measurements read differently:`}
      </p>
      {changes.length > 0 && (
        <ul>
          {changes.map((change) => (
            <li key={change.measurementId}>
              {change.label}: was {change.before}; now {change.after}
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        class="button"
        onClick={() =>
          void engine.edit(
            'assessment',
            data.visit.id,
            { checklistVersion: newerChecklist.version },
            `Use checklist version ${newerChecklist.version}`,
          )
        }
      >
        Use version {newerChecklist.version}
      </button>
    </div>
  );
}
