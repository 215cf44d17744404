// The review list at a desk: search, filters, the status shortcuts, sortable columns and pages.
import { expect, type Locator, type Page } from '@playwright/test';

export class ReviewListPage {
  readonly screen: Locator;
  readonly table: Locator;
  readonly resultCount: Locator;
  readonly pages: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByRole('region', { name: 'Review' });
    this.table = this.screen.getByRole('table', { name: /^Assessments/ });
    this.resultCount = this.screen
      .getByRole('status')
      .filter({ hasText: /^(Counting barriers|[\d,]+ (of [\d,]+ )?assessments?)/ });
    this.pages = this.screen.getByRole('navigation', { name: 'Pages' });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Review' })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.screen.getByRole('searchbox', { name: 'Search client or address' }).fill(text);
  }

  async choose(filter: 'Therapist' | 'Setting' | 'Status', option: string): Promise<void> {
    await this.screen.getByRole('combobox', { name: filter }).selectOption({ label: option });
  }

  async dates(from: string, to: string): Promise<void> {
    await this.screen.getByLabel('From', { exact: true }).fill(from);
    await this.screen.getByLabel('To', { exact: true }).fill(to);
  }

  highPriorityFilter(): Locator {
    return this.screen.getByRole('checkbox', { name: 'Has high-priority barriers' });
  }

  statusShortcut(status: string): Locator {
    return this.screen
      .getByRole('group', { name: 'Assessments by status' })
      .getByRole('button', { name: new RegExp(`^\\d+ ${status}$`) });
  }

  /** The client names of the rows shown, in order. */
  clientNames(): Locator {
    return this.table.getByRole('rowheader');
  }

  columnHeader(name: string): Locator {
    return this.table.getByRole('columnheader', { name });
  }

  /** Sorts by a column from the keyboard: focus its header button and press Enter. */
  async sortWithKeyboard(column: string): Promise<void> {
    const button = this.columnHeader(column).getByRole('button');
    await button.focus();
    await button.press('Enter');
  }

  async openAssessment(clientName: string): Promise<void> {
    await this.table.getByRole('link', { name: clientName, exact: true }).click();
  }
}
