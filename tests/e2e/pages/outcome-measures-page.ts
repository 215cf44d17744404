// The outcome measures as a therapist records them: a goal's attainment scale, falls and Timed Up
// and Go on the visit overview, and the measures side by side on the outcome summary.
import { expect, type Locator, type Page } from '@playwright/test';

export class OutcomeMeasuresPage {
  constructor(readonly page: Page) {}

  goal(number: number): Locator {
    return this.page.getByRole('listitem', { name: `Goal ${number}` });
  }

  /** Writes a goal's expected outcome and the outcomes either side, and its baseline level. */
  async scaleGoal(number: number, importance: number, expected: string): Promise<void> {
    const goal = this.goal(number);
    await goal.getByLabel('Importance to the client (1–10)').fill(String(importance));
    await goal.getByLabel('Outcome 0 expected outcome').fill(expected);
    await goal.getByLabel('Outcome −1 somewhat less than expected').fill(`Not yet: ${expected}`);
    await goal.getByLabel('Outcome +1 somewhat more than expected').fill(`Better: ${expected}`);
    await goal.getByLabel('Level now, at baseline').selectOption('-1');
    await goal.getByLabel('Rated by').selectOption('therapist');
    await expect(goal.getByLabel('Outcome 0 expected outcome')).toHaveValue(expected);
  }

  async markLevel(number: number, level: number, ratedBy: 'therapist' | 'client' | 'carer') {
    const goal = this.goal(number);
    await goal.getByLabel('Level reached').selectOption(String(level));
    await goal.getByLabel('Rated by').selectOption(ratedBy);
    await expect(goal.getByLabel('Level reached')).toHaveValue(String(level));
  }

  mobility(): Locator {
    return this.page.getByRole('region', { name: 'Falls and mobility' });
  }

  async recordFalls(falls: number, injured: number): Promise<void> {
    const form = this.mobility().getByRole('form', { name: 'Falls since the last visit' });
    await form.getByLabel('Falls', { exact: true }).fill(String(falls));
    await form.getByLabel('Of which with an injury').fill(String(injured));
    await form.getByRole('button', { name: 'Save falls' }).click();
    await expect(form.getByRole('status')).toContainText('Saved');
  }

  tugForm(): Locator {
    return this.mobility().getByRole('form', { name: 'Timed Up and Go' });
  }

  async recordTug(seconds: string, aid: string): Promise<void> {
    const form = this.tugForm();
    await form.getByLabel('Time in seconds').fill(seconds);
    await form.getByLabel('Walking aid used').selectOption({ label: aid });
    await form.getByRole('button', { name: 'Save Timed Up and Go' }).click();
  }

  measureRow(name: string): Locator {
    return this.page
      .getByRole('table', { name: /Each measure at the baseline/ })
      .getByRole('row', { name: new RegExp(`^${name}`) });
  }
}
