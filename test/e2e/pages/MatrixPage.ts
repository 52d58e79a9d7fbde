// Page object for the membership matrix (the Matrix view, also the Members view's "All orgs"
// tab): the windowed grid read through its ARIA roles, cell selection, and the bulk edit dialog.
import type { Locator, Page } from '@playwright/test';

export class MatrixPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Matrix/ }).click();
    await this.page.getByRole('heading', { level: 1, name: /^Matrix/ }).waitFor();
    await this.grid().waitFor();
  }

  grid(): Locator {
    return this.page.getByRole('grid', { name: 'Membership matrix' });
  }

  /** The gridcell of `user` in the column of `org` (by the header's org id). */
  async cell(user: string, org: string): Promise<Locator> {
    const col = await this.columnIndex(org);
    return this.grid().getByRole('row').filter({ has: this.page.getByRole('rowheader').filter({ hasText: user }) }).locator(`[role="gridcell"][aria-colindex="${col}"]`);
  }

  async columnIndex(org: string): Promise<string> {
    const headers = await this.grid()
      .getByRole('columnheader')
      .evaluateAll((els) => els.map((e) => ({ col: e.getAttribute('aria-colindex') ?? '', text: e.textContent ?? '' })));
    const hit = headers.find((h) => new RegExp(`${org.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|[↑↓]|$)`).test(h.text));
    if (!hit) throw new Error(`no matrix column for ${org}; headers: ${headers.map((h) => h.text).join(' | ')}`);
    return hit.col;
  }

  /** Cell words (scenarios.md style, from each cell's accessible name) keyed by user, then org id; empty cells are ''. */
  async cells(): Promise<Record<string, Record<string, string>>> {
    return readMatrixCells(this.grid());
  }

  async openBulkEdit(): Promise<Locator> {
    await this.page.getByRole('region', { name: 'Selection' }).getByRole('button', { name: 'Bulk edit…' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Change \d+ membership/ });
    await dialog.waitFor();
    return dialog;
  }
}

export async function readMatrixCells(grid: Locator): Promise<Record<string, Record<string, string>>> {
  return grid.evaluate((el) => {
    const orgOf = new Map<string, string>();
    for (const h of el.querySelectorAll('[role="columnheader"]')) {
      const id = /org-[\w.-]+/.exec(h.querySelector('.mx-colid')?.textContent ?? '')?.[0];
      if (id) orgOf.set(h.getAttribute('aria-colindex') ?? '', id);
    }
    const out: Record<string, Record<string, string>> = {};
    for (const row of el.querySelectorAll('[role="row"]')) {
      const user = /user-[\w.-]+/.exec(row.querySelector('[role="rowheader"]')?.textContent ?? '')?.[0];
      if (!user) continue;
      const cells: Record<string, string> = {};
      for (const c of row.querySelectorAll('[role="gridcell"]')) {
        const org = orgOf.get(c.getAttribute('aria-colindex') ?? '');
        const label = c.getAttribute('aria-label') ?? '';
        if (org) cells[org] = label === 'not a member' ? '' : label;
      }
      out[user] = cells;
    }
    return out;
  });
}
