// The app's frame as a person meets it: navigation, connection status, the current screen's heading.
import { expect, type Locator, type Page } from '@playwright/test';

export class ShellPage {
  readonly navigation: Locator;
  readonly connectionStatus: Locator;

  constructor(readonly page: Page) {
    this.navigation = page.getByRole('navigation', { name: 'Main' });
    this.connectionStatus = page.getByRole('banner').getByRole('status');
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(
      this.heading('Visits').or(this.page.getByRole('heading', { level: 1 })),
    ).toBeVisible();
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async goTo(screen: 'Visits' | 'Clients' | 'Review' | 'Settings'): Promise<void> {
    await this.navigation.getByRole('link', { name: screen }).click();
    await expect(this.heading(screen)).toBeVisible();
  }

  /** Waits until the service worker controls the page, so the shell is cached for offline use. */
  async waitForServiceWorkerControl(): Promise<void> {
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }
}
