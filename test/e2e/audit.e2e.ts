// The Audit view in a browser over the loopback bridge: two syncs with the emulator around
// the removal of user-c (scenarios.md Example 1 step 5) give a diff in which user-c loses
// Resources, Raw Data and qc with their routes; the edit log verifies; a review is planned,
// applied and leaves its evidence. Screenshots of each tab for review.
import { AppShell } from './pages/AppShell';
import { AuditPage } from './pages/AuditPage';
import { SyncPage } from './pages/SyncPage';
import { expect, screenshotPath, test, useServer } from './fixtures';
import { useEmulator } from './platform';

const server = useServer();
const emulator = useEmulator();

// Each test continues from the state the one before leaves (connected, user-c removed).
test.describe.configure({ mode: 'serial' });

test('two syncs around the removal of user-c: the diff shows what user-c lost and why', async ({ page }) => {
  const shell = new AppShell(page);
  const sync = new SyncPage(page);
  const audit = new AuditPage(page);
  const platform = await emulator.start();

  await test.step('connect the demo workspace and sync: the first snapshot', async () => {
    await shell.openOnDemo(server().url);
    const dialog = await sync.connect(platform.url, 'token-for-d');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await sync.syncNow();
    await expect(sync.syncState).toContainText('Up to date');
  });

  await test.step('user-d removes user-c from org-lab and syncs again: the second snapshot', async () => {
    await shell.palette('remove user-c');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Remove user-c from org-lab' });
    await dialog.getByRole('button', { name: /^Remove user-c/ }).click();
    await expect(dialog).toBeHidden();
    await sync.syncNow();
    await expect(sync.syncState).toContainText('Up to date');
  });

  await test.step('pick the two sync snapshots on the timeline and open the diff', async () => {
    await audit.open('Timeline');
    const rows = audit.syncSnapshotRows();
    await expect(rows).toHaveCount(2);
    await page.screenshot({ path: screenshotPath('audit-timeline') });
    await rows.nth(0).getByRole('button', { name: /^Pick snapshot/ }).click();
    await rows.nth(1).getByRole('button', { name: /^Pick snapshot/ }).click();
    await page.getByRole('button', { name: 'Show diff' }).click();
  });

  await test.step('user-c lost Resources, Raw Data and qc, each with its route', async () => {
    const grid = audit.diffGrid();
    await expect(grid).toContainText('Access revoked');
    await page.screenshot({ path: screenshotPath('audit-diff') });
    const lost = grid.getByRole('row').filter({ hasText: /user-c|Cy/ });
    await expect(lost.filter({ hasText: 'Resources' })).toHaveCount(1);
    await expect(lost.filter({ hasText: 'Raw Data' })).toHaveCount(1);
    await expect(lost.filter({ hasText: 'qc' })).toHaveCount(1);
    // The route that made the difference is named on the row: the org user-c left.
    await expect(lost.filter({ hasText: 'Resources' })).toContainText('org-lab');
    await expect(lost.filter({ hasText: 'Raw Data' })).toContainText('org-lab');
    // Nobody else changed.
    await expect(grid.getByRole('row').filter({ hasText: /user-b|user-a|user-d/ }).filter({ hasText: /revoked|granted|lowered|raised/ })).toHaveCount(0);
  });
});

test('the edit log shows the removal with its sync outcome and a verified chain', async ({ page }) => {
  const audit = new AuditPage(page);
  await new AppShell(page).open(server().url);
  await audit.open('Edit log');
  await expect(page.getByText(/Chain verified: \d+ entries/)).toBeVisible();
  const row = audit.logGrid().getByRole('row').filter({ hasText: 'member.remove' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('sent');
  await row.getByRole('gridcell').nth(4).click();
  await expect(page.getByRole('complementary', { name: /^Edit log row/ })).toContainText('Sync history');
  await page.screenshot({ path: screenshotPath('audit-log') });
});

test('reports and a review: revoke one membership, plan, apply, evidence saved', async ({ page }) => {
  const audit = new AuditPage(page);
  await new AppShell(page).open(server().url);
  await audit.open('Reports');
  await page.getByLabel('Scope', { exact: true }).selectOption('org');
  await page.getByLabel('Org', { exact: true }).selectOption('org-lab');
  await expect(page.getByRole('grid', { name: 'Who has access' })).toContainText('Raw Data');
  await expect(page.getByText('State hash')).toBeVisible();
  await page.screenshot({ path: screenshotPath('audit-reports') });

  await audit.tab('Access review');
  await page.getByLabel('Scope', { exact: true }).selectOption('org');
  await page.getByLabel('Org', { exact: true }).selectOption('org-lab');
  const grid = audit.reviewGrid();
  const bRow = grid.getByRole('row').filter({ hasText: 'user-b' }).filter({ hasText: /org Lab|org org-lab/ });
  await expect(bRow).toHaveCount(1);
  await bRow.getByRole('button', { name: 'Revoke' }).click();
  await bRow.getByRole('textbox').fill('left the lab in November');
  await page.getByRole('button', { name: 'Keep the rest' }).click();
  await page.getByRole('button', { name: 'Plan edits' }).click();
  const plan = page.getByRole('complementary', { name: 'Review plan' });
  await expect(plan).toContainText('user-b');
  await expect(plan).toContainText('revoke');
  await page.screenshot({ path: screenshotPath('audit-review') });
  const download = page.waitForEvent('download');
  await plan.getByRole('button', { name: 'Apply plan' }).click();
  const evidence = await download;
  expect(evidence.suggestedFilename()).toMatch(/\.csv$/);
  await expect(plan.getByRole('status')).toContainText(/Applied: \d+ edits queued/);
  await expect(page.getByRole('navigation', { name: 'Views' })).toContainText(/Changes\s*\d+/);
});
