// The Admin panel of Settings: users, adding one, their controls, and the audit log.
import { expect, type Locator, type Page } from '@playwright/test';
import { ROLE_WORDS } from '../../../src/domain/words';

export interface NewUser {
  name: string;
  email: string;
  role: 'admin' | 'therapist' | 'reviewer';
  password: string;
}

export class AdminPage {
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Admin' });
  }

  /** Opens Settings and waits until the admin's users are listed. */
  async open(): Promise<void> {
    await this.page.goto('/settings');
    await expect(this.panel.getByRole('list', { name: 'Users' })).toBeVisible();
  }

  /** The organization's accessibility standard, chosen among the country profiles. */
  standard(label: RegExp): Locator {
    return this.panel.getByRole('group', { name: 'Accessibility standard' }).getByRole('radio', {
      name: label,
    });
  }

  user(name: string): Locator {
    return this.panel.getByRole('listitem', { name });
  }

  async addUser(user: NewUser): Promise<void> {
    const form = this.panel.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('Name', { exact: true }).fill(user.name);
    await form.getByLabel('Email', { exact: true }).fill(user.email);
    await form.getByLabel('Role', { exact: true }).selectOption(user.role);
    await form.getByLabel('Initial password').fill(user.password);
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(this.user(user.name)).toBeVisible();
  }

  async setRole(name: string, role: NewUser['role']): Promise<void> {
    await this.user(name).getByLabel(`Role of ${name}`).selectOption(role);
    await expect(this.user(name)).toContainText(` · ${ROLE_WORDS[role]} · `);
  }

  async disable(name: string): Promise<void> {
    await this.user(name)
      .getByRole('button', { name: `Disable ${name}` })
      .click();
    await expect(this.user(name).getByRole('button', { name: `Enable ${name}` })).toBeVisible();
  }

  async resetPassword(name: string, password: string): Promise<void> {
    const user = this.user(name);
    await user.getByLabel(`New password for ${name}`).fill(password);
    await user.getByRole('button', { name: 'Reset password' }).click();
    await expect(user.getByRole('status')).toHaveText(`The password of ${name} was reset.`);
  }

  auditRows(): Locator {
    return this.panel.getByRole('table', { name: /Audit events/ }).getByRole('row');
  }

  async filterAction(action: string): Promise<void> {
    await this.panel.getByLabel('Action', { exact: true }).selectOption(action);
  }
}
