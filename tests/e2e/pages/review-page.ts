// One assessment read for review: its status actions, items with their comments, and amendments.
import { expect, type Locator, type Page } from '@playwright/test';

export class ReviewPage {
  constructor(readonly page: Page) {}

  async open(assessmentId: string, clientName: string): Promise<void> {
    await this.page.goto(`/review/${assessmentId}`);
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Review: ${clientName}` }),
    ).toBeVisible();
  }

  status(): Locator {
    return this.page.getByRole('definition').filter({ hasText: /^(Draft|Complete|Signed off)/ });
  }

  async markComplete(): Promise<void> {
    await this.page.getByRole('button', { name: 'Mark complete' }).click();
    await expect(this.status()).toHaveText(/^Complete: marked by/);
  }

  async signOff(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign off' }).click();
    await this.page.getByRole('button', { name: 'Confirm sign-off' }).click();
    await expect(this.status()).toHaveText(/^Signed off by/);
  }

  item(prompt: string): Locator {
    return this.page.getByRole('article', { name: prompt });
  }

  async comment(prompt: string, text: string): Promise<void> {
    const item = this.item(prompt);
    await item.getByRole('button', { name: `Comment on ${prompt}` }).click();
    await item.getByRole('textbox', { name: `Comment on ${prompt}` }).fill(text);
    await item.getByRole('button', { name: 'Add comment' }).click();
    await expect(this.comments(prompt)).toContainText(text);
  }

  comments(prompt: string): Locator {
    return this.item(prompt).getByRole('list', { name: `Comments on ${prompt}` });
  }

  amendments(): Locator {
    return this.page.getByRole('region', { name: 'Amendments' });
  }
}
