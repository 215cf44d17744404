// The sync screen: state, what waits on the device, conflicts and refused edits, export and import.
import { useState } from 'preact/hooks';
import { describeAge, describeSyncState } from '../../sync/sync-status';
import { useConnectivityState } from '../connectivity-context';
import { useFeed } from '../feed';
import { ScreenFrame } from '../screens/screen-frame';
import { useServices } from '../services';
import { AccountPanel } from './account-panel';
import { ConflictList } from './conflict-list';
import { DeviceDataPanel } from './device-data-panel';
import { RejectedList } from './rejected-list';
import { RotationNotice } from './rotation-notice';

export function SyncScreen() {
  const services = useServices();
  const status = useFeed(services.syncStatus);
  const session = useFeed(services.currentSession);
  const [now] = useState(services.now());
  const isOffline = useConnectivityState() === 'offline';
  if (status === undefined) return <ScreenFrame title="Sync">Reading this device…</ScreenFrame>;
  const upload = status.upload;
  return (
    <ScreenFrame title="Sync">
      <section class="panel" aria-labelledby="sync-state-heading">
        <h2 id="sync-state-heading">State</h2>
        <p class="sync-state" data-testid="sync-state">
          {describeSyncState(status)}
        </p>
        <RotationNotice services={services} />
        <dl class="facts">
          <dt>Last synced</dt>
          <dd>{status.lastSyncAt === undefined ? 'never' : describeAge(status.lastSyncAt, now)}</dd>
          <dt>Edits waiting</dt>
          <dd>{status.pendingEdits}</dd>
          <dt>Oldest unsynced edit</dt>
          <dd>
            {status.oldestPendingAt === undefined
              ? 'None'
              : describeAge(status.oldestPendingAt, now)}
          </dd>
          <dt>Photos waiting</dt>
          <dd>{status.photosWaiting}</dd>
        </dl>
        {upload !== undefined && (
          <label class="field">
            Uploading photos: {upload.photosDone} of {upload.photosTotal}
            <progress max={upload.totalBytes} value={upload.sentBytes} />
          </label>
        )}
        <button
          type="button"
          class="button button-primary"
          disabled={status.isSyncing || session === undefined || isOffline}
          aria-describedby={isOffline ? 'sync-offline-reason' : undefined}
          onClick={() => void services.sync.syncNow()}
        >
          Sync now
        </button>
        {isOffline && (
          <p id="sync-offline-reason" class="hint">
            Offline: the server cannot be reached. Edits stay on this device and sync by themselves
            when the connection is back.
          </p>
        )}
      </section>
      {(session === undefined || status.outcome.kind === 'signed-out') && (
        <AccountPanel services={services} />
      )}
      <ConflictList services={services} conflicts={status.conflicts} />
      <RejectedList services={services} rejected={status.rejectedEdits} />
      <DeviceDataPanel services={services} />
    </ScreenFrame>
  );
}
