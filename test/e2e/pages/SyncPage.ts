// Page object for sync: the status bar's sync items and Sync now, the Connect dialog, the
// Changes view's tabs and rows, and the conflict review dialog.
import type { Locator, Page } from '@playwright/test';

export class SyncPage {
  constructor(readonly page: Page) {}

  get status(): Locator {
    return this.page.getByRole('contentinfo', { name: 'Status' });
  }

  /** The live sync state ("Up to date", "Offline — 1 pending edit", "1 conflict"…). */
  get syncState(): Locator {
    return this.status.getByRole('status', { name: 'Sync status' });
  }

  syncNowButton(): Locator {
    return this.status.getByRole('button', { name: /^(Sync now|Syncing…)$/ });
  }

  async syncNow(): Promise<void> {
    await this.status.getByRole('button', { name: 'Sync now' }).click();
    // "Syncing…" comes and goes; wait until the button is back.
    await this.status.getByRole('button', { name: 'Sync now' }).waitFor();
  }

  async openConnect(): Promise<Locator> {
    await this.status.getByRole('button', { name: /^Platform connection/ }).click();
    const dialog = this.connectDialog();
    await dialog.waitFor();
    return dialog;
  }

  connectDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Platform connection' });
  }

  async connect(url: string, token: string): Promise<Locator> {
    const dialog = await this.openConnect();
    await dialog.getByLabel('Platform URL').fill(url);
    await dialog.getByLabel('API token').fill(token);
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
    await dialog.getByRole('region', { name: 'Current connection' }).waitFor();
    return dialog;
  }

  changesGrid(): Locator {
    return this.page.getByRole('grid', { name: 'Local changes' });
  }

  changeRow(text: string | RegExp): Locator {
    return this.changesGrid().getByRole('row').filter({ hasText: text });
  }

  async changesTab(name: RegExp): Promise<void> {
    await this.page.getByRole('tablist', { name: 'Filter changes' }).getByRole('tab', { name }).click();
  }

  async openReview(summary: string | RegExp): Promise<Locator> {
    await this.changeRow(summary).getByRole('button', { name: /^Review conflict/ }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Review conflict/ });
    await dialog.waitFor();
    return dialog;
  }
}
