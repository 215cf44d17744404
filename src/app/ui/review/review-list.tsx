// The organization's assessments, to find one and read it for review.
import { ScreenFrame } from '../screens/screen-frame';

export function ReviewList() {
  return (
    <ScreenFrame title="Review">
      <div class="empty-state">
        <p>Nothing is waiting for review.</p>
        <p class="hint">Completed assessments appear here to be read, commented and signed off.</p>
      </div>
    </ScreenFrame>
  );
}
