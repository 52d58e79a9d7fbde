// @vitest-environment happy-dom
// The whole app on real services (demo workspace, memory transport): Ctrl/Cmd+K reaches every
// view, Ctrl/Cmd+F focuses the view's search field (or opens the palette), Ctrl/Cmd+Z outside a
// text field takes back the newest unsynced edit with a toast and inside one is left to the
// browser, and menu commands arrive as validated app.commandRequested events.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import type { OrgDeskApp } from '../../../main/app';
import { App } from '../../../renderer/app/App';
import { toastStore } from '../../../renderer/app/toastStore';
import type { AppStores } from '../../../renderer/state/appStores';
import { VIEWS, VIEW_LABELS } from '../../../renderer/state/navStore';
import { openRealApp } from '../support/realApp';

const cleanups: Array<() => void> = [];
afterEach(() => {
  cleanup();
  toastStore.getState().dismiss();
  for (const c of cleanups.splice(0)) c();
});

function mountApp(): { app: OrgDeskApp; stores: AppStores } {
  const real = openRealApp();
  cleanups.push(real.close);
  real.app.services.demo.openDemo();
  render(real.wrap(<App />));
  return { app: real.app, stores: real.stores };
}

const pending = (app: OrgDeskApp): number => app.services.outbox.summary().pending;

test('Ctrl/Cmd+K opens a palette that reaches every view, and closes it again', async () => {
  const { stores } = mountApp();
  await waitFor(() => expect(stores.workspace.getState().info?.isEmpty).toBe(false));
  fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
  expect(stores.nav.getState().paletteOpen).toBe(true);
  for (const view of VIEWS) await waitFor(() => expect(screen.getByText(`Go to ${VIEW_LABELS[view]}`)).toBeTruthy());
  fireEvent.keyDown(window, { key: 'k', metaKey: true });
  expect(stores.nav.getState().paletteOpen).toBe(false);
});

test('Ctrl/Cmd+Z outside a text field undoes the newest unsynced edit, with a toast', async () => {
  const { app, stores } = mountApp();
  await waitFor(() => expect(stores.workspace.getState().info?.isEmpty).toBe(false));
  await stores.client.call('members.update', { org: 'org-lab', user: 'user-e', level: 'ADMIN' });
  await stores.client.call('members.update', { org: 'org-lab', user: 'user-c', level: 'ADMIN' });
  expect(pending(app)).toBe(2);

  const notPrevented = fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
  expect(notPrevented).toBe(false);
  expect((await screen.findByText(/^Undid: /)).textContent).toContain('user-c');
  expect(pending(app)).toBe(1);
  const members = app.services.members.list({ org: 'org-lab' }).members;
  expect(members.find((m) => m.user === 'user-c')?.level).not.toBe('ADMIN');
  expect(members.find((m) => m.user === 'user-e')?.level).toBe('ADMIN');
});

test('Ctrl/Cmd+Z inside a text field is left to the browser and discards nothing', async () => {
  const { app, stores } = mountApp();
  await waitFor(() => expect(stores.workspace.getState().info?.isEmpty).toBe(false));
  await stores.client.call('members.update', { org: 'org-lab', user: 'user-e', level: 'ADMIN' });
  act(() => stores.nav.getState().openOrg('org-lab', 'members'));
  const filter = await screen.findByRole('searchbox', { name: 'Filter members' });
  filter.focus();
  expect(fireEvent.keyDown(filter, { key: 'z', ctrlKey: true })).toBe(true);
  expect(fireEvent.keyDown(filter, { key: 'Z', metaKey: true, shiftKey: true })).toBe(true);
  expect(pending(app)).toBe(1);
  expect(toastStore.getState().toast).toBeNull();
});

test('with nothing unsynced, Ctrl/Cmd+Z says so', async () => {
  const { stores } = mountApp();
  await waitFor(() => expect(stores.workspace.getState().info?.isEmpty).toBe(false));
  fireEvent.keyDown(document.body, { key: 'z', metaKey: true });
  expect(await screen.findByText(/^Nothing to undo/)).toBeTruthy();
});

test('Ctrl/Cmd+F focuses the current view’s search field, or opens the palette when it has none', async () => {
  const { stores } = mountApp();
  await waitFor(() => expect(stores.workspace.getState().info?.isEmpty).toBe(false));
  act(() => stores.nav.getState().openOrg('org-lab', 'members'));
  const filter = await screen.findByRole('searchbox', { name: 'Filter members' });
  fireEvent.keyDown(document.body, { key: 'f', ctrlKey: true });
  expect(document.activeElement).toBe(filter);
  expect(stores.nav.getState().paletteOpen).toBe(false);

  act(() => stores.nav.getState().go('orgs'));
  await waitFor(() => expect(screen.queryByRole('searchbox', { name: 'Filter members' })).toBeNull());
  // The Orgs view's own search field if it has one (its owner may add one), else the palette.
  const own = document.querySelector('#main [data-view-search]') ?? document.querySelector('#main input[type="search"]');
  fireEvent.keyDown(document.body, { key: 'f', ctrlKey: true });
  if (own) expect(document.activeElement).toBe(own);
  else expect(stores.nav.getState().paletteOpen).toBe(true);
});

test('menu commands arrive as app.commandRequested; anything outside the contract is ignored', async () => {
  const { app, stores } = mountApp();
  await waitFor(() => expect(stores.workspace.getState().info?.isEmpty).toBe(false));
  act(() => app.events.emit('app.commandRequested', { command: 'view.projects' }));
  expect(stores.nav.getState().view).toBe('projects');
  act(() => app.events.emit('app.commandRequested', { command: 'palette' }));
  expect(stores.nav.getState().paletteOpen).toBe(true);
  act(() => app.events.emit('app.commandRequested', { command: 'view.orgs' }));
  expect(stores.nav.getState()).toMatchObject({ view: 'orgs', paletteOpen: false });
  act(() => app.events.emit('app.commandRequested', { command: 'connect' }));
  expect(stores.nav.getState().dialog).toEqual({ kind: 'connect' });
  // A dialog keeps the user's attention: views do not switch under it.
  act(() => app.events.emit('app.commandRequested', { command: 'view.audit' }));
  expect(stores.nav.getState().view).toBe('orgs');
  act(() => stores.nav.getState().closeDialog());
  act(() => app.events.emit('app.commandRequested', { command: 'rm -rf' } as never));
  act(() => app.events.emit('app.commandRequested', null as never));
  expect(stores.nav.getState()).toMatchObject({ view: 'orgs', dialog: null, paletteOpen: false });
});
