// Page object for the Access heatmap: navigation, cells by their accessible names, the
// explanation panel, the what-if panel and the export button.
import type { Locator, Page } from '@playwright/test';

export class HeatmapPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Heatmap/ }).click();
    await this.page.getByRole('heading', { level: 1, name: /^Access heatmap/ }).waitFor();
    await this.grid().waitFor();
  }

  grid(): Locator {
    return this.page.getByRole('grid', { name: /^Access heatmap/ });
  }

  /** The cell of `row` (a user or an org) on the project named `project`. */
  cell(row: string, project: string): Locator {
    return this.grid().getByRole('gridcell', { name: new RegExp(`^${escape(row)} on ${escape(project)}:`) });
  }

  explanation(user: string): Locator {
    return this.page.getByRole('complementary', { name: new RegExp(`^Why ${escape(user)} has`) });
  }

  whatIfPanel(): Locator {
    return this.page.getByRole('complementary', { name: 'What if…' });
  }

  async openWhatIf(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'What if…' }).click();
    const panel = this.whatIfPanel();
    await panel.waitFor();
    return panel;
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
