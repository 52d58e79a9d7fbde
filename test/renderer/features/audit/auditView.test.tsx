// @vitest-environment happy-dom
// The Audit view against the real services: a diff between two snapshots around a removal,
// the edit log with its verification, and a review turned into a plan.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { AuditView } from '../../../../renderer/features/audit/AuditView';
import { useAudit } from '../../../../renderer/features/audit/auditStore';
import type { RealApp } from '../../support/realApp';
import { giveElementsLayout, openRealApp } from '../../support/realApp';

let real: RealApp;
let restoreLayout: () => void;

beforeEach(async () => {
  restoreLayout = giveElementsLayout();
  real = openRealApp();
  await real.app.router.dispatch('workspace.openDemo', {});
  useAudit.setState({ tab: 'timeline', diff: null, diffFilters: {}, decisions: {}, reviewScope: { kind: 'all' }, reviewAt: 'now', reportScope: { kind: 'all' }, reportAt: 'now' });
});

afterEach(() => {
  cleanup();
  real.close();
  restoreLayout();
});

async function call(method: string, input: unknown): Promise<unknown> {
  const r = await real.app.router.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value;
}

describe('Audit view', () => {
  test('two snapshots around the removal of user-c: the diff shows what user-c lost, with routes', async () => {
    const before = (await call('snapshots.take', { label: 'before' })) as { id: number };
    await call('members.remove', { org: 'org-lab', user: 'user-c' });
    const after = (await call('snapshots.take', { label: 'after' })) as { id: number };

    render(real.wrap(<AuditView />));
    // Pick both on the list: the older becomes A, the newer B.
    fireEvent.click(await screen.findByRole('button', { name: `Pick snapshot ${after.id} to compare` }));
    fireEvent.click(screen.getByRole('button', { name: `Pick snapshot ${before.id} to compare` }));
    fireEvent.click(screen.getByRole('button', { name: 'Show diff' }));

    const grid = await screen.findByRole('grid', { name: 'Changes between A and B' });
    await waitFor(() => expect(within(grid).getByText(/Access revoked/)).toBeTruthy());
    const text = grid.textContent ?? '';
    expect(text).toMatch(/Resources/);
    expect(text).toMatch(/Raw Data/);
    expect(text).toMatch(/org-lab/);
    expect(text).toMatch(/user-c removed from org-lab|user-c/);
  });

  test('the edit log lists the edit and shows the chain as verified', async () => {
    await call('members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'VIEW' });
    useAudit.setState({ tab: 'log' });
    render(real.wrap(<AuditView />));
    expect(await screen.findByText(/Chain verified/)).toBeTruthy();
    const grid = await screen.findByRole('grid', { name: 'Edit log' });
    await waitFor(() => expect(grid.textContent).toMatch(/member\.update/));
  });

  test('a review: revoke a membership, plan it, and see the edit it makes', async () => {
    useAudit.setState({ tab: 'review', reviewScope: { kind: 'org', org: 'org-lab' }, reviewAt: 'now' });
    render(real.wrap(<AuditView />));
    const grid = await screen.findByRole('grid', { name: 'Rows to review' });
    await waitFor(() => expect(grid.textContent).toMatch(/user-c/));
    const groups = within(grid).getAllByRole('group', { name: /Decision for .* on (Lab|org-lab)/ });
    const cyRow = groups.find((g) => g.getAttribute('aria-label')?.includes('Cy') || g.closest('[role="row"]')?.textContent?.includes('user-c'));
    expect(cyRow).toBeTruthy();
    fireEvent.click(within(cyRow as HTMLElement).getByRole('button', { name: 'Revoke' }));
    expect(screen.getByText(/1 of/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Plan edits' }));
    const plan = await screen.findByRole('complementary', { name: 'Review plan' });
    await waitFor(() => expect(plan.textContent).toMatch(/revoke/));
    expect(plan.textContent).toMatch(/user-c/);
  });
});
