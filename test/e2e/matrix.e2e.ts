// The Matrix view on the demo workspace: the scenarios.md Example 2 matrix cell by cell, the
// keyboard (arrows, Enter opens the member dialog), and a bulk projectAccess change for user-b
// and user-c with its preview (a refused ADMIN cell excluded first), applied as pending edits,
// then the CSV export of what is shown. Saves test-results/matrix.png.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppShell } from './pages/AppShell';
import { MatrixPage } from './pages/MatrixPage';
import { EXAMPLE2_MATRIX } from './example2';
import { ROOT, expect, test, useServer } from './fixtures';

const server = useServer();

test('membership matrix: Example 2, keyboard, bulk projectAccess with preview, export', async ({ page }) => {
  const shell = new AppShell(page);
  const matrix = new MatrixPage(page);
  await shell.openOnDemo(server().url);
  await matrix.open();

  await test.step('Example 2: the membership matrix as scenarios.md shows it', async () => {
    await expect(page.getByRole('status').filter({ hasText: /of \d+ users/ })).toHaveText('6 of 6 users');
    expect(await matrix.cells()).toEqual(EXAMPLE2_MATRIX);
    await expect(await matrix.cell('user-a', 'org-lab')).toHaveText(/A\$▶A/);
  });

  await test.step('filters: in more than one org, then cleared', async () => {
    await page.getByRole('checkbox', { name: 'In more than one org' }).check();
    await expect(page.getByRole('status').filter({ hasText: /of \d+ users/ })).toHaveText('2 of 6 users');
    expect(Object.keys(await matrix.cells())).toEqual(['user-d', 'user-e']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByRole('status').filter({ hasText: /of \d+ users/ })).toHaveText('6 of 6 users');
  });

  await test.step('keyboard: arrows move the active cell, Enter opens the edit dialog (add on an empty cell), Escape closes it', async () => {
    await matrix.grid().focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(matrix.grid()).toHaveAttribute('aria-activedescendant', 'mx-1-1');
    await page.keyboard.press('Enter');
    const edit = page.getByRole('dialog', { name: /^Edit .*user-b.* in org-lab/ });
    await expect(edit).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(edit).toBeHidden();
    // An empty cell opens Add member for that org with that user already filled in.
    await matrix.grid().focus();
    await page.keyboard.press('ArrowRight');
    await expect(matrix.grid()).toHaveAttribute('aria-activedescendant', 'mx-1-2');
    await page.keyboard.press('Enter');
    const add = page.getByRole('dialog', { name: 'Add member to org-lab_new' });
    await expect(add.getByLabel('User', { exact: true })).toHaveValue('user-b');
    await page.keyboard.press('Escape');
    await expect(add).toBeHidden();
  });

  await test.step('bulk: projectAccess VIEW for user-b and user-c, the ADMIN cell refused and excluded', async () => {
    await (await matrix.cell('user-a', 'org-lab')).click();
    await (await matrix.cell('user-c', 'org-lab')).click({ modifiers: ['Shift'] });
    await expect(page.getByRole('region', { name: 'Selection' })).toContainText('3 memberships selected');
    const dialog = await matrix.openBulkEdit();
    await dialog.getByLabel('Change', { exact: true }).selectOption('projectAccess');
    await dialog.getByLabel('to', { exact: true }).selectOption('VIEW');

    const refused = dialog.getByRole('region', { name: 'Refused cells' });
    await expect(refused).toContainText('user-a');
    await expect(refused).toContainText('ADMINs always have projectAccess=ADMINISTER');
    const apply = dialog.getByRole('button', { name: /for 2 memberships$/ });
    await expect(apply).toHaveAttribute('aria-disabled', 'true');
    await refused.getByRole('button', { name: 'Exclude the 1 refused cell' }).click();

    for (const user of ['user-b', 'user-c']) {
      const lost = dialog.getByRole('table', { name: new RegExp(`\\(${user}\\): projects`) });
      await expect(lost.getByRole('row')).toHaveCount(2);
      await expect(lost.getByRole('row', { name: /Raw Data/ })).toContainText(/UPLOAD\s*VIEW/);
    }
    await expect(dialog.getByRole('table', { name: /projects/ }).getByRole('row', { name: /Resources/ })).toHaveCount(0);
    await expect(dialog.getByRole('status')).toContainText('2 memberships will change');
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'matrix-bulk.png') });

    await dialog.getByRole('button', { name: 'Set project access to VIEW for 2 memberships' }).click();
    await expect(dialog).toBeHidden();
    await expect(await matrix.cell('user-b', 'org-lab')).toHaveAttribute('aria-label', 'MEMBER (projects VIEW), pending');
    await expect(await matrix.cell('user-c', 'org-lab')).toHaveAttribute('aria-label', 'MEMBER (projects VIEW), pending');
    await expect(await matrix.cell('user-a', 'org-lab')).toHaveAttribute('aria-label', 'ADMIN');
    await expect(shell.status).toContainText('2 pending edits');
  });

  await test.step('export: the CSV of what is shown', async () => {
    await page.getByRole('searchbox', { name: 'Filter users by name, handle or email' }).fill('user-e');
    await expect(page.getByRole('status').filter({ hasText: /of \d+ users/ })).toHaveText('1 of 6 users');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('membership-matrix.csv');
    const text = readFileSync(await file.path(), 'utf8');
    expect(text).toBe('\uFEFFuser,name,email,org-lab,org-lab_new\r\nuser-e,Eli Evans,e@lab.example,MEMBER (billable),MEMBER (billable)\r\n');
    await page.getByRole('searchbox', { name: 'Filter users by name, handle or email' }).fill('');
    await expect(page.getByRole('status').filter({ hasText: /of \d+ users/ })).toHaveText('6 of 6 users');
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'matrix.png') });
  });
});
