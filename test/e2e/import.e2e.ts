// The CSV import walk-through in a browser over the loopback bridge: a file with good and bad
// rows previews as a diff with per-row errors, applies with "skip rows with errors", offers the
// undo file, and the matrix and Changes view show the result.
import { AppShell } from './pages/AppShell';
import { ImportPage } from './pages/ImportPage';
import { MembersPage } from './pages/MembersPage';
import { expect, screenshotPath, test, useServer } from './fixtures';

const server = useServer();

const CSV = [
  'Org,User,Level,Project access',
  'org-lab,user-b,MEMBER,VIEW',
  'org-lab,user-f,MEMBER,',
  'org-lab,user-nobody,MEMBER,',
  'org-lab,user-c,BOSS,',
].join('\r\n');

test('import a CSV with bad rows, apply skipping them, then see the members and pending edits', async ({ page }) => {
  const shell = new AppShell(page);
  const imports = new ImportPage(page);
  const members = new MembersPage(page);

  await shell.openOnDemo(server().url);

  await test.step('the preview shows the diff and two error rows with their messages', async () => {
    await imports.open();
    await expect(page.getByRole('button', { name: 'Download blank template' })).toBeVisible();
    const template = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download pre-filled template' }).click();
    expect((await template).suggestedFilename()).toMatch(/\.csv$/);
    await page.screenshot({ path: screenshotPath('import-file') });
    await imports.chooseFile('members.csv', CSV);
    await expect(imports.summary()).toContainText('1 create');
    await expect(imports.summary()).toContainText('1 update');
    await expect(imports.summary()).toContainText('2 error');
    await expect(imports.rows()).toHaveCount(4);
    await expect(imports.row('user-b')).toContainText('update');
    await expect(imports.row('user-b')).toContainText(/projectAccess: CONTRIBUTE -> VIEW/);
    await expect(imports.row('user-f')).toContainText('create');
    await expect(imports.row('user-nobody')).toContainText('error');
    await expect(imports.row('user-nobody')).toContainText(/user/i);
    await expect(imports.row('BOSS')).toContainText('error');
    await expect(page.getByLabel('Delimiter')).toHaveValue(',');
    await page.screenshot({ path: screenshotPath('import-preview') });
  });

  await test.step('options re-plan: skipping existing members turns the update into a skip', async () => {
    await page.getByRole('radio', { name: 'Skip them' }).check();
    await expect(imports.summary()).toContainText('1 skip');
    await expect(imports.row('user-b')).toContainText('skip');
    await page.getByRole('radio', { name: 'Update them' }).check();
    await expect(imports.summary()).toContainText('1 update');
  });

  await test.step('the access impact lists who gains or loses access', async () => {
    const impact = page.getByText(/^Access impact:/);
    await impact.click();
    await expect(page.getByRole('table').filter({ hasText: 'user-f' }).first()).toBeVisible();
    await page.screenshot({ path: screenshotPath('import-impact') });
    await impact.click();
  });

  await test.step('"Errors only" keeps the two error rows', async () => {
    await imports.errorsOnly().check();
    await expect(imports.grid()).toHaveAccessibleName('Rows with errors');
    await expect(imports.rows()).toHaveCount(2);
    await expect(imports.row('user-b')).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('import-errors') });
    await imports.errorsOnly().uncheck();
  });

  await test.step('apply everything is blocked; apply skipping the errors writes 2 changes', async () => {
    await expect(page.getByRole('button', { name: 'Apply 2 changes', exact: true })).toBeDisabled();
    await page.getByRole('button', { name: 'Apply 2 changes, skip 2 rows with errors' }).click();
    const result = imports.result();
    await expect(result).toBeVisible();
    await expect(result).toContainText('2 edits queued for sync');
    await expect(result).toContainText(/Undo file: .+\.csv/);
    const download = page.waitForEvent('download');
    await result.getByRole('button', { name: 'Download undo file' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    await page.screenshot({ path: screenshotPath('import-result') });
  });

  await test.step('the wizard keeps its result across view switches until the user starts over', async () => {
    await shell.go('Changes');
    await expect(shell.status).toContainText('2 pending edits');
    await imports.open();
    await expect(imports.result()).toContainText('2 edits queued for sync');
    await imports.result().getByRole('button', { name: 'Import another file' }).click();
    await expect(page.getByRole('button', { name: 'Download blank template' })).toBeVisible();
  });

  await test.step('the matrix shows user-f in org-lab and Changes lists the pending edits', async () => {
    await shell.go('Members');
    await members.showMatrix();
    const cells = await members.matrixCells();
    expect(cells['user-f']?.['org-lab']).toMatch(/^MEMBER/);
    const exported = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    expect((await exported).suggestedFilename()).toMatch(/\.csv$/);
    await shell.go('Changes');
    await expect(shell.status).toContainText('2 pending edits');
  });
});
