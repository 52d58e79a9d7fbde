// The logic behind window.orgdesk, with ipcRenderer injected so it is unit-tested without
// Electron. Both functions refuse names outside the contract; the raw ipcRenderer and its
// event objects never reach the page. Imports only the name lists (no zod in the preload).
import { EVENT_CHANNEL, EVENT_NAME_LIST, METHOD_NAME_LIST } from '../shared/contract/names';
import type { DesktopApi, Result } from '../shared/rpc/index';

type ChannelListener = (event: unknown, ...args: unknown[]) => void;

export interface IpcRendererPort {
  invoke(channel: string, input: unknown): Promise<unknown>;
  on(channel: string, listener: ChannelListener): void;
  off(channel: string, listener: ChannelListener): void;
}

const METHODS: ReadonlySet<string> = new Set(METHOD_NAME_LIST);
const EVENTS: ReadonlySet<string> = new Set(EVENT_NAME_LIST);

export function createDesktopApi(ipc: IpcRendererPort): DesktopApi {
  return {
    async call(method, input) {
      if (typeof method !== 'string' || !METHODS.has(method)) {
        return failure('UnknownMethod', `Unknown method ${JSON.stringify(String(method))}`);
      }
      try {
        const reply = await ipc.invoke(method, input);
        return isResult(reply) ? reply : failure('Internal', `Malformed reply to ${method}`);
      } catch (error) {
        // Rejections carry only a message (e.g. an input that cannot be cloned), never a code.
        return failure('Internal', `${method} could not be sent: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    on(event, listener) {
      if (typeof event !== 'string' || !EVENTS.has(event)) throw new Error(`Unknown event ${JSON.stringify(String(event))}`);
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      const relay: ChannelListener = (_ipcEvent, message) => {
        if (isEventMessage(message) && message.event === event) listener(message.payload);
      };
      ipc.on(EVENT_CHANNEL, relay);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        ipc.off(EVENT_CHANNEL, relay);
      };
    },
  };
}

function failure(code: 'UnknownMethod' | 'Internal', message: string): Result<unknown> {
  return { ok: false, error: { code, message } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isResult(value: unknown): value is Result<unknown> {
  if (!isRecord(value)) return false;
  if (value.ok === true) return 'value' in value;
  return value.ok === false && isRecord(value.error) && typeof value.error.code === 'string' && typeof value.error.message === 'string';
}

function isEventMessage(value: unknown): value is { event: string; payload: unknown } {
  return isRecord(value) && typeof value.event === 'string' && 'payload' in value;
}
