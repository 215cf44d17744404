// Conflicts to review: both values, who wrote each and when, and a choice of which to keep.

import { useEffect, useState } from 'preact/hooks';
import type { EntityName, FieldValue } from '../../../domain/entities';
import type { RecordId } from '../../../domain/ids';
import type { Conflict } from '../../../domain/records';
import type { AppServices } from '../../app-services';
import { describeWriter } from '../../sync/sync-status';
import { useFeed } from '../feed';
import { fieldWords, recordWords, valueWords } from './record-words';

const formatValue = (value: FieldValue | undefined) =>
  typeof value === 'string' ? value : valueWords(value);

function formatWhen(at: FieldValue | undefined): string {
  return typeof at === 'number' ? new Date(at).toLocaleString() : 'unknown time';
}

async function keepValue(services: AppServices, conflict: Conflict, keepOverwritten: boolean) {
  const { entity, recordId, field, overwrittenValue } = conflict.fields;
  if (
    keepOverwritten &&
    typeof entity === 'string' &&
    typeof recordId === 'string' &&
    typeof field === 'string'
  ) {
    await services.engine.edit(entity as EntityName, recordId as RecordId, {
      [field]: overwrittenValue ?? null,
    });
  }
  await services.engine.edit('conflict', conflict.id, { resolved: true });
}

function ConflictItem({ services, conflict }: { services: AppServices; conflict: Conflict }) {
  const { fields } = conflict;
  const session = useFeed(services.currentSession);
  const [deviceId, setDeviceId] = useState<string | undefined>(undefined);
  useEffect(() => {
    void services.engine.deviceId().then(setDeviceId);
  }, [services]);
  const me = { userId: session?.user.id, deviceId };
  const label = `${recordWords(fields.entity).toLowerCase()} ${fieldWords(fields.field)}`;
  return (
    <li class="card">
      <h3>Two edits of {label}</h3>
      <div class="conflict-values">
        <div>
          <p class="value-label">Kept (now showing)</p>
          <p class="value">{formatValue(fields.keptValue)}</p>
          <p class="hint">
            {describeWriter(fields.keptBy, fields.keptDeviceId, me)}, {formatWhen(fields.keptAt)}
          </p>
          <button
            type="button"
            class="button"
            onClick={() => void keepValue(services, conflict, false)}
          >
            Keep “{formatValue(fields.keptValue)}”
          </button>
        </div>
        <div>
          <p class="value-label">Overwritten</p>
          <p class="value">{formatValue(fields.overwrittenValue)}</p>
          <p class="hint">
            {describeWriter(fields.overwrittenBy, fields.overwrittenDeviceId, me)},{' '}
            {formatWhen(fields.overwrittenAt)}
          </p>
          <button
            type="button"
            class="button"
            onClick={() => void keepValue(services, conflict, true)}
          >
            Keep “{formatValue(fields.overwrittenValue)}”
          </button>
        </div>
      </div>
    </li>
  );
}

export function ConflictList({
  services,
  conflicts,
}: {
  services: AppServices;
  conflicts: Conflict[];
}) {
  return (
    <section class="panel" aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">Conflicts to review ({conflicts.length})</h2>
      {conflicts.length === 0 ? (
        <p class="hint">No conflicting edits.</p>
      ) : (
        <ul class="plain-list">
          {conflicts.map((conflict) => (
            <ConflictItem key={conflict.id} services={services} conflict={conflict} />
          ))}
        </ul>
      )}
    </section>
  );
}
