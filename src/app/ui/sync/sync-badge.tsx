// The sync state in the top bar, in words; it opens the sync screen.

import type { AppServices } from '../../app-services';
import { describeSyncState } from '../../sync/sync-status';
import { AppLink } from '../app-link';
import { useFeed } from '../feed';

export function SyncBadge({ services }: { services: AppServices }) {
  const status = useFeed(services.syncStatus);
  const text = status === undefined ? 'Sync' : describeSyncState(status);
  const needsAttention =
    status !== undefined && (status.conflicts.length > 0 || status.rejectedEdits.length > 0);
  return (
    <AppLink
      class="sync-badge"
      href="/sync"
      aria-label={`Sync status: ${text}${needsAttention ? ', needs your review' : ''}`}
    >
      {text}
      {needsAttention && <span class="attention-dot" aria-hidden="true" />}
    </AppLink>
  );
}
