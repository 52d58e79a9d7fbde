// Page object for the window frame: nav rail, status bar, command palette.
import type { Locator, Page } from '@playwright/test';

export type ViewName = 'Orgs' | 'Members' | 'Projects' | 'Access' | 'Changes';

export class AppShell {
  constructor(readonly page: Page) {}

  get nav(): Locator {
    return this.page.getByRole('navigation', { name: 'Views' });
  }

  get status(): Locator {
    return this.page.getByRole('contentinfo', { name: 'Status' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
  }

  async go(view: ViewName): Promise<void> {
    await this.nav.getByRole('button', { name: new RegExp(`^${view}`) }).click();
    await this.page.getByRole('heading', { level: 1, name: new RegExp(`^${view}`) }).waitFor();
  }

  async openDemo(): Promise<void> {
    await this.page.getByRole('heading', { name: 'No orgs yet: open the demo workspace or connect to a platform' }).waitFor();
    await this.page.getByRole('button', { name: 'Open demo workspace' }).click();
    await this.page.getByRole('heading', { level: 1, name: /^Orgs/ }).waitFor();
  }

  /** Opens the app at `url` on the demo workspace, opening the demo first if the workspace is still empty. */
  async openOnDemo(url: string): Promise<void> {
    await this.open(url);
    const demo = this.page.getByRole('button', { name: 'Open demo workspace' });
    const orgs = this.page.getByRole('heading', { level: 1, name: /^Orgs/ });
    await demo.or(orgs).first().waitFor();
    if (await demo.isVisible()) await this.openDemo();
  }

  async palette(query: string): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await this.page.getByRole('combobox', { name: /Search commands/ }).fill(query);
  }
}
