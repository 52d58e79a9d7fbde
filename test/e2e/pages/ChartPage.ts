// Page object for the Org chart: the tree, its nodes by accessible name, search and export.
import type { Locator, Page } from '@playwright/test';

export class ChartPage {
  constructor(readonly page: Page) {}

  root(): Locator {
    return this.page.getByTestId('org-chart');
  }

  tree(): Locator {
    return this.page.getByRole('tree', { name: /^Org chart/ });
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+4');
    await this.page.getByRole('heading', { level: 1, name: /^Org chart/ }).waitFor();
    await this.tree().waitFor();
  }

  org(id: string): Locator {
    return this.tree().locator(`[data-node-id="org:${id}"]`);
  }

  /** Every drawn occurrence of a person. */
  person(user: string): Locator {
    return this.tree().locator(`[data-kind="person"][data-user="${user}"]`);
  }

  personIn(org: string, user: string): Locator {
    return this.tree().locator(`[data-node-id="person:${org}:${user}"]`);
  }

  search(): Locator {
    return this.page.getByRole('combobox', { name: 'Find a person in the chart' });
  }

  async find(text: string): Promise<void> {
    await this.search().fill(text);
    await this.page.getByRole('option', { name: new RegExp(text) }).first().waitFor();
    await this.search().press('Enter');
  }
}
