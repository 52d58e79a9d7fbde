// Electron IPC transport: one ipcMain.handle per contract method, each admitting only our own
// window's top frame on app://orgdesk before handing the raw input to router.dispatch, and
// events forwarded to that window. It must not validate or interpret inputs (the router does).
import { EVENT_CHANNEL, METHOD_NAME_LIST } from '../../shared/contract/names';
import type { EventName } from '../../shared/contract/index';
import type { Result } from '../../shared/rpc/index';
import { APP_ORIGIN, isAppUrl } from './appOrigin';

/** The parts of WebFrameMain the sender check reads. */
export interface FrameLike {
  readonly parent: FrameLike | null;
  readonly url: string;
  readonly origin?: string;
  readonly processId: number;
  readonly routingId: number;
}

/** The parts of IpcMainInvokeEvent the sender check reads. */
export interface SenderEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: FrameLike | null;
}

export interface WindowLike {
  isDestroyed(): boolean;
  readonly webContents: {
    readonly id: number;
    readonly mainFrame: FrameLike;
    send(channel: string, ...args: unknown[]): void;
  };
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEventLike, ...args: unknown[]) => Promise<Result<unknown>>): void;
  removeHandler(channel: string): void;
}

export interface DispatchRouter {
  dispatch(method: string, rawInput: unknown): Promise<Result<unknown>>;
}

export interface EventFeed {
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void;
}

/**
 * The sender must be the top frame of our main window's webContents, currently showing
 * app://orgdesk. A detached or navigated-away frame (senderFrame null) is refused.
 */
export function isTrustedSender(event: SenderEventLike, mainWindow: WindowLike | null): boolean {
  if (mainWindow === null || mainWindow.isDestroyed()) return false;
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  const contents = mainWindow.webContents;
  if (event.sender.id !== contents.id) return false;
  const mainFrame = contents.mainFrame;
  if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId) return false;
  if (frame.origin !== undefined && frame.origin !== APP_ORIGIN) return false;
  return isAppUrl(frame.url);
}

export function permissionDenied(method: string): Result<unknown> {
  return {
    ok: false,
    error: { code: 'PermissionDenied', message: `Refused "${method}": the call did not come from the OrgDesk window.` },
  };
}

/** Registers every contract method; returns a function that removes them again. */
export function registerIpcHandlers(opts: {
  ipcMain: IpcMainLike;
  router: DispatchRouter;
  getMainWindow: () => WindowLike | null;
}): () => void {
  const { ipcMain, router, getMainWindow } = opts;
  for (const method of METHOD_NAME_LIST) {
    ipcMain.handle(method, async (event, input) => {
      if (!isTrustedSender(event, getMainWindow())) return permissionDenied(method);
      try {
        return await router.dispatch(method, input);
      } catch (error) {
        // The router maps every failure itself; this only keeps a router bug from becoming an
        // IPC rejection, which would lose the error code on the way to the renderer.
        console.error(`ipc ${method}: router threw`, error);
        return { ok: false, error: { code: 'Internal', message: 'Internal error' } };
      }
    });
  }
  return () => {
    for (const method of METHOD_NAME_LIST) ipcMain.removeHandler(method);
  };
}

/** Pushes bus events to the main window (if open); returns the unsubscribe function. */
export function forwardEvents(events: EventFeed, getMainWindow: () => WindowLike | null): () => void {
  return events.subscribe((event, payload) => {
    const win = getMainWindow();
    if (win === null || win.isDestroyed()) return;
    win.webContents.send(EVENT_CHANNEL, { event, payload });
  });
}
