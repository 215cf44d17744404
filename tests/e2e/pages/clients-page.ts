// The clients screen and a client's profile, as a person meets them.
import { expect, type Locator, type Page } from '@playwright/test';

export class ClientsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Clients' })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  }

  async addClient(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New client' }).click();
    await this.page.getByLabel('Name').fill(name);
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  async openClient(name: string): Promise<void> {
    await this.page
      .getByRole('list', { name: 'Clients' })
      .getByRole('link', { name: new RegExp(name) })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  field(label: string): Locator {
    return this.page.getByRole('region', { name: 'Profile' }).getByLabel(label, { exact: false });
  }

  async addPhoto(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByLabel('Add photo').setInputFiles(file);
  }

  photos(): Locator {
    return this.page.getByRole('img', { name: 'Photo' });
  }
}
