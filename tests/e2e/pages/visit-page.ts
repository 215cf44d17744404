// A visit as a therapist walks it: start it, goals, rooms, items, recommendations, the summary.
import { expect, type Locator, type Page } from '@playwright/test';

export class VisitPage {
  constructor(readonly page: Page) {}

  async start(clientName: string): Promise<void> {
    await this.fillNewVisit(clientName);
    await this.submitNewVisit(clientName);
  }

  /** Opens the new-visit form and fills it for a home visit of the client, without starting it. */
  async fillNewVisit(clientName: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Visits' })
      .click();
    await this.page.getByRole('button', { name: 'New visit' }).click();
    await this.page.getByRole('combobox', { name: 'Client' }).selectOption({ label: clientName });
    await this.page.getByRole('combobox', { name: 'Setting' }).selectOption('home');
    await this.page.getByRole('checkbox', { name: /consented/ }).check();
  }

  async submitNewVisit(clientName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Start visit' }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Visit: ${clientName}` }),
    ).toBeVisible();
  }

  async open(clientName: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Visits' })
      .click();
    await this.page
      .getByRole('list', { name: 'Visits' })
      .getByRole('link', { name: new RegExp(clientName) })
      .click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Visit: ${clientName}` }),
    ).toBeVisible();
  }

  async addGoal(
    activity: string,
    kind: string,
    performance: number,
    satisfaction: number,
  ): Promise<void> {
    const goals = this.page.getByRole('listitem', { name: /^Goal / });
    const count = await goals.count();
    await this.page.getByRole('button', { name: 'Add goal' }).click();
    // Wait for the new goal: a goal listed before it must not take its answers.
    await expect(goals).toHaveCount(count + 1);
    const goal = goals.nth(count);
    await goal.getByLabel('Activity that matters to the client').fill(activity);
    await goal.getByLabel('Kind of activity').selectOption({ label: kind });
    await goal.getByLabel('Performance (1–10)').fill(String(performance));
    await goal.getByLabel('Satisfaction (1–10)').fill(String(satisfaction));
  }

  /** Adds a room from the area whose option reads `areaOption`, e.g. "Entrance (15 items)". */
  async addRoom(areaOption: string, expectedName: string): Promise<void> {
    await this.page.getByLabel('Area of the checklist').selectOption({ label: areaOption });
    await this.page.getByRole('button', { name: 'Add room' }).click();
    await expect(this.rooms().getByRole('listitem', { name: expectedName })).toBeVisible();
  }

  rooms(): Locator {
    return this.page.getByRole('list', { name: 'Rooms of this visit' });
  }

  async openRoom(name: string): Promise<void> {
    await this.rooms().getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  async backToVisit(): Promise<void> {
    await this.page.getByRole('link', { name: 'Back to the visit' }).click();
  }

  async openItem(prompt: RegExp): Promise<void> {
    await this.page
      .getByRole('list', { name: 'Items in this room' })
      .getByRole('link', { name: prompt })
      .click();
    await expect(this.page.getByRole('heading', { level: 2, name: prompt })).toBeVisible();
  }

  answer(label: 'OK' | 'Barrier' | 'Not applicable'): Locator {
    return this.page
      .getByRole('group', { name: 'Answer' })
      .getByRole('button', { name: label, exact: true });
  }

  /** Answers the open item, then moves to the next unanswered one. */
  async answerAndGoOn(label: 'OK' | 'Barrier' | 'Not applicable'): Promise<void> {
    const prompt = await this.page.locator('#item-prompt').textContent();
    await this.answer(label).click();
    await expect(this.answer(label)).toHaveAttribute('aria-pressed', 'true');
    await this.page.getByRole('button', { name: 'Next unanswered' }).click();
    await expect(this.page.locator('#item-prompt')).not.toHaveText(prompt ?? '');
  }

  /** The proposal a failing measurement makes on an item that is not yet a barrier. */
  proposal(): Locator {
    return this.page.getByRole('region', { name: /mark this item as a barrier/ });
  }

  answeredCount(): Locator {
    return this.page.getByText(/^\d+ of \d+ answered$/);
  }
}
