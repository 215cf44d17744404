// A follow-up visit as a therapist makes it: start it from a baseline, see the baseline beside an
// item, record what became of each recommendation, re-rate the goals, read the outcome summary.
import { expect, type Locator, type Page } from '@playwright/test';

/** An outcome choice as the recommendation's kind words it (see OUTCOME_WORDS). */
type Outcome = string;

export class FollowUpPage {
  constructor(readonly page: Page) {}

  /** From a baseline visit's overview, starts its follow-up and waits for the new visit. */
  async startFrom(clientName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Start follow-up visit' }).click();
    await this.page.getByRole('button', { name: 'Start the follow-up' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Follow-up' })).toBeVisible();
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Visit: ${clientName}` }),
    ).toBeVisible();
  }

  /** The open item's baseline: answer, measurements, notes, photos, recommendations. */
  baseline(): Locator {
    return this.page.getByRole('region', { name: /^At the baseline visit/ });
  }

  /** Records a recommendation's outcome (and why) wherever it is shown: overview or item. */
  async recordOutcome(within: Locator, title: string, outcome: Outcome, why?: string) {
    const recommendation = within.getByRole('group', { name: title });
    await recommendation.getByRole('radio', { name: outcome, exact: true }).check();
    await expect(recommendation.getByRole('radio', { name: outcome, exact: true })).toBeChecked();
    if (why !== undefined) await recommendation.getByLabel('Why').fill(why);
  }

  outcomesPanel(): Locator {
    return this.page.getByRole('region', { name: 'Recommendations from the baseline' });
  }

  async rerateGoal(number: number, performance: number, satisfaction: number): Promise<void> {
    const goal = this.page.getByRole('listitem', { name: `Goal ${number}` });
    await goal.getByLabel('Performance now (1–10)').fill(String(performance));
    await goal.getByLabel('Satisfaction now (1–10)').fill(String(satisfaction));
    await expect(goal.getByLabel('Satisfaction now (1–10)')).toHaveValue(String(satisfaction));
  }

  async openOutcomeSummary(): Promise<void> {
    await this.page.getByRole('link', { name: 'Outcome summary' }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Outcome summary' }),
    ).toBeVisible();
  }

  /** A group of the outcome summary by its heading, e.g. "Resolved (3)". */
  group(heading: string): Locator {
    return this.page.getByRole('heading', { level: 3, name: heading, exact: true });
  }

  goalRow(activity: string): Locator {
    return this.page.getByRole('row', { name: new RegExp(`^${activity}`) });
  }

  chart(): Locator {
    return this.page.getByRole('img', { name: /^Goal ratings, baseline against follow-up/ });
  }
}
