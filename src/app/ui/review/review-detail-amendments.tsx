// The amendments made after sign-off: who, when and why, and each change from before to after.

import { type AmendmentChange, readChanges } from '../../../domain/amendments';
import { findItem } from '../../../domain/checklist';
import type { RecordView } from '../../../domain/record-view';
import type { Amendment } from '../../../domain/records';
import type { VisitData } from '../visits/use-visit';
import { formatMoment, formatValue } from './review-detail-format';

/** A field name in words: `summaryNotes` reads "summary notes". */
const fieldName = (field: string) => field.replace(/([A-Z])/g, ' $1').toLowerCase();

const ENTITY_NAMES: Record<string, string> = {
  assessment: 'Visit',
  room: 'Room',
  finding: 'Item',
  intervention: 'Recommendation',
  goal: 'Goal',
  photo: 'Photo',
};

/** What a change is about, named as the review names it: the item's prompt, the room's name. */
function changedRecordName(change: AmendmentChange, data: VisitData): string {
  const kind = ENTITY_NAMES[change.entity] ?? change.entity;
  const named = (records: readonly RecordView[], field: string) => {
    const value = records.find((record) => record.id === change.id)?.fields[field];
    return typeof value === 'string' && value !== '' ? `${kind}: ${value}` : kind;
  };
  if (change.entity === 'finding') {
    const finding = data.findings.find((record) => record.id === change.id);
    const itemId = finding?.fields.itemId ?? '';
    const item = data.checklist === undefined ? undefined : findItem(data.checklist, itemId);
    const room = data.rooms.find((record) => record.id === finding?.fields.roomId);
    const where = room === undefined ? '' : ` (${room.fields.name ?? ''})`;
    return item === undefined ? kind : `${kind}: ${item.prompt}${where}`;
  }
  if (change.entity === 'room') return named(data.rooms, 'name');
  if (change.entity === 'goal') return named(data.goals, 'activity');
  if (change.entity === 'intervention') return named(data.interventions, 'title');
  return kind;
}

function AmendmentEntry({ amendment, data }: { amendment: Amendment; data: VisitData }) {
  const { fields } = amendment;
  const changes = readChanges(fields.changes);
  return (
    <li class="review-amendment">
      <h3>
        Amendment by {fields.authorName ?? 'someone'}, {formatMoment(fields.startedAt)}
      </h3>
      <p>Reason: {fields.reason ?? ''}</p>
      <p class="hint">
        {typeof fields.closedAt === 'number'
          ? `Finished ${formatMoment(fields.closedAt)}`
          : 'Still open'}
      </p>
      {changes.length === 0 ? (
        <p class="hint">No change recorded.</p>
      ) : (
        <ul class="review-amendment-changes" aria-label="Changes">
          {changes.map((change, index) => (
            <li key={`${change.id}/${change.field}/${index}`}>
              {changedRecordName(change, data)}, {fieldName(change.field)}:{' '}
              <span class="visually-hidden">from </span>
              <del>{formatValue(change.before)}</del> <span aria-hidden="true">→</span>
              <span class="visually-hidden"> to </span> <ins>{formatValue(change.after)}</ins>
              <span class="hint"> ({formatMoment(change.at)})</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function ReviewDetailAmendments({
  amendments,
  data,
}: {
  amendments: readonly Amendment[];
  data: VisitData;
}) {
  return (
    <section
      class="panel"
      id="review-amendments"
      aria-labelledby="review-amendments-heading"
      tabIndex={-1}
    >
      <h2 id="review-amendments-heading">Amendments</h2>
      {amendments.length === 0 ? (
        <p class="hint">No amendment since the sign-off.</p>
      ) : (
        <ul class="plain-list">
          {amendments.map((amendment) => (
            <AmendmentEntry key={amendment.id} amendment={amendment} data={data} />
          ))}
        </ul>
      )}
    </section>
  );
}
