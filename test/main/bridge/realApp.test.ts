// The bridge over the real composition root on a temporary workspace: calls reach the real
// services, and an edit made over HTTP arrives as an SSE event.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../../main/app';
import type { OrgDeskApp } from '../../../main/app';
import { startBridge } from '../../../main/bridge/server';
import type { BridgeHandle } from '../../../main/bridge/server';
import { openEvents, request, rpc } from './httpHelpers';

let tmp: string;
let app: OrgDeskApp;
let bridge: BridgeHandle;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'orgdesk-bridge-app-'));
  const rendererDir = path.join(tmp, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>OrgDesk</title>');
  app = openApp({ workspacePath: path.join(tmp, 'workspace.sqlite'), validateOutput: true });
  bridge = await startBridge({ router: app.router, events: app.events, rendererDir });
});

afterAll(async () => {
  await bridge.close();
  app.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('bridge over openApp', () => {
  it('serves the renderer and answers contract calls with the Result envelope', async () => {
    expect((await request(bridge.port, { path: '/' })).body).toContain('<title>OrgDesk</title>');
    const demo = await rpc(bridge.port, bridge.token, 'workspace.openDemo', {});
    expect(demo.status).toBe(200);
    expect(JSON.parse(demo.body)).toMatchObject({ ok: true, value: { actingUser: 'user-d', isEmpty: false } });
    const bad = await rpc(bridge.port, bridge.token, 'members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'EVERYTHING' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
    const unknown = await rpc(bridge.port, bridge.token, 'members.explode', {});
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UnknownMethod' } });
  });

  it('delivers workspace.changed over SSE after an edit made through the bridge', async () => {
    const stream = await openEvents(bridge.port, bridge.token);
    try {
      const edit = await rpc(bridge.port, bridge.token, 'members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'VIEW' });
      expect(JSON.parse(edit.body)).toMatchObject({ ok: true, value: { user: 'user-b', projectAccess: 'VIEW', pending: true } });
      const received = await stream.waitFor('event: workspace.changed\n');
      expect(received).toMatch(/event: workspace\.changed\ndata: \{"areas":\[[^\]]*"members"[^\]]*\]\}\n\n/);
      await stream.waitFor('event: outbox.changed\ndata: {"pending":1,');
    } finally {
      stream.close();
    }
  });
});
