// The foundation walk-through in a browser over the loopback bridge: first launch, the demo,
// scenarios.md Example 1 step 5 (remove user-c with its preview), the Example 2 matrix, and a
// screenshot of every main view for review.
import { AccessPage } from './pages/AccessPage';
import { AppShell } from './pages/AppShell';
import { MembersPage } from './pages/MembersPage';
import { ProjectsPage } from './pages/ProjectsPage';
import { EXAMPLE2_MATRIX } from './example2';
import { expect, screenshotPath, test, useServer } from './fixtures';

const server = useServer();

test('demo workspace: remove user-c with its preview, matrix, projects and access', async ({ page }) => {
  const shell = new AppShell(page);
  const members = new MembersPage(page);
  const projects = new ProjectsPage(page);
  const access = new AccessPage(page);

  await test.step('first launch offers the demo, which opens as user-d', async () => {
    await shell.open(server().url);
    await expect(page).not.toHaveURL(/token=/);
    await shell.openDemo();
    await expect(page.getByRole('banner')).toContainText('user-d');
    const orgs = page.getByRole('grid', { name: 'Orgs' });
    await expect(orgs.getByRole('row').filter({ hasText: 'org-lab_new' })).toBeVisible();
    await expect(orgs.getByRole('row').filter({ hasText: 'org-lab' }).filter({ hasNotText: 'org-lab_new' })).toContainText('ADMIN');
    await expect(shell.status).toContainText('No pending edits');
    await page.screenshot({ path: screenshotPath('orgs') });
  });

  await test.step('Example 2: the membership matrix across both orgs', async () => {
    await shell.go('Members');
    await members.showMatrix();
    await expect(members.matrix().getByRole('row')).toHaveCount(7);
    const cells = await members.matrixCells();
    expect(cells).toEqual(EXAMPLE2_MATRIX);
    await page.screenshot({ path: screenshotPath('matrix') });
  });

  await test.step('Example 1 step 5: the removal preview lists exactly what user-c loses', async () => {
    await members.showMembers();
    await members.pickOrg('org-lab');
    await expect(members.memberRow('user-c')).toContainText('MEMBER');
    await page.screenshot({ path: screenshotPath('members') });

    const dialog = await members.openRemove('user-c');
    await expect(dialog.getByRole('checkbox', { name: /Revoke project permissions/ })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: /Revoke app permissions/ })).toBeChecked();
    const lost = dialog.getByRole('table', { name: /Projects user-c loses access to/ });
    await expect(lost.getByRole('row')).toHaveCount(3);
    await expect(lost.getByRole('row', { name: /Resources/ })).toContainText(/VIEW\s*NONE/);
    await expect(lost.getByRole('row', { name: /Raw Data/ })).toContainText(/UPLOAD\s*NONE/);
    await expect(dialog.getByRole('list', { name: 'Apps user-c loses' })).toHaveText(/qc/);
    const confirm = dialog.getByRole('button', { name: 'Remove user-c and revoke 2 projects, 1 app' });
    await expect(confirm).toBeEnabled();
    await page.screenshot({ path: screenshotPath('remove-preview') });

    await confirm.click();
    await expect(dialog).toBeHidden();
    await expect(members.memberRow('user-c')).toHaveCount(0);
    await expect(shell.status).toContainText('1 pending edit');
  });

  await test.step('projects: sharing and policy overrides', async () => {
    await shell.go('Projects');
    await projects.select('Resources');
    await projects.tab('Sharing');
    const grants = projects.grants('Resources');
    await expect(grants.getByRole('row').filter({ hasText: 'org-lab' })).toContainText('VIEW');
    await expect(grants.getByRole('row').filter({ hasText: 'user-a' })).toContainText('ADMINISTER');
    // user-d reaches Resources only at VIEW: sharing controls are disabled and say why.
    await expect(page.getByRole('button', { name: 'Share…' })).toBeDisabled();
    await expect(page.getByText(/Only users with ADMINISTER on Resources/).first()).toBeVisible();
    await page.screenshot({ path: screenshotPath('projects-sharing') });

    await projects.select('Raw Data');
    await projects.tab('Settings');
    for (const label of ['Copy access', 'Delete access', 'Download access'] as const) {
      await expect(projects.override(label)).toBeVisible();
    }
    await expect(projects.override('Copy access').getByRole('radio', { name: 'All members' })).toBeChecked();
    await expect(projects.override('Delete access').getByRole('radio', { name: 'Contributors & Admins' })).toBeChecked();
    await expect(page.getByRole('button', { name: 'Mark as containing PHI…' })).toBeDisabled();
    await expect(page.getByText('containsPHI needs PHI features enabled for org-lab')).toBeVisible();
    await projects.override('Download access').getByRole('radio', { name: 'No one' }).check();
    const review = page.getByRole('region', { name: 'Review setting changes' });
    await expect(review).toContainText('previewViewerRestricted');
    await expect(review).toContainText(/can no longer download data/);
    await page.screenshot({ path: screenshotPath('project-settings') });
    await review.getByRole('button', { name: 'Discard' }).click();
  });

  await test.step('access: user-c has nothing left; others are unchanged', async () => {
    await shell.go('Access');
    await access.byUser('user-c');
    await expect(access.projects('user-c')).toContainText('has no access to any project');
    await expect(access.apps('user-c')).toContainText('cannot run any apps');
    await page.screenshot({ path: screenshotPath('access') });

    await access.byUser('user-b');
    await expect(access.projects('user-b').getByRole('row').filter({ hasText: 'Resources' })).toContainText('VIEW');
    await expect(access.projects('user-b').getByRole('row').filter({ hasText: 'Raw Data' })).toContainText('UPLOAD');
    await expect(access.apps('user-b')).toContainText('qc');
    const panel = await access.explain('user-b', 'Resources');
    const winning = panel.getByRole('row').filter({ hasText: 'winning' });
    await expect(winning).toContainText('Via org-lab');
    await expect(winning).toContainText('CONTRIBUTE');
    await page.screenshot({ path: screenshotPath('explanation') });
  });
});
