import { describe, expect, it } from 'vitest';
import { EVENT_CHANNEL } from '../../../shared/contract/names';
import { createDesktopApi, type IpcRendererPort } from '../../../preload/createDesktopApi';

type ChannelListener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc(reply: (channel: string, input: unknown) => Promise<unknown> = async () => ({ ok: true, value: 'v' })) {
  const invoked: [string, unknown][] = [];
  const listeners = new Map<string, Set<ChannelListener>>();
  const port: IpcRendererPort = {
    invoke(channel, input) {
      invoked.push([channel, input]);
      return reply(channel, input);
    },
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    },
    off(channel, listener) {
      listeners.get(channel)?.delete(listener);
    },
  };
  const emit = (channel: string, message: unknown): void => {
    for (const l of listeners.get(channel) ?? []) l({ sender: 'raw ipc event' }, message);
  };
  const count = (channel: string): number => listeners.get(channel)?.size ?? 0;
  return { port, invoked, emit, count };
}

describe('createDesktopApi().call', () => {
  it('forwards contract methods on a channel of the same name and returns the envelope', async () => {
    const ipc = fakeIpc();
    const api = createDesktopApi(ipc.port);
    await expect(api.call('members.list', { orgId: 'org-lab' })).resolves.toEqual({ ok: true, value: 'v' });
    expect(ipc.invoked).toEqual([['members.list', { orgId: 'org-lab' }]]);
  });

  it.each(['members.delete', 'constructor', '__proto__', 'toString', '', 'orgdesk:event'])(
    'refuses %j without sending anything',
    async (name) => {
      const ipc = fakeIpc();
      const result = await createDesktopApi(ipc.port).call(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UnknownMethod' } });
      expect(ipc.invoked).toEqual([]);
    },
  );

  it('refuses a non-string method name', async () => {
    const ipc = fakeIpc();
    const api = createDesktopApi(ipc.port);
    const result = await Reflect.apply(api.call, api, [42, {}]);
    expect(result).toMatchObject({ ok: false, error: { code: 'UnknownMethod' } });
    expect(ipc.invoked).toEqual([]);
  });

  it('turns an IPC rejection or a malformed reply into an Internal error value', async () => {
    const rejecting = createDesktopApi(fakeIpc(async () => Promise.reject(new Error('An object could not be cloned.'))).port);
    await expect(rejecting.call('orgs.list', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'Internal', message: expect.stringContaining('could not be cloned') },
    });
    const malformed = createDesktopApi(fakeIpc(async () => 'surprise').port);
    await expect(malformed.call('orgs.list', {})).resolves.toMatchObject({ ok: false, error: { code: 'Internal' } });
  });

  it('passes error envelopes from main through unchanged', async () => {
    const denied = { ok: false, error: { code: 'PermissionDenied', message: 'no' } };
    const api = createDesktopApi(fakeIpc(async () => denied).port);
    await expect(api.call('orgs.list', {})).resolves.toEqual(denied);
  });
});

describe('createDesktopApi().on', () => {
  it('throws for names outside the contract and does not subscribe', () => {
    const ipc = fakeIpc();
    const api = createDesktopApi(ipc.port);
    expect(() => api.on('members.exploded', () => {})).toThrow(/Unknown event/);
    expect(() => api.on('workspace.info', () => {})).toThrow(/Unknown event/);
    expect(ipc.count(EVENT_CHANNEL)).toBe(0);
  });

  it('delivers only the subscribed event, only its payload, until unsubscribed', () => {
    const ipc = fakeIpc();
    const api = createDesktopApi(ipc.port);
    const seen: unknown[] = [];
    const off = api.on('workspace.changed', (payload) => seen.push(payload));

    ipc.emit(EVENT_CHANNEL, { event: 'workspace.changed', payload: { areas: ['members'] } });
    ipc.emit(EVENT_CHANNEL, { event: 'outbox.changed', payload: { pending: 1, failed: 0, conflict: 0 } });
    ipc.emit(EVENT_CHANNEL, 'garbage');
    ipc.emit(EVENT_CHANNEL, { event: 'workspace.changed' });
    ipc.emit('workspace.changed', { event: 'workspace.changed', payload: 'other channel' });
    expect(seen).toEqual([{ areas: ['members'] }]);

    off();
    off();
    expect(ipc.count(EVENT_CHANNEL)).toBe(0);
    ipc.emit(EVENT_CHANNEL, { event: 'workspace.changed', payload: { areas: [] } });
    expect(seen).toHaveLength(1);
  });
});
