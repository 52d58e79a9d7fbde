// An unreachable platform is reported as offline at once: the reachability probe answers
// before the client's retry budget (dxpy's backoff, up to a minute) is spent on it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../../../main/app';
import type { OrgDeskApp } from '../../../../main/app';
import { memoryTokenStore } from '../../../../main/sync/tokens/index';
import type { SyncReport, SyncStatus } from '../../../../shared/contract/index';
import { emulator, SECRET_TOKEN } from './glueHarness';

const opened: OrgDeskApp[] = [];
afterEach(() => {
  for (const app of opened.splice(0)) app.close();
});

describe('sync against a platform that went away', () => {
  it('reports offline without sleeping through retries, and keeps the edit queued', async () => {
    const sleeps: number[] = [];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgdesk-unreachable-'));
    const app = openApp({
      workspacePath: path.join(dir, 'w.sqlite'),
      tokenStore: memoryTokenStore(),
      sync: { clientOptions: { sleep: async (ms: number) => void sleeps.push(ms), timeoutMs: 5_000 } },
    });
    opened.push(app);
    app.services.demo.openDemo();
    const platform = await emulator();
    const connected = await app.router.dispatch('sync.connect', { platformUrl: platform.url, token: SECRET_TOKEN });
    expect(connected.ok).toBe(true);
    expect((await app.router.dispatch('members.update', { org: 'org-lab', user: 'user-c', projectAccess: 'VIEW' })).ok).toBe(true);
    await platform.close();

    const run = await app.router.dispatch('sync.runNow', {});
    if (!run.ok) throw new Error(run.error.message);
    const report = run.value as SyncReport;
    expect(report.error).toContain('Could not reach the platform');
    expect(report.pushed).toBe(0);
    // Without the probe the client would back off between its retries of the refused connection.
    expect(sleeps).toEqual([]);
    const status = await app.router.dispatch('sync.status', {});
    expect(status.ok && (status.value as SyncStatus)).toMatchObject({ state: 'offline', pending: 1 });
  });
});
