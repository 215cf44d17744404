// The assessment import of Settings as a person meets it: a file input, a question, an outcome.
import { expect, type Locator, type Page } from '@playwright/test';

export class ExportsPage {
  readonly importPanel: Locator;

  constructor(readonly page: Page) {
    this.importPanel = page.getByRole('region', { name: 'Assessments from a file' });
  }

  async openSettings(): Promise<void> {
    await this.page.goto('/settings');
    await expect(this.importPanel).toBeVisible();
  }

  /** Chooses a file for "Import an assessment (JSON)". */
  async importFile(fileName: string, text: string): Promise<void> {
    await this.importPanel.getByLabel('Import an assessment (JSON)').setInputFiles({
      name: fileName,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
  }

  /** The announced outcome of the last import. */
  outcome(): Locator {
    return this.importPanel.getByRole('status');
  }

  /** The question asked before the file replaces different content on the device. */
  replaceQuestion(): Locator {
    return this.importPanel.getByRole('group', {
      name: "Replace this device's copy with the file?",
    });
  }
}
