// Shows whether the server can be reached right now, in words and not by colour alone.
import type { Connectivity } from '../sync/connectivity';

const LABELS: Record<Connectivity, string> = {
  checking: 'Checking connection…',
  online: 'Online',
  degraded: 'Server problem',
  offline: 'Offline',
};

export function ConnectionStatus({ state }: { state: Connectivity }) {
  return (
    <output class={`connection connection-${state}`} aria-live="polite">
      <span class="connection-dot" aria-hidden="true" />
      {LABELS[state]}
    </output>
  );
}
