// Page object for the Import view: the file step, the preview (summary chips, row grid,
// errors-only filter), the apply buttons and the result panel.
import type { Locator, Page } from '@playwright/test';

export class ImportPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Import/ }).click();
    await this.page.getByRole('heading', { level: 1, name: /^Import/ }).waitFor();
  }

  async chooseFile(name: string, content: string): Promise<void> {
    await this.page.getByLabel('Choose a CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
    await this.grid().waitFor();
  }

  summary(): Locator {
    return this.page.getByRole('list', { name: 'Plan summary' });
  }

  grid(): Locator {
    return this.page.getByRole('grid', { name: /^(Import preview|Rows with errors)$/ });
  }

  /** Body rows of the preview grid (the header row excluded). */
  rows(): Locator {
    return this.grid().getByRole('rowgroup').nth(1).getByRole('row');
  }

  row(text: string): Locator {
    return this.rows().filter({ hasText: text });
  }

  errorsOnly(): Locator {
    return this.page.getByRole('checkbox', { name: 'Errors only' });
  }

  result(): Locator {
    return this.page.getByRole('region', { name: /^Imported / });
  }
}
