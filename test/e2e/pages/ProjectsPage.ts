// Page object for the Projects view: the project list, the New project dialog and the
// Sharing / Settings tabs.
import type { Locator, Page } from '@playwright/test';

export class ProjectsPage {
  constructor(readonly page: Page) {}

  list(): Locator {
    return this.page.getByRole('grid', { name: 'Projects' });
  }

  async select(name: string): Promise<void> {
    await this.list().getByRole('row').filter({ hasText: name }).click();
    await this.page.getByRole('heading', { level: 2, name }).waitFor();
  }

  async openNew(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'New project' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New project' });
    await dialog.waitFor();
    return dialog;
  }

  row(name: string): Locator {
    return this.list().getByRole('row').filter({ hasText: name });
  }

  grants(name: string): Locator {
    return this.page.getByRole('grid', { name: `Grants on ${name}` });
  }

  async tab(name: 'Sharing' | 'Settings'): Promise<void> {
    await this.page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  }

  override(label: 'Copy access' | 'Delete access' | 'Download access'): Locator {
    return this.page.getByRole('radiogroup', { name: label });
  }
}
