// @vitest-environment happy-dom
// The recovery screen against the real workspace session: a damaged file shows the screen (not
// an empty app), lists the backup, and "Restore this backup" brings the data back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { openApp } from '../../../main/app';
import { closeDatabase, openDatabase } from '../../../main/db/connection';
import { openWorkspaceSession } from '../../../main/workspaceSession';
import { StoresContext } from '../../../renderer/api/clientContext';
import { createMemoryTransport } from '../../../renderer/api/memoryTransport';
import { RecoveryGate } from '../../../renderer/app/RecoveryScreen';
import { createAppStores } from '../../../renderer/state/appStores';
import { createClient } from '../../../shared/rpc/index';

const cleanups: Array<() => void> = [];
afterEach(() => {
  cleanup();
  for (const c of cleanups.splice(0)) c();
});

function damagedWorkspaceWithBackup(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgdesk-recovery-ui-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'workspace.sqlite');
  const app = openApp({ workspacePath: file });
  app.services.demo.openDemo();
  app.close();
  openApp({ workspacePath: file, backupEveryMs: 0 }).close();
  const db = openDatabase(file);
  db.pragma('journal_mode = DELETE');
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = (db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'orgs'").get() as { rootpage: number }).rootpage;
  closeDatabase(db);
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize - 8, 0xa5), 0, pageSize - 8, (root - 1) * pageSize + 8);
  fs.closeSync(fd);
  return file;
}

function mount(file: string) {
  const session = openWorkspaceSession({ workspacePath: file, validateOutput: true });
  const transport = createMemoryTransport({ dispatch: (m, i) => session.router.dispatch(m, i), subscribe: (l) => session.events.subscribe(l) });
  const stores = createAppStores(createClient(transport));
  let recovered = 0;
  cleanups.unshift(() => {
    stores.dispose();
    session.close();
  });
  render(
    <StoresContext.Provider value={stores}>
      <RecoveryGate onRecovered={() => (recovered += 1)}>
        <p>the app</p>
      </RecoveryGate>
    </StoresContext.Provider>,
  );
  return { session, recovered: () => recovered };
}

test('a damaged workspace shows the recovery screen, and restoring the backup reopens it', async () => {
  const file = damagedWorkspaceWithBackup();
  const { session, recovered } = mount(file);
  expect(await screen.findByRole('heading', { name: /workspace is damaged/i })).toBeTruthy();
  expect(screen.queryByText('the app')).toBeNull();
  expect(screen.getByRole('alert').textContent).toMatch(/^SQLite reported: .+/);
  const radio = screen.getByRole('radio', { name: /newest/ });
  expect(radio).toHaveProperty('checked', true);

  fireEvent.click(screen.getByRole('button', { name: 'Restore this backup' }));
  await waitFor(() => expect(recovered()).toBe(1));
  expect(session.mode().kind).toBe('ready');
  const info = await session.router.dispatch('workspace.info', {});
  expect(info).toMatchObject({ ok: true, value: { isEmpty: false } });
});

test('starting fresh needs a second, explicit click', async () => {
  const file = damagedWorkspaceWithBackup();
  const { session, recovered } = mount(file);
  fireEvent.click(await screen.findByRole('button', { name: /start a new empty workspace/i }));
  expect(session.mode().kind).toBe('recovery');
  fireEvent.click(screen.getByRole('button', { name: /keep the damaged file aside and start empty/i }));
  await waitFor(() => expect(recovered()).toBe(1));
  expect(await session.router.dispatch('workspace.info', {})).toMatchObject({ ok: true, value: { isEmpty: true } });
});

test('a healthy workspace shows the app', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgdesk-recovery-ok-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  mount(path.join(dir, 'workspace.sqlite'));
  expect(await screen.findByText('the app')).toBeTruthy();
});
