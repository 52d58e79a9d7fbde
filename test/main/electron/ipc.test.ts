// The Electron IPC transport against the real composition root (real router, real SQLite file):
// only our window's top frame on app://orgdesk reaches the router; events reach the window.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type OrgDeskApp } from '../../../main/app';
import {
  forwardEvents,
  isTrustedSender,
  registerIpcHandlers,
  type FrameLike,
  type IpcMainLike,
  type SenderEventLike,
  type WindowLike,
} from '../../../main/electron/ipc';
import { EVENT_CHANNEL, METHOD_NAME_LIST } from '../../../shared/contract/names';
import type { Result } from '../../../shared/rpc/index';

function frame(over: Partial<FrameLike> = {}): FrameLike {
  return { parent: null, url: 'app://orgdesk/index.html', origin: 'app://orgdesk', processId: 7, routingId: 1, ...over };
}

function fakeWindow(webContentsId = 1, mainFrame: FrameLike = frame()) {
  const sent: unknown[][] = [];
  let destroyed = false;
  const win: WindowLike = {
    isDestroyed: () => destroyed,
    webContents: { id: webContentsId, mainFrame, send: (channel, ...args) => sent.push([channel, ...args]) },
  };
  return { win, sent, destroy: () => (destroyed = true) };
}

const from = (senderId: number, senderFrame: FrameLike | null): SenderEventLike => ({ sender: { id: senderId }, senderFrame });

describe('isTrustedSender', () => {
  const { win } = fakeWindow();
  const top = win.webContents.mainFrame;

  it('accepts the top frame of our window on app://orgdesk', () => {
    expect(isTrustedSender(from(1, top), win)).toBe(true);
    expect(isTrustedSender(from(1, frame({ url: 'app://orgdesk/index.html#/members' })), win)).toBe(true);
  });

  it('rejects a sub-frame, even one on our own origin', () => {
    expect(isTrustedSender(from(1, frame({ parent: top, routingId: 2 })), win)).toBe(false);
    expect(isTrustedSender(from(1, frame({ parent: top })), win)).toBe(false);
  });

  it('rejects a foreign origin in the top frame', () => {
    expect(isTrustedSender(from(1, frame({ url: 'https://evil.com/', origin: 'https://evil.com' })), win)).toBe(false);
    expect(isTrustedSender(from(1, frame({ url: 'app://orgdesk.evil/x', origin: 'app://orgdesk.evil' })), win)).toBe(false);
    expect(isTrustedSender(from(1, frame({ url: 'file:///tmp/x.html', origin: 'file://' })), win)).toBe(false);
    expect(isTrustedSender(from(1, frame({ origin: 'null' })), win)).toBe(false);
  });

  it('rejects other webContents and other frames', () => {
    expect(isTrustedSender(from(2, top), win)).toBe(false);
    expect(isTrustedSender(from(1, frame({ processId: 8 })), win)).toBe(false);
    expect(isTrustedSender(from(1, frame({ routingId: 9 })), win)).toBe(false);
  });

  it('rejects a vanished frame, a missing or a destroyed window', () => {
    expect(isTrustedSender(from(1, null), win)).toBe(false);
    expect(isTrustedSender(from(1, top), null)).toBe(false);
    const closing = fakeWindow();
    closing.destroy();
    expect(isTrustedSender(from(1, closing.win.webContents.mainFrame), closing.win)).toBe(false);
  });
});

type Listener = Parameters<IpcMainLike['handle']>[1];

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
  };
  const invoke = (channel: string, event: SenderEventLike, input: unknown): Promise<Result<unknown>> => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, input);
  };
  return { ipcMain, handlers, invoke };
}

describe('registerIpcHandlers with the real router', () => {
  let dir = '';
  let app: OrgDeskApp;
  let ipc: ReturnType<typeof fakeIpcMain>;
  let window: ReturnType<typeof fakeWindow>;
  let dispose: () => void;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'orgdesk-ipc-'));
    app = openApp({ workspacePath: path.join(dir, 'workspace.sqlite') });
    ipc = fakeIpcMain();
    window = fakeWindow();
    dispose = registerIpcHandlers({ ipcMain: ipc.ipcMain, router: app.router, getMainWindow: () => window.win });
  });
  afterEach(() => {
    dispose();
    app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const trusted = (): SenderEventLike => from(1, window.win.webContents.mainFrame);

  it('registers exactly one handler per contract method, and removes them again', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual([...METHOD_NAME_LIST].sort());
    dispose();
    expect(ipc.handlers.size).toBe(0);
  });

  it('dispatches a trusted call to the router', async () => {
    const result = await ipc.invoke('workspace.info', trusted(), {});
    expect(result).toMatchObject({ ok: true, value: { path: app.workspacePath, isEmpty: true } });
  });

  it('returns the router’s InvalidInput as a value', async () => {
    const result = await ipc.invoke('members.list', trusted(), { org: 'org-lab', extra: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
  });

  it('refuses untrusted senders with PermissionDenied and never reaches the services', async () => {
    const subFrame = frame({ parent: window.win.webContents.mainFrame, routingId: 5 });
    for (const event of [from(1, subFrame), from(2, window.win.webContents.mainFrame), from(1, frame({ url: 'https://evil.com/', origin: 'https://evil.com' }))]) {
      const result = await ipc.invoke('workspace.openDemo', event, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'PermissionDenied' } });
    }
    expect(await ipc.invoke('workspace.info', trusted(), {})).toMatchObject({ ok: true, value: { isEmpty: true } });
  });

  it('forwards events to the window after a trusted write, and stops when unsubscribed', async () => {
    const stop = forwardEvents(app.events, () => window.win);
    expect(await ipc.invoke('workspace.openDemo', trusted(), {})).toMatchObject({ ok: true, value: { isEmpty: false } });
    expect(window.sent.length).toBeGreaterThan(0);
    expect(window.sent.every(([channel]) => channel === EVENT_CHANNEL)).toBe(true);
    expect(window.sent.map(([, message]) => message)).toContainEqual({ event: 'workspace.changed', payload: expect.anything() });

    const members = await ipc.invoke('members.list', trusted(), { org: 'org-lab' });
    expect(members.ok && JSON.stringify(members.value)).toContain('user-e');

    stop();
    const before = window.sent.length;
    app.events.emit('workspace.changed', { areas: ['members'] });
    expect(window.sent.length).toBe(before);
  });

  it('drops events while no window is open', () => {
    const stop = forwardEvents(app.events, () => null);
    expect(() => app.events.emit('outbox.changed', { pending: 0, failed: 0, conflict: 0 })).not.toThrow();
    stop();
  });

  it('keeps a throwing router from rejecting the IPC call', async () => {
    const local = fakeIpcMain();
    registerIpcHandlers({
      ipcMain: local.ipcMain,
      router: { dispatch: () => Promise.reject(new Error('boom: secret-token')) },
      getMainWindow: () => window.win,
    });
    const result = await local.invoke('orgs.list', trusted(), {});
    expect(result).toEqual({ ok: false, error: { code: 'Internal', message: 'Internal error' } });
  });
});
