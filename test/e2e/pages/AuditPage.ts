// Page object for the Audit view: its tabs, the snapshot list, the diff grid, the log and the
// review grid.
import type { Locator, Page } from '@playwright/test';

export type AuditTabName = 'Timeline' | 'Diff' | 'Edit log' | 'Reports' | 'Access review';

export class AuditPage {
  constructor(readonly page: Page) {}

  async open(tab: AuditTabName = 'Timeline'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Audit/ }).click();
    await this.page.getByRole('heading', { level: 1, name: /^Audit/ }).waitFor();
    await this.tab(tab);
  }

  async tab(name: AuditTabName): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  snapshots(): Locator {
    return this.page.getByRole('grid', { name: 'Snapshots' });
  }

  /** Snapshot rows recorded after a sync, newest first. */
  syncSnapshotRows(): Locator {
    return this.snapshots().getByRole('row').filter({ hasText: 'after sync' });
  }

  diffGrid(): Locator {
    return this.page.getByRole('grid', { name: 'Changes between A and B' });
  }

  logGrid(): Locator {
    return this.page.getByRole('grid', { name: 'Edit log' });
  }

  reviewGrid(): Locator {
    return this.page.getByRole('grid', { name: 'Rows to review' });
  }
}
