// The visits on this device: where a therapist starts or resumes a room-by-room assessment.
import { ScreenFrame } from './screen-frame';

export function VisitsScreen() {
  return (
    <ScreenFrame title="Visits">
      <div class="empty-state">
        <p>No visits on this device yet.</p>
        <p class="hint">
          Visits you start here are saved on this device as you work, with or without a connection.
        </p>
      </div>
    </ScreenFrame>
  );
}
