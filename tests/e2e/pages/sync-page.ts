// The sync screen: its state, the Sync now button and the conflicts to review.
import { expect, type Locator, type Page } from '@playwright/test';

export class SyncPage {
  readonly badge: Locator;

  constructor(readonly page: Page) {
    this.badge = page.getByRole('link', { name: /^Sync status:/ });
  }

  async open(): Promise<void> {
    await this.badge.click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Sync' })).toBeVisible();
  }

  /** Opens the sync screen, presses Sync now and waits until everything is synced. */
  async syncNow(): Promise<void> {
    await this.open();
    await this.page.getByRole('button', { name: 'Sync now' }).click();
    await expect(this.badge).toHaveAccessibleName(/^Sync status: Synced/);
  }

  conflicts(): Locator {
    return this.page.getByRole('region', { name: /Conflicts to review/ });
  }
}
