// Sync in a browser over the loopback bridge, against `orgdesk emulator` as a child process:
// connect through the dialog, edit while the platform is down (the app keeps working and says
// "Offline"), meet a conflicting remote change, resolve it with Keep mine, sync, and check the
// emulator's own state. Screenshots of each sync state for review.
import { AppShell } from './pages/AppShell';
import { MembersPage } from './pages/MembersPage';
import { SyncPage } from './pages/SyncPage';
import { expect, screenshotPath, startServer, test, useServer } from './fixtures';
import { findMember, platformCall, useEmulator } from './platform';

const server = useServer();
const emulator = useEmulator();

// The second test continues from the state the first leaves (connected, up to date).
test.describe.configure({ mode: 'serial' });

test('connect, edit offline, resolve a conflict with Keep mine, and the platform ends with UPLOAD', async ({ page }) => {
  const shell = new AppShell(page);
  const members = new MembersPage(page);
  const sync = new SyncPage(page);
  const { url, port } = await emulator.start();

  await test.step('the demo workspace (user-d) connects to the emulator through the dialog', async () => {
    await shell.openOnDemo(server().url);
    await expect(sync.syncState).toContainText('No pending edits');
    await expect(sync.status.getByRole('button', { name: 'Sync now' })).toHaveAttribute('title', /^Connect to a platform first/);
    await shell.palette('sync now');
    await expect(page.getByRole('option', { name: /Sync now/ })).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Escape');
    const dialog = await sync.connect(url, 'token-for-d');
    const facts = dialog.getByRole('region', { name: 'Current connection' });
    await expect(facts).toContainText('user-d');
    await expect(facts).toContainText(/Token kept\s*this session only/);
    await expect(dialog.getByRole('status')).toContainText(`Connected to ${url} as user-d`);
    // The token went to the main process and left the form.
    await expect(dialog.getByLabel('API token')).toHaveValue('');
    await expect(dialog).not.toContainText('token-for-d');
    const stored = await page.evaluate(() => JSON.stringify([Object.entries(sessionStorage), Object.entries(localStorage), location.href]));
    expect(stored).not.toContain('token-for-d');
    await page.screenshot({ path: screenshotPath('sync-connect-dialog') });
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(sync.status.getByRole('button', { name: /^Platform connection/ })).toContainText(`127.0.0.1:${port} as user-d`);
  });

  await test.step('a first sync leaves everything up to date', async () => {
    await sync.syncNow();
    await expect(sync.syncState).toContainText('Up to date');
    await expect(sync.status).toContainText(/Synced (just now|\d+ min ago)/);
    await sync.status.screenshot({ path: screenshotPath('sync-status-up-to-date') });
  });

  await test.step('with the platform down, the edit is made, shown pending, and Sync now says Offline', async () => {
    await emulator.current().stop();
    await shell.go('Members');
    await members.pickOrg('org-lab');
    const dialog = await members.openEdit('user-b');
    await dialog.getByLabel('Project access').selectOption('UPLOAD');
    await dialog.getByRole('button', { name: /^Save user-b/ }).click();
    await expect(dialog).toBeHidden();
    await expect(members.memberRow('user-b')).toContainText('UPLOAD');
    await expect(members.memberRow('user-b')).toContainText('pending');
    await sync.syncNow();
    await expect(sync.syncState).toContainText('Offline — 1 pending edit');
    await page.screenshot({ path: screenshotPath('sync-status-offline') });
    // Still working: other views read the workspace as usual, and the edit stays pending.
    await shell.go('Changes');
    await expect(page.getByText(/^Offline — 127\.0\.0\.1:\d+ could not be reached/)).toBeVisible();
    await expect(sync.changeRow('member.update')).toContainText('pending');
    await page.screenshot({ path: screenshotPath('sync-changes-offline') });
  });

  await test.step('the platform is back, and user-a set user-b to VIEW there meanwhile', async () => {
    await emulator.start({ port });
    const before = await findMember(url, 'org-lab', 'user-b', 'token-for-a');
    expect(before?.projectAccess).toBe('CONTRIBUTE');
    await platformCall(url, '/org-lab/setMemberAccess', 'token-for-a', {
      'user-b': { level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'VIEW' },
    });
  });

  await test.step('Sync now holds the edit as a conflict with both values', async () => {
    await sync.syncNow();
    await expect(sync.syncState).toContainText('1 conflict');
    await sync.status.screenshot({ path: screenshotPath('sync-status-conflict') });
    await sync.syncState.getByRole('button', { name: '1 conflict' }).click();
    await expect(page.getByRole('tab', { name: /^Conflicts/ })).toHaveAttribute('aria-selected', 'true');
    const row = sync.changeRow('member.update');
    await expect(row).toContainText('conflict');
    await expect(row).toContainText('projectAccess: yours UPLOAD · platform VIEW');
    await page.screenshot({ path: screenshotPath('sync-changes-conflict') });
    await shell.go('Members');
    await expect(members.memberRow('user-b')).toContainText('conflict');
    await shell.go('Changes');
  });

  await test.step('the review lines up Yours, Platform now and Based on; Keep mine says what it will do', async () => {
    const dialog = await sync.openReview(/user-b/);
    const table = dialog.getByRole('table', { name: 'Field by field' });
    await expect(table.getByRole('columnheader')).toHaveText(['Field', 'Yours', 'Platform now', 'Based on']);
    await expect(table.getByRole('row', { name: /projectAccess/ })).toContainText(/UPLOAD.*VIEW.*CONTRIBUTE/);
    await expect(dialog.getByRole('button', { name: 'Take theirs: keep projectAccess VIEW from the platform and drop this edit' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('sync-conflict-review') });
    await dialog.getByRole('button', { name: 'Keep mine: set projectAccess to UPLOAD on the platform at next sync' }).click();
    await expect(dialog).toBeHidden();
    await expect(sync.syncState).toContainText('1 pending edit');
  });

  await test.step('the next sync sends it: up to date, and the platform has UPLOAD', async () => {
    await sync.syncNow();
    await expect(sync.syncState).toContainText('Up to date');
    await sync.changesTab(/^All unsynced/);
    await expect(sync.changesGrid()).toContainText('No local edits waiting');
    const after = await findMember(url, 'org-lab', 'user-b', 'token-for-a');
    expect(after?.projectAccess).toBe('UPLOAD');
    await shell.go('Members');
    await expect(members.memberRow('user-b')).toContainText('UPLOAD');
    await expect(members.memberRow('user-b')).not.toContainText('pending');
    await page.screenshot({ path: screenshotPath('sync-members-after') });
  });
});

test('an edit the platform refuses shows its message; Retry fails again and Discard restores the platform value', async ({ page }) => {
  const shell = new AppShell(page);
  const members = new MembersPage(page);
  const sync = new SyncPage(page);
  const { url } = emulator.current();
  await shell.open(server().url);
  await expect(sync.status.getByRole('button', { name: /^Platform connection/ })).toContainText('as user-d');

  await test.step('user-a demotes user-d on the platform; user-d, still ADMIN here, edits user-c', async () => {
    await platformCall(url, '/org-lab/setMemberAccess', 'token-for-a', {
      'user-d': { level: 'MEMBER', allowBillableActivities: true, appAccess: true, projectAccess: 'CONTRIBUTE' },
    });
    await shell.go('Members');
    await members.pickOrg('org-lab');
    const dialog = await members.openEdit('user-c');
    await dialog.getByLabel('Project access').selectOption('VIEW');
    await dialog.getByRole('button', { name: /^Save user-c/ }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('Sync now: the edit fails with the platform message, in the status bar and the Changes view', async () => {
    await sync.syncNow();
    await expect(sync.syncState).toContainText('1 failed');
    await sync.syncState.getByRole('button', { name: '1 failed' }).click();
    await expect(page.getByRole('tab', { name: /^Failed/ })).toHaveAttribute('aria-selected', 'true');
    const row = sync.changeRow('user-c');
    await expect(row).toContainText('failed');
    await expect(row).toContainText(/PermissionDenied|ADMIN/i);
    // The grid cuts long messages; selecting the row shows the whole of it.
    await row.getByRole('gridcell').first().click();
    await expect(page.getByRole('region', { name: 'Edit details' })).toContainText(/The platform said: .*(PermissionDenied|ADMIN)/);
    await page.screenshot({ path: screenshotPath('sync-changes-failed') });
  });

  await test.step('Retry queues it again; the platform refuses it again', async () => {
    await sync.changeRow('user-c').getByRole('button', { name: /^Retry:/ }).click();
    await expect(sync.syncState).toContainText('1 pending edit');
    await sync.syncNow();
    await expect(sync.syncState).toContainText('1 failed');
  });

  await test.step("Discard asks first, then the platform's value is back", async () => {
    await shell.go('Changes');
    await sync.changesTab(/^Failed/);
    await sync.changeRow('user-c').getByRole('button', { name: /^Discard:/ }).click();
    const confirm = page.getByRole('dialog', { name: "Discard this edit and restore the platform's value?" });
    await expect(confirm).toContainText(/user-c/);
    await page.screenshot({ path: screenshotPath('sync-discard-confirm') });
    await confirm.getByRole('button', { name: 'Discard edit' }).click();
    await expect(confirm).toBeHidden();
    await expect(sync.syncState).not.toContainText('failed');
    await shell.go('Members');
    await expect(members.memberRow('user-c')).toContainText('CONTRIBUTE');
    await expect(members.memberRow('user-c')).not.toContainText(/pending|failed/);
  });
});

test('a fresh workspace connects from the empty state, and the first sync reads the platform', async ({ page }) => {
  const sync = new SyncPage(page);
  const { url } = emulator.current();
  const fresh = await startServer();
  try {
    await page.goto(fresh.url);
    await page.getByRole('heading', { name: 'No orgs yet: open the demo workspace or connect to a platform' }).waitFor();
    await page.getByRole('button', { name: 'Connect to a platform…' }).click();
    const dialog = sync.connectDialog();
    await dialog.getByLabel('Platform URL').fill(url);
    await dialog.getByLabel('API token').fill('token-for-a');
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(dialog.getByRole('region', { name: 'Current connection' })).toContainText('user-a');
    await expect(sync.syncState).toContainText('Not synced yet');
    await dialog.getByRole('button', { name: 'Sync now' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: /^Orgs/ })).toBeVisible();
    await expect(page.getByRole('grid', { name: 'Orgs' }).getByRole('row').filter({ hasText: 'org-lab' }).first()).toBeVisible();
    await expect(sync.syncState).toContainText('Up to date');
    await expect(page.getByRole('banner')).toContainText('user-a');
    await page.screenshot({ path: screenshotPath('sync-first-sync') });
  } finally {
    await fresh.stop();
  }
});
