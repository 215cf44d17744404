// This device's data: storage used, export of everything to a file, and import of such a file.
import { useState } from 'preact/hooks';
import type { AppServices } from '../../app-services';
import { exportDevice, importDevice, parseDeviceExport } from '../../sync/device-export';

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Tells the server's audit log that this device's data left it in a file (when online). */
async function recordExport(services: AppServices, count: number): Promise<void> {
  const token = await services.session.token();
  if (token === undefined) return;
  await fetch('/api/v1/audit/export', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ what: 'all data on a device', count }),
  }).catch(() => undefined);
}

export function DeviceDataPanel({ services }: { services: AppServices }) {
  const [message, setMessage] = useState<string | undefined>(undefined);
  const exportAll = async () => {
    const data = await exportDevice(
      services.store,
      await services.engine.deviceId(),
      services.now(),
    );
    const day = new Date(data.exportedAt).toISOString().slice(0, 10);
    download(`homeassess-device-${day}.json`, JSON.stringify(data));
    void recordExport(services, data.records.length);
    setMessage(
      `Exported ${data.records.length} records, ${data.outbox.length} unsynced edits and ${data.photos.length} photos.`,
    );
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (file === undefined) return;
    try {
      const summary = await importDevice(
        services.store,
        services.engine,
        parseDeviceExport(await file.text()),
      );
      setMessage(
        `Imported ${summary.recordsAdded} records, ${summary.editsReplayed} unsynced edits and ${summary.photosAdded} photos.`,
      );
      await services.sync.refresh();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      input.value = '';
    }
  };
  return (
    <section class="panel" aria-labelledby="device-data-heading">
      <h2 id="device-data-heading">Data on this device</h2>
      <p class="hint">
        Export saves every record, unsynced edit and photo on this device to a file; import brings
        such a file back, on this device or another, and sends its unsynced edits to the server.
      </p>
      <div class="actions">
        <button type="button" class="button" onClick={() => void exportAll()}>
          Export all data
        </button>
        <label class="button file-button">
          Import a file
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(event) => void importFile(event.currentTarget)}
          />
        </label>
      </div>
      {message !== undefined && <output class="notice">{message}</output>}
    </section>
  );
}
