// Settings as a person meets it: the account panel's sign-in form.
import { expect, type Page } from '@playwright/test';

export class SettingsPage {
  constructor(readonly page: Page) {}

  async signIn(email: string, password: string): Promise<void> {
    await this.page.goto('/settings');
    const account = this.page.getByRole('region', { name: 'Account' });
    await account.getByLabel('Email').fill(email);
    await account.getByLabel('Password').fill(password);
    await account.getByRole('button', { name: 'Sign in' }).click();
    await expect(account.getByText(/Signed in as/)).toBeVisible();
  }
}
