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

  async turnOn(passphrase: string): Promise<void> {
    await this.panel.getByLabel('New passphrase').fill(passphrase);
    await this.panel.getByLabel('Repeat it').fill(passphrase);
    await this.panel.getByRole('button', { name: 'Turn on app lock' }).click();
    await expect(
      this.panel.getByText('The app lock is on', { exact: false }).first(),
    ).toBeVisible();
  }

  async lockNow(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Lock now' }).click();
    await expect(this.lockHeading).toBeVisible();
  }

  async tryPassphrase(passphrase: string): Promise<void> {
    await this.page.getByLabel('Passphrase').fill(passphrase);
    await this.page.getByRole('button', { name: 'Unlock' }).click();
  }

  refusal(): Locator {
    return this.page.getByRole('alert');
  }
}
