// Settings kept on this device: account, lock, units, checklists, assessment import, storage, version.
import { useEffect, useState } from 'preact/hooks';
import { AdminPanel } from '../admin/admin-panel';
import { ChecklistLibraryPanel } from '../checklists/checklist-library-panel';
import { ImportAssessment } from '../exports/import-assessment';
import { useFeed } from '../feed';
import { AppLockPanel } from '../lock/app-lock-panel';
import { LockRequiredNotice } from '../lock/lock-required';
import { useUnits } from '../records';
import { useServices } from '../services';
import { OrganizationStandard } from '../standards/organization-standard';
import { AccountPanel } from '../sync/account-panel';
import { ScreenFrame } from './screen-frame';

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

function useStorageEstimate(): string {
  const [text, setText] = useState('Measuring…');
  useEffect(() => {
    if (navigator.storage?.estimate === undefined) {
      setText('This browser does not report storage use.');
      return;
    }
    void navigator.storage.estimate().then(({ usage = 0, quota = 0 }) => {
      setText(`${formatBytes(usage)} used of ${formatBytes(quota)} available`);
    });
  }, []);
  return text;
}

function UnitsChoice() {
  const [units, choose] = useUnits();
  return (
    <fieldset class="field-group">
      <legend>Units of measurement</legend>
      {(['metric', 'imperial'] as const).map((option) => (
        <label class="choice" key={option}>
          <input
            type="radio"
            name="units"
            value={option}
            checked={units === option}
            disabled={units === undefined}
            onChange={() => choose(option)}
          />
          {option === 'metric' ? 'Metric (mm, cm, m)' : 'Imperial (inches and feet)'}
        </label>
      ))}
    </fieldset>
  );
}

export function SettingsScreen() {
  const services = useServices();
  const { version } = services;
  const storage = useStorageEstimate();
  const isLockRequired = useFeed(services.appLockRequired);
  const lockState = useFeed(services.lockState);
  if (isLockRequired && lockState === 'off') {
    // Only what is needed to set the lock, or to sign out, until this device has one.
    return (
      <ScreenFrame title="Settings">
        <LockRequiredNotice />
        <AppLockPanel services={services} />
        <AccountPanel services={services} />
      </ScreenFrame>
    );
  }
  return (
    <ScreenFrame title="Settings">
      <AccountPanel services={services} />
      <AdminPanel />
      <AppLockPanel services={services} />
      <UnitsChoice />
      <OrganizationStandard />
      <ChecklistLibraryPanel />
      <ImportAssessment />
      <section class="panel" aria-labelledby="storage-heading">
        <h2 id="storage-heading">This device</h2>
        <p>Storage: {storage}</p>
        <p>HomeAssess version {version}</p>
      </section>
    </ScreenFrame>
  );
}
