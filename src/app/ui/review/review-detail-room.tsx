// One room of the review: its notes and comments, then every answered item in checklist order.

import type { RecordId } from '../../../domain/ids';
import type { Comment, Photo, Room } from '../../../domain/records';
import type { UnitSystem } from '../../../domain/units';
import { findingFor, hasAnswer, roomItems } from '../../../domain/visit-progress';
import type { VisitData } from '../visits/use-visit';
import { ReviewComments } from './review-comments';
import { ReviewDetailItem } from './review-detail-item';

/** The element id of a room's section, for the rooms navigation. */
export const roomSectionId = (roomId: string) => `review-room-${roomId}`;

export function ReviewDetailRoom({
  data,
  room,
  photos,
  comments,
  units,
}: {
  data: VisitData;
  room: Room;
  photos: readonly Photo[];
  comments: readonly Comment[];
  units: UnitSystem;
}) {
  const name = String(room.fields.name || 'Room');
  const headingId = `${roomSectionId(room.id)}-heading`;
  const answered =
    data.checklist === undefined
      ? []
      : roomItems(room, data.checklist).flatMap((item) => {
          const finding = findingFor(data.findings, room.id, item.id);
          return finding !== undefined && hasAnswer(finding) ? [{ item, finding }] : [];
        });
  return (
    <section
      class="panel review-room"
      id={roomSectionId(room.id)}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <h2 id={headingId}>{name}</h2>
      {room.fields.skipped === true && <p class="hint">Skipped during the visit.</p>}
      {typeof room.fields.notes === 'string' && room.fields.notes !== '' && (
        <p class="review-notes">{room.fields.notes}</p>
      )}
      <ReviewComments
        target={{
          assessmentId: data.visit.id,
          entity: 'room',
          id: room.id as RecordId,
          label: name,
        }}
        comments={comments}
      />
      {answered.length === 0 ? (
        <p class="hint">No item answered in this room.</p>
      ) : (
        answered.map(({ item, finding }) => (
          <ReviewDetailItem
            key={item.id}
            data={data}
            item={item}
            finding={finding}
            photos={photos}
            comments={comments}
            units={units}
          />
        ))
      )}
    </section>
  );
}
