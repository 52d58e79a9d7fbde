// Page object for the Members view: one org's members, the all-orgs matrix and the dialogs.
import type { Locator, Page } from '@playwright/test';
import { readMatrixCells } from './MatrixPage';

export class MembersPage {
  constructor(readonly page: Page) {}

  async pickOrg(org: string): Promise<void> {
    await this.page.getByLabel('Org', { exact: true }).selectOption(org);
  }

  membersGrid(): Locator {
    return this.page.getByRole('grid', { name: /^Members of / });
  }

  memberRow(user: string): Locator {
    return this.membersGrid().getByRole('row').filter({ hasText: user });
  }

  async showMatrix(): Promise<void> {
    await this.page.getByRole('tab', { name: 'All orgs' }).click();
    await this.matrix().waitFor();
  }

  async showMembers(): Promise<void> {
    await this.page.getByRole('tab', { name: /^Members/ }).click();
  }

  matrix(): Locator {
    return this.page.getByRole('grid', { name: 'Membership matrix' });
  }

  /** Cell words of the matrix (scenarios.md style) keyed by user, then by org ID; empty cells are ''. */
  async matrixCells(): Promise<Record<string, Record<string, string>>> {
    return readMatrixCells(this.matrix());
  }

  async openRemove(user: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Remove ${user}` }).click();
    const dialog = this.page.getByRole('dialog', { name: new RegExp(`^Remove ${user} from `) });
    await dialog.waitFor();
    return dialog;
  }

  async openAdd(org: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Add member', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: `Add member to ${org}` });
    await dialog.waitFor();
    return dialog;
  }

  async openEdit(user: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Edit ${user}` }).click();
    const dialog = this.page.getByRole('dialog', { name: new RegExp(`^Edit .*${user}`) });
    await dialog.waitFor();
    return dialog;
  }
}
