// The access heatmap on the demo workspace (scenarios.md after Example 2): user-b's cell on
// Raw Data and its explanation, keyboard movement, the orgs pivot, a what-if (remove user-c
// from org-lab) that changes exactly user-c's two cells, and a screenshot for review.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { AppShell } from './pages/AppShell';
import { HeatmapPage } from './pages/HeatmapPage';
import { ROOT, expect, test, useServer } from './fixtures';

const server = useServer();

test('heatmap: user-b on Raw Data, its explanation, pivot, and a what-if', async ({ page }) => {
  const shell = new AppShell(page);
  const heatmap = new HeatmapPage(page);
  await shell.openOnDemo(server().url);
  await heatmap.open();

  await test.step('user-b on Raw Data is UPLOAD via org-lab, and the explanation names the cap', async () => {
    const cell = heatmap.cell('user-b', 'Raw Data');
    await expect(cell).toHaveAttribute('aria-label', 'user-b on Raw Data: UPLOAD, via org-lab');
    await expect(cell).toHaveText('U');
    await expect(heatmap.cell('user-d', 'Raw Data')).toHaveAttribute('aria-label', 'user-d on Raw Data: ADMINISTER, direct grant, other routes too');
    await expect(heatmap.cell('user-f', 'Resources')).toHaveAttribute('aria-label', 'user-f on Resources: no access');
    await cell.click();
    const panel = heatmap.explanation('user-b');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Why user-b has UPLOAD on Raw Data');
    const winning = panel.getByRole('row').filter({ hasText: 'winning' });
    await expect(winning).toHaveCount(1);
    await expect(winning).toContainText('Via org-lab');
    await expect(winning).toContainText('CONTRIBUTE');
    await expect(panel).toContainText('UPLOAD via org-lab (org grants UPLOAD, MEMBER, cap CONTRIBUTE)');
  });

  await test.step('the keyboard moves through the grid and Enter explains', async () => {
    const grid = heatmap.grid();
    await grid.focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(heatmap.explanation('user-c').getByRole('heading', { level: 2 })).toHaveText('Why user-c has UPLOAD on Raw Data');
    await page.keyboard.press('Escape');
  });

  await test.step('what if user-c left org-lab: exactly user-c on Raw Data and Resources change', async () => {
    const panel = await heatmap.openWhatIf();
    await panel.getByLabel('Change').selectOption({ label: 'Remove a member from an org' });
    await panel.getByLabel('Org').selectOption('org-lab');
    await panel.getByLabel('User').fill('user-c');
    await panel.getByRole('button', { name: 'Show what changes' }).click();
    await expect(panel).toContainText('2 cells would change: 1 user on 2 projects.');
    await expect(panel.getByRole('listitem')).toHaveText([/1 user loses UPLOAD on Raw Data/, /1 user loses VIEW on Resources/]);
    await expect(heatmap.cell('user-c', 'Raw Data')).toHaveAttribute('aria-label', /what if: UPLOAD → NONE$/);
    await expect(heatmap.cell('user-c', 'Resources')).toHaveAttribute('aria-label', /what if: VIEW → NONE$/);
    await expect(heatmap.grid().getByRole('gridcell', { name: /what if/ })).toHaveCount(2);
    mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'heatmap.png') });
    await panel.getByRole('button', { name: 'Clear' }).click();
    await expect(heatmap.grid().getByRole('gridcell', { name: /what if/ })).toHaveCount(0);
    // Hypothetical only: the workspace still has user-c in org-lab.
    await expect(heatmap.cell('user-c', 'Raw Data')).toHaveAttribute('aria-label', 'user-c on Raw Data: UPLOAD, via org-lab');
    await panel.getByRole('button', { name: 'Close what if' }).click();
  });

  await test.step('pivot: orgs x projects shows each org grant', async () => {
    await page.getByRole('radio', { name: 'Orgs × projects' }).check();
    await expect(heatmap.cell('org-lab', 'Raw Data')).toHaveAttribute('aria-label', 'org-lab on Raw Data: UPLOAD, granted to the org; every member with access gets it');
    await heatmap.cell('org-lab', 'Raw Data').click();
    await expect(page.getByRole('complementary', { name: /^What org-lab gives on Raw Data/ })).toContainText('2 ADMINs');
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'heatmap-orgs.png') });
  });
});
