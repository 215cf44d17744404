// One assessment read at a desk: the visit and its status actions, the goals, then room by room
// every answered item with its photos and comments, and the amendments made after sign-off.

import { amendmentsOf } from '../../../domain/amendments';
import type { RecordId } from '../../../domain/ids';
import type { RecordView } from '../../../domain/record-view';
import { orderedRooms } from '../../../domain/visit-progress';
import { ExportPanel } from '../exports/export-panel';
import { useRecords, useUnits } from '../records';
import { ScreenFrame } from '../screens/screen-frame';
import { useVisit, type VisitData } from '../visits/use-visit';
import { ReviewDetailAmendments } from './review-detail-amendments';
import { ReviewDetailGoals } from './review-detail-goals';
import { ReviewDetailHeader } from './review-detail-header';
import { ReviewDetailRoom, roomSectionId } from './review-detail-room';
import './review-detail.css';

function clientName(data: VisitData): string {
  const name = data.client?.fields.name;
  return typeof name === 'string' && name !== '' ? name : 'Unnamed client';
}

/** Links to the sections, so a long assessment is read in any order with mouse or keyboard. */
function SectionNavigation({ data }: { data: VisitData }) {
  return (
    <nav class="review-detail-nav" aria-label="Sections">
      <ul>
        <li>
          <a href="#review-goals">Goals</a>
        </li>
        {orderedRooms(data.rooms).map((room) => (
          <li key={room.id}>
            <a href={`#${roomSectionId(room.id)}`}>{String(room.fields.name || 'Room')}</a>
          </li>
        ))}
        <li>
          <a href="#review-amendments">Amendments</a>
        </li>
        <li>
          <a href="#review-export">Export</a>
        </li>
      </ul>
    </nav>
  );
}

function ReviewContent({ data }: { data: VisitData }) {
  const [units] = useUnits();
  const ofVisit = <R extends RecordView>(records: R[] | undefined): R[] =>
    (records ?? []).filter((record) => record.fields.assessmentId === data.visit.id);
  const comments = ofVisit(useRecords('comment'));
  const photos = ofVisit(useRecords('photo'));
  const amendments = amendmentsOf(useRecords('amendment') ?? [], data.visit.id);
  return (
    <ScreenFrame title={`Review: ${clientName(data)}`} pageTitle="Review">
      <ReviewDetailHeader data={data} comments={comments} />
      <div class="review-detail">
        <SectionNavigation data={data} />
        <div class="review-detail-content">
          <ReviewDetailGoals data={data} />
          {data.checklist === undefined && (
            <p class="panel">The checklist of this visit is not on this device yet.</p>
          )}
          {orderedRooms(data.rooms).map((room) => (
            <ReviewDetailRoom
              key={room.id}
              data={data}
              room={room}
              photos={photos}
              comments={comments}
              units={units ?? 'metric'}
            />
          ))}
          <ReviewDetailAmendments amendments={amendments} data={data} />
          <ExportPanel
            id="review-export"
            assessmentIds={[data.visit.id]}
            label="Export this assessment"
          />
        </div>
      </div>
    </ScreenFrame>
  );
}

export function AssessmentReview({ assessmentId }: { assessmentId: RecordId }) {
  const load = useVisit(assessmentId);
  if (load.state === 'loading') return <ScreenFrame title="Assessment">Loading…</ScreenFrame>;
  if (load.state === 'missing') {
    return (
      <ScreenFrame title="Assessment">
        <p class="empty-state">This assessment is not on this device. Sync to fetch it.</p>
      </ScreenFrame>
    );
  }
  return <ReviewContent data={load.data} />;
}
