// Keyboard paths and the other previews: the command palette, arrow keys in a grid, Escape,
// the demotion preview, a sharing preview with its pending mark, and an error shown inline.
import { AppShell } from './pages/AppShell';
import { MembersPage } from './pages/MembersPage';
import { ProjectsPage } from './pages/ProjectsPage';
import { expect, screenshotPath, test, useServer } from './fixtures';

const server = useServer();

test.beforeEach(async ({ page }) => {
  await new AppShell(page).openOnDemo(server().url);
});

test('the command palette reaches a dialog, and Escape closes both', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.palette('remove user-b');
  await expect(page.getByRole('option', { name: /Remove user-b from org-lab/ })).toBeVisible();
  await page.screenshot({ path: screenshotPath('palette') });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Remove user-b from org-lab' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Remove user-b and revoke 2 projects, 1 app' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeHidden();
});

test('arrow keys move through the members grid and Enter opens the row', async ({ page }) => {
  const shell = new AppShell(page);
  const members = new MembersPage(page);
  await shell.go('Members');
  await members.memberRow('user-a').getByRole('gridcell').first().click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(members.memberRow('user-c').getByRole('gridcell').first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(members.memberRow('user-c').getByRole('gridcell').nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Access' })).toBeVisible();
  await expect(page.getByLabel('User', { exact: true })).toHaveValue('user-c');
});

test('demoting an ADMIN previews the flags that reset before confirming', async ({ page }) => {
  const shell = new AppShell(page);
  const members = new MembersPage(page);
  await shell.go('Members');
  const dialog = await members.openEdit('user-a');
  await expect(dialog.getByRole('checkbox', { name: /Billable activities/ })).toBeDisabled();
  await expect(dialog.getByText(/ADMINs always have billable activities/)).toBeVisible();
  await dialog.getByRole('radio', { name: 'MEMBER' }).check();
  const flags = dialog.getByRole('table', { name: 'Flags that change' });
  await expect(flags.getByRole('row', { name: /Billable activities/ })).toContainText(/on\s*off/);
  await expect(flags.getByRole('row', { name: /Project access/ })).toContainText(/ADMINISTER\s*CONTRIBUTE/);
  await expect(dialog.getByRole('button', { name: 'Demote user-a to MEMBER' })).toBeVisible();
  await dialog.getByLabel('Project access').selectOption('NONE');
  await expect(dialog.getByRole('table', { name: 'Project access that changes' }).getByRole('row', { name: /Raw Data/ })).toContainText(/UPLOAD\s*NONE/);
  await expect(dialog.getByRole('button', { name: 'Demote user-a to MEMBER and revoke 1 project' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('demote-preview') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('sharing previews who gains, then shows the grant as pending', async ({ page }) => {
  const shell = new AppShell(page);
  const projects = new ProjectsPage(page);
  await shell.go('Projects');
  await projects.select('Raw Data');
  await projects.tab('Sharing');
  await page.getByRole('button', { name: 'Share…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share Raw Data' });
  await dialog.getByLabel('Share with').fill('org-lab_new');
  await dialog.getByLabel('Level').selectOption('VIEW');
  const preview = dialog.getByRole('table', { name: 'Effective access that changes' });
  await expect(preview.getByRole('row', { name: /user-f/ })).toContainText(/NONE\s*VIEW/);
  await expect(preview.getByRole('row')).toHaveCount(2);
  await page.screenshot({ path: screenshotPath('share-preview') });
  await dialog.getByRole('button', { name: 'Share with org-lab_new at VIEW (1 user gains)' }).click();
  await expect(dialog).toBeHidden();
  const row = projects.grants('Raw Data').getByRole('row').filter({ hasText: 'org-lab_new' });
  await expect(row).toContainText('VIEW');
  await expect(row).toContainText('pending');
  await shell.go('Changes');
  await expect(page.getByRole('grid', { name: 'Local changes' }).getByRole('row').filter({ hasText: 'project.share' })).toContainText('pending');
  await page.screenshot({ path: screenshotPath('changes') });
});

test('a refused edit shows the service message inside the dialog', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.go('Orgs');
  await page.getByRole('button', { name: 'Create org' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create org' });
  await dialog.getByLabel('Handle').fill('lab');
  await dialog.getByLabel('Name').fill('Duplicate lab');
  await dialog.getByRole('button', { name: 'Create org-lab' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The org was not created.');
  await expect(dialog).toBeVisible();
});

test('a new project billed to an org is selected and listed as pending', async ({ page }) => {
  const shell = new AppShell(page);
  const projects = new ProjectsPage(page);
  await shell.go('Projects');
  const dialog = await projects.openNew();
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await shell.palette('new project');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Name').fill('Imaging');
  await expect(dialog.getByLabel('Bill to')).toHaveValue('');
  await expect(dialog.getByLabel('Bill to').getByRole('option', { name: 'Yourself (user-d)' })).toBeAttached();
  await dialog.getByLabel('Bill to').selectOption('org-lab');
  await dialog.getByRole('button', { name: 'Create “Imaging” billed to org-lab' }).click();
  await expect(dialog).toBeHidden();
  const row = projects.row('Imaging');
  await expect(row).toContainText('org-lab');
  await expect(row).toContainText('pending');
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { level: 2, name: 'Imaging' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('new-project') });
});

test('adding a member previews the projects and apps they gain before confirming', async ({ page }) => {
  const shell = new AppShell(page);
  const members = new MembersPage(page);
  await shell.go('Members');
  await members.pickOrg('org-lab');
  const dialog = await members.openAdd('org-lab');
  await dialog.getByLabel('User').fill('user-nobody');
  const preview = dialog.getByRole('region', { name: 'What the new member gains' });
  await expect(preview.getByRole('alert')).toContainText('The preview failed.');
  await expect(dialog.getByRole('button', { name: 'Add user-nobody to org-lab' })).toHaveAttribute('aria-disabled', 'true');

  await dialog.getByLabel('User').fill('user-f');
  await expect(preview).toContainText('Gains: Raw Data UPLOAD, Resources VIEW; can run qc');
  const gained = preview.getByRole('table', { name: 'Project access gained' });
  // An earlier test in this file may have shared Raw Data with org-lab_new (user-f) at VIEW.
  await expect(gained.getByRole('row', { name: /Raw Data/ })).toContainText(/(NONE|VIEW)\s*UPLOAD/);
  await expect(gained.getByRole('row', { name: /Resources/ })).toContainText(/NONE\s*VIEW/);
  await expect(preview.getByRole('table', { name: 'Apps' }).getByRole('row', { name: /qc/ })).toContainText('can run');
  const confirm = dialog.getByRole('button', { name: 'Add user-f to org-lab and grant 2 projects, 1 app' });
  await expect(confirm).toBeVisible();
  await page.screenshot({ path: screenshotPath('invite-preview') });

  // Flags re-query the preview: no app access means qc is no longer gained.
  await dialog.getByRole('checkbox', { name: /App access/ }).uncheck();
  await expect(dialog.getByRole('button', { name: 'Add user-f to org-lab and grant 2 projects' })).toBeVisible();
  await dialog.getByRole('checkbox', { name: /App access/ }).check();
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(members.memberRow('user-f')).toContainText('pending');
});
