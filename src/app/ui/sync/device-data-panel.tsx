// This device's data: storage used, export of everything to a file, and import of such a file.
import { useState } from 'preact/hooks';
import { calendarDateAt } from '../../../domain/calendar-date';
import type { AppServices } from '../../app-services';
import { downloadFile } from '../../exports/download';
import { recordExport } from '../../exports/export-audit';
import { calibrateOnThisDevice } from '../../security/kdf-calibration';
import { WrongPassphraseError } from '../../security/key-vault';
import { passphraseRefusal } from '../../security/passphrase-policy';
import { isSealedText, openSealedText, sealText } from '../../security/sealed-file';
import { META } from '../../store/meta-keys';
import { exportDevice, importDevice, parseDeviceExport } from '../../sync/device-export';
import { FormMessages } from '../form-messages';

/** The file's text as the export format reads it: opened with the passphrase when sealed. */
async function readExportText(text: string, passphrase: string): Promise<string> {
  if (!isSealedText(text)) return text;
  if (passphrase === '') {
    throw new Error('This file is encrypted: type its passphrase above, then choose it again.');
  }
  try {
    return await openSealedText(text, passphrase);
  } catch (error) {
    if (error instanceof WrongPassphraseError) {
      throw new Error('The passphrase does not open this file. Nothing was imported.');
    }
    throw error;
  }
}

export function DeviceDataPanel({ services }: { services: AppServices }) {
  const [outcome, setOutcome] = useState<{ error?: string; notice?: string }>({});
  const [passphrase, setPassphrase] = useState('');
  const exportAll = async () => {
    // The file can be guessed at anywhere it travels, so its passphrase meets the lock's policy.
    const refusal = passphrase === '' ? undefined : passphraseRefusal(passphrase);
    if (passphrase === '' || refusal !== undefined) {
      const reason = refusal === undefined ? '' : ` ${refusal.message}`;
      setOutcome({ error: `Choose a passphrase for the file first.${reason}` });
      return;
    }
    setOutcome({ notice: 'Encrypting the export…' });
    const data = await exportDevice(
      services.store,
      await services.engine.deviceId(),
      services.now(),
    );
    const day = calendarDateAt(data.exportedAt);
    downloadFile({
      fileName: `homeassess-device-${day}.json`,
      mimeType: 'application/json',
      text: await sealText(JSON.stringify(data), passphrase, await calibrateOnThisDevice()),
    });
    void recordExport(services.session, 'all data on a device', data.records.length);
    setOutcome({
      notice: `Exported ${data.records.length} records, ${data.outbox.length} unsynced edits and ${data.photos.length} photos, encrypted with the file passphrase.`,
    });
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (file === undefined) return;
    try {
      const summary = await importDevice(
        services.store,
        services.engine,
        parseDeviceExport(await readExportText(await file.text(), passphrase)),
      );
      // The import writes records without a sync page or an edit, which is what dates the index.
      await services.store.setMeta(META.reviewIndex, undefined);
      setOutcome({
        notice: `Imported ${summary.recordsAdded} records, ${summary.editsReplayed} unsynced edits and ${summary.photosAdded} photos.`,
      });
      await services.sync.refresh();
    } catch (error) {
      setOutcome({ error: error instanceof Error ? error.message : String(error) });
    } finally {
      input.value = '';
    }
  };
  return (
    <section class="panel" aria-labelledby="device-data-heading">
      <h2 id="device-data-heading">Data on this device</h2>
      <p class="hint">
        Export saves every record, unsynced edit and photo on this device to a file encrypted with
        the file passphrase; import brings such a file back, on this device or another, and sends
        its unsynced edits to the server. Keep the passphrase apart from the file: without it the
        file cannot be opened, by anyone.
      </p>
      <label class="field">
        <span>File passphrase</span>
        <input
          type="password"
          autocomplete="new-password"
          value={passphrase}
          onInput={(event) => setPassphrase(event.currentTarget.value)}
        />
      </label>
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
      <FormMessages error={outcome.error} notice={outcome.notice} />
    </section>
  );
}
