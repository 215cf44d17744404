// Assessments waiting for review and sign-off, read at a desk.
import { ScreenFrame } from './screen-frame';

export function ReviewScreen() {
  return (
    <ScreenFrame title="Review">
      <div class="empty-state">
        <p>Nothing is waiting for review.</p>
        <p class="hint">Completed assessments appear here to be read, commented and signed off.</p>
      </div>
    </ScreenFrame>
  );
}
