// @vitest-environment happy-dom
// The Import wizard keeps its state when the user switches views: unmounting the view (what the
// app does on a view switch) and mounting it again shows the same file, plan, mapping choice and
// filter; "Start over" clears it. Real services on a demo workspace behind the memory transport.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ImportView } from '../../../../renderer/features/import/ImportView';
import { useImportWizardStore } from '../../../../renderer/features/import/importWizardStore';
import { openRealApp } from '../../support/realApp';

const FILE = 'org,user,level,Notes\norg-lab,user-f,MEMBER,x\norg-lab,ghost,MEMBER,y\n';
const cleanups: Array<() => void> = [];

beforeEach(() => {
  useImportWizardStore.getState().reset();
});

afterEach(() => {
  cleanup();
  for (const c of cleanups.splice(0)) c();
});

function mountApp() {
  const real = openRealApp();
  cleanups.push(real.close);
  real.app.services.demo.openDemo();
  return () => render(real.wrap(<ImportView />));
}

async function pickFile(): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('the file step has no file input');
  const file = new File([FILE], 'lab.csv', { type: 'text/csv' });
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
  await waitFor(() => expect(screen.getByRole('checkbox', { name: /errors only/i })).toBeTruthy());
}

test('leaving the Import view and coming back shows the same step, plan and filter', async () => {
  const view = mountApp();
  const first = view();
  await pickFile();
  const planId = useImportWizardStore.getState().plan?.planId;
  expect(planId).toMatch(/^plan-/);
  fireEvent.click(screen.getByRole('checkbox', { name: /errors only/i }));
  await waitFor(() => expect(screen.getByText(/Showing 1 of 1 rows with errors/)).toBeTruthy());
  // A mapping edit: the level column is ignored; it re-plans.
  await act(async () => {
    fireEvent.change(screen.getByRole('combobox', { name: 'Field for column level' }), { target: { value: '' } });
  });
  await waitFor(() => expect(useImportWizardStore.getState().planning).toBe(false));
  const edited = useImportWizardStore.getState().plan?.planId;
  expect(edited).not.toBe(planId);
  first.unmount();

  expect(screen.queryByText('lab.csv')).toBeNull();
  view();
  expect(useImportWizardStore.getState().plan?.planId).toBe(edited);
  expect(screen.getAllByText(/lab\.csv/).length).toBeGreaterThan(0);
  expect(screen.getByRole('checkbox', { name: /errors only/i })).toHaveProperty('checked', true);
  expect(useImportWizardStore.getState().options.mapping).toMatchObject({ level: null });
  expect(screen.getByRole('combobox', { name: 'Field for column level' })).toHaveProperty('value', '');
  await waitFor(() => expect(screen.getByText(/Showing 1 of 1 rows with errors/)).toBeTruthy());
  expect(document.querySelector('[aria-current="step"]')?.textContent).toContain('Preview');
});

test('"Start over" clears the kept state and returns to the file step', async () => {
  const view = mountApp();
  view();
  await pickFile();
  fireEvent.click(screen.getByRole('button', { name: /start over/i }));
  expect(useImportWizardStore.getState()).toMatchObject({ file: null, plan: null, errorsOnly: false, result: null });
  expect(document.querySelector('[aria-current="step"]')?.textContent).toContain('Choose a file');
  cleanup();
  view();
  expect(document.querySelector('[aria-current="step"]')?.textContent).toContain('Choose a file');
  expect(screen.queryByRole('checkbox', { name: /errors only/i })).toBeNull();
});
