// The app lock as a person meets it: Settings' "App lock" panel and the full-screen lock.
import { expect, type Locator, type Page } from '@playwright/test';

export class AppLockPage {
  readonly panel: Locator;
  readonly lockHeading: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'App lock' });
    this.lockHeading = page.getByRole('heading', { level: 1, name: 'HomeAssess is locked' });
  }

  async openSettings(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await expect(this.panel).toBeVisible();
  }

  /** Fills the new passphrase (or PIN) twice and presses "Turn on app lock". */
  async submitNew(secret: string): Promise<void> {
    const isPin = await this.panel.getByLabel('New PIN').isVisible();
    await this.panel.getByLabel(isPin ? 'New PIN' : 'New passphrase').fill(secret);
    await this.panel.getByLabel('Repeat it').fill(secret);
    await this.panel.getByRole('button', { name: 'Turn on app lock' }).click();
  }

  async turnOn(passphrase: string): Promise<void> {
    await this.submitNew(passphrase);
    await expect(
      this.panel.getByText('The app lock is on', { exact: false }).first(),
    ).toBeVisible();
  }

  /** Chooses the device's screen lock with a PIN (offered only where the device has one). */
  async chooseDevicePin(): Promise<void> {
    await this.panel
      .getByRole('radio', { name: "Use this device's screen lock / fingerprint with a PIN" })
      .check();
  }

  async lockNow(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Lock now' }).click();
    await expect(this.lockHeading).toBeVisible();
  }

  async tryPassphrase(passphrase: string): Promise<void> {
    await this.page.getByLabel('Passphrase').fill(passphrase);
    await this.page.getByRole('button', { name: 'Unlock' }).click();
  }

  /** Tries a wrong passphrase and waits until the screen has answered (it empties the field). */
  async failPassphrase(passphrase: string): Promise<void> {
    await this.tryPassphrase(passphrase);
    await expect(this.page.getByLabel('Passphrase')).toHaveValue('');
  }

  async tryPin(pin: string): Promise<void> {
    await this.page.getByLabel('PIN', { exact: true }).fill(pin);
    await this.page.getByRole('button', { name: 'Unlock' }).click();
  }

  refusal(): Locator {
    return this.page.getByRole('alert');
  }

  /** The notice that says how long to wait before the next try. */
  waitNotice(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Too many wrong tries' });
  }
}
