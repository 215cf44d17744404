// "Mark complete" on the visit's own overview: what is still unanswered, room by room with a link
// to the first open item, then the same status actions as the review screen.
import { orderedRooms, unansweredItems } from '../../../domain/visit-progress';
import { AppLink } from '../app-link';
import { ReviewDetailActions } from '../review/review-detail-actions';
import '../review/review-detail.css';
import type { VisitData } from './use-visit';
import { roomPath } from './visit-routes';

function UnansweredRooms({ data }: { data: VisitData }) {
  const { checklist } = data;
  if (checklist === undefined) return null;
  const open = orderedRooms(data.rooms)
    .filter((room) => room.fields.skipped !== true)
    .map((room) => ({ room, items: unansweredItems(room, checklist, data.findings) }))
    .filter(({ items }) => items.length > 0);
  if (open.length === 0) return <p>Every item of every room is answered.</p>;
  return (
    <ul class="visit-unanswered" aria-label="Still unanswered">
      {open.map(({ room, items }) => (
        <li key={room.id}>
          <AppLink href={roomPath(data.visit.id, room.id, items[0]?.id)}>
            {String(room.fields.name || 'Room')}
          </AppLink>
          : {items.length === 1 ? '1 item' : `${items.length} items`} not answered
        </li>
      ))}
    </ul>
  );
}

export function VisitCompletion({ data }: { data: VisitData }) {
  return (
    <section class="panel" aria-labelledby="visit-completion-heading">
      <h2 id="visit-completion-heading">Complete the visit</h2>
      <UnansweredRooms data={data} />
      <ReviewDetailActions data={data} />
    </section>
  );
}
