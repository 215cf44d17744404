// The organization's clients: their profiles shape each assessment.
import { ScreenFrame } from './screen-frame';

export function ClientsScreen() {
  return (
    <ScreenFrame title="Clients">
      <div class="empty-state">
        <p>No clients on this device yet.</p>
        <p class="hint">A client's profile records their mobility device, goals and address.</p>
      </div>
    </ScreenFrame>
  );
}
