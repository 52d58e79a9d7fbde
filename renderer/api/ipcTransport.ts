// Transport over the preload's window.orgdesk (Electron IPC). The preload already refuses
// names outside the contract; this adapter only turns a rejected invoke into a Result value,
// because Electron keeps nothing but the message text of a rejection.
import type { DesktopApi, Transport } from '../../shared/rpc/index';

export function createIpcTransport(api: DesktopApi): Transport {
  return {
    async call(method, input) {
      try {
        return await api.call(method, input);
      } catch (err) {
        return { ok: false, error: { code: 'Internal', message: err instanceof Error ? err.message : String(err) } };
      }
    },
    on(event, listener) {
      return api.on(event, listener);
    },
  };
}
