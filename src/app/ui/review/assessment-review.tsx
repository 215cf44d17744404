// One assessment read at a desk, room by room, to comment on and sign off.
import type { RecordId } from '../../../domain/ids';
import { ScreenFrame } from '../screens/screen-frame';

export function AssessmentReview({ assessmentId }: { assessmentId: RecordId }) {
  return (
    <ScreenFrame title="Assessment">
      <p>Assessment {assessmentId}</p>
    </ScreenFrame>
  );
}
