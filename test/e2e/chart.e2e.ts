// The Org chart on the demo workspace: both orgs with their people, projects and apps; a person
// in two orgs found by search and highlighted in each; hover marks the other occurrence;
// collapse and expand by mouse and keyboard; SVG export; a screenshot for review.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppShell } from './pages/AppShell';
import { ChartPage } from './pages/ChartPage';
import { ROOT, expect, test, useServer } from './fixtures';

const server = useServer();

test.beforeEach(async ({ page }) => {
  await new AppShell(page).openOnDemo(server().url);
});

test('shows each org with its admins, members, shared projects and authorized apps', async ({ page }) => {
  const chart = new ChartPage(page);
  await chart.open();
  await expect(chart.root()).toBeVisible();
  await expect(chart.org('org-lab')).toHaveAttribute('aria-label', 'Org Lab (org-lab): 2 admins · 3 members · 2 projects · 1 app');
  await expect(chart.org('org-lab_new')).toHaveAttribute('aria-label', 'Org Lab (new) (org-lab_new): 1 admin · 2 members · 0 projects · 0 apps');
  await expect(chart.personIn('org-lab', 'user-e')).toHaveAttribute(
    'aria-label',
    'Eli Evans (user-e), MEMBER in org-lab, billable, app access, project access CONTRIBUTE, in 2 orgs',
  );
  await expect(chart.personIn('org-lab', 'user-b')).toHaveAttribute('aria-label', /Ben Baker \(user-b\), MEMBER in org-lab, not billable, app access, project access CONTRIBUTE$/);
  await expect(chart.personIn('org-lab_new', 'user-d')).toHaveAttribute('aria-label', /ADMIN in org-lab_new/);
  await expect(chart.tree().getByRole('treeitem', { name: 'Project Raw Data shared with org-lab at UPLOAD' })).toBeVisible();
  await expect(chart.tree().getByRole('treeitem', { name: 'Project Resources shared with org-lab at VIEW' })).toBeVisible();
  await expect(chart.tree().getByRole('treeitem', { name: 'App qc authorized for org-lab' })).toBeVisible();
  const marks = await page.evaluate(() => ['orgdesk:chart:data', 'orgdesk:chart:painted'].map((n) => performance.getEntriesByName(n).length));
  expect(marks).toEqual([1, 1]);
});

test('search finds a person in two orgs, highlights both and opens their details', async ({ page }) => {
  const chart = new ChartPage(page);
  await chart.open();
  await page.keyboard.press('Control+f');
  await expect(chart.search()).toBeFocused();
  await chart.find('user-e');
  await expect(chart.person('user-e')).toHaveCount(2);
  await expect(chart.personIn('org-lab', 'user-e')).toHaveClass(/is-highlighted/);
  await expect(chart.personIn('org-lab_new', 'user-e')).toHaveClass(/is-highlighted/);
  await expect(chart.personIn('org-lab', 'user-b')).not.toHaveClass(/is-highlighted/);
  const panel = page.getByRole('complementary', { name: 'Details of Eli Evans' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Edit user-e in org-lab', exact: true })).toBeVisible();
  await panel.getByRole('button', { name: 'Edit user-e in org-lab_new' }).click();
  await expect(page.getByRole('dialog', { name: /^Edit .*user-e/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.screenshot({ path: path.join(ROOT, 'test-results', 'chart.png') });
});

test('hovering a person marks their occurrence in the other org', async ({ page }) => {
  const chart = new ChartPage(page);
  await chart.open();
  await chart.personIn('org-lab', 'user-d').hover();
  await expect(chart.personIn('org-lab_new', 'user-d')).toHaveClass(/is-hovered/);
  await expect(chart.personIn('org-lab', 'user-a')).not.toHaveClass(/is-hovered/);
  await expect(page.locator('.chart-occurrences path')).toHaveCount(1);
});

test('collapses and expands an org and a group, by click and by keyboard', async ({ page }) => {
  const chart = new ChartPage(page);
  await chart.open();
  await expect(chart.org('org-lab')).toHaveAttribute('aria-expanded', 'true');
  await chart.org('org-lab').click();
  await expect(chart.org('org-lab')).toHaveAttribute('aria-expanded', 'false');
  await expect(chart.personIn('org-lab', 'user-b')).toHaveCount(0);
  await expect(chart.person('user-e')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(chart.org('org-lab')).toHaveAttribute('aria-expanded', 'true');
  await expect(chart.personIn('org-lab', 'user-b')).toBeVisible();
  // Down to the Admins group, Left collapses it.
  await page.keyboard.press('ArrowDown');
  await expect(chart.tree().locator('[data-node-id="group:org-lab:admins"]')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(chart.tree().locator('[data-node-id="group:org-lab:admins"]')).toHaveAttribute('aria-expanded', 'false');
  await expect(chart.personIn('org-lab', 'user-a')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(chart.personIn('org-lab', 'user-a')).toBeVisible();
});

test('exports the chart as SVG', async ({ page }) => {
  const chart = new ChartPage(page);
  await chart.open();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export SVG' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^org-chart-\d+\.svg$/);
  const saved = await file.path();
  const svg = readFileSync(saved, 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('Eli Evans');
  expect(svg).toContain('Raw Data');
  expect(svg).toContain('style="');
  expect(svg).not.toContain('tabindex');
});
