// Page object for the Access view: by user (projects + runnable apps), by project, and the
// explanation panel.
import type { Locator, Page } from '@playwright/test';

export class AccessPage {
  constructor(readonly page: Page) {}

  async byUser(user: string): Promise<void> {
    await this.page.getByRole('tab', { name: 'By user' }).click();
    await this.page.getByLabel('User', { exact: true }).selectOption(user);
  }

  projects(user: string): Locator {
    return this.page.getByRole('grid', { name: `Projects ${user} can access` });
  }

  apps(user: string): Locator {
    return this.page.getByRole('grid', { name: `Apps ${user} can run` });
  }

  async explain(user: string, project: string): Promise<Locator> {
    await this.projects(user).getByRole('row').filter({ hasText: project }).click();
    const panel = this.page.getByRole('complementary', { name: new RegExp(`^Why ${user} has`) });
    await panel.waitFor();
    return panel;
  }
}
