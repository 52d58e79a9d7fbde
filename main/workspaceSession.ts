// The desktop host's hold on one workspace across its life: opens it, or, when the file fails
// its integrity check, stays in recovery mode (only workspace.recovery / restoreBackup /
// startFresh answer) instead of starting empty; restoring or switching files swaps the open
// app behind one stable router and event feed, so transports are wired once. No electron here.
import path from 'node:path';
import { METHOD_NAMES, type EventName } from '../shared/contract/index';
import { AppError } from '../shared/rpc/index';
import type { Result } from '../shared/rpc/index';
import { openApp, type OpenAppOptions, type OrgDeskApp } from './app';
import { restoreBackup, setAsideWorkspace } from './db/backup';
import { recoveryStatus } from './db/backupStatus';
import { WorkspaceDamagedError } from './db/connection';
import { createEventBus, type EventBus } from './rpc/eventBus';
import { createRouter, type Handlers, type Router } from './rpc/router';

export type SessionMode = { kind: 'ready'; app: OrgDeskApp } | { kind: 'recovery'; workspacePath: string; problem: string };

export interface WorkspaceSession {
  /** Dispatches to the open workspace, or to the recovery surface. Stable across swaps. */
  readonly router: Router;
  /** Events of whichever workspace is open. Stable across swaps. */
  readonly events: Pick<EventBus, 'subscribe'>;
  mode(): SessionMode;
  /** Called after every swap (restore, start fresh, another file), e.g. to restart background sync. */
  onSwap(listener: (mode: SessionMode) => void): () => void;
  /** Closes the current workspace and opens another file (File > Open workspace…). */
  switchTo(workspacePath: string): SessionMode;
  close(): void;
}

export type SessionOptions = OpenAppOptions;

export function openWorkspaceSession(opts: SessionOptions): WorkspaceSession {
  const bus = createEventBus();
  const swapListeners = new Set<(mode: SessionMode) => void>();
  let unforward: () => void = () => {};
  let closed = false;

  const open = (workspacePath: string): SessionMode => {
    const resolved = path.resolve(workspacePath);
    try {
      const app = openApp({ ...opts, workspacePath: resolved });
      return { kind: 'ready', app };
    } catch (err) {
      // Only a damaged file goes to recovery; a newer schema or an unwritable folder is an
      // error the user must see as such (restoring a backup would not help).
      if (err instanceof WorkspaceDamagedError) return { kind: 'recovery', workspacePath: resolved, problem: describeDamage(err) };
      throw err;
    }
  };

  const forward = (next: SessionMode): void => {
    unforward();
    unforward = next.kind === 'ready' ? next.app.events.subscribe((event: EventName, payload: unknown) => bus.emit(event, payload as never)) : () => {};
  };

  let mode: SessionMode = open(opts.workspacePath);
  forward(mode);

  const install = (next: SessionMode): SessionMode => {
    if (mode.kind === 'ready' && mode !== next) mode.app.close();
    mode = next;
    forward(next);
    return next;
  };

  const swap = (next: SessionMode): SessionMode => {
    install(next);
    for (const listener of [...swapListeners]) {
      try {
        listener(next);
      } catch (err) {
        console.error('[orgdesk] workspace swap listener failed:', err);
      }
    }
    return next;
  };

  const recoveryRouter = (): Router => {
    const refuse = (method: string): never => {
      const where = mode.kind === 'recovery' ? mode.workspacePath : '';
      throw new AppError(
        'InvalidState',
        `${method} is unavailable: the workspace ${where} failed its integrity check. Restore a backup, start a new workspace, or open another file.`,
        { recovery: true },
      );
    };
    const handlers = Object.fromEntries(METHOD_NAMES.map((m) => [m, () => refuse(m)])) as unknown as Handlers;
    handlers['workspace.recovery'] = () => {
      if (mode.kind !== 'recovery') return recoveryStatus(mode.app.workspacePath, null);
      return recoveryStatus(mode.workspacePath, mode.problem);
    };
    handlers['workspace.restoreBackup'] = ({ backup }) => {
      if (mode.kind !== 'recovery') return refuseHealthy('workspace.restoreBackup');
      const target = mode.workspacePath;
      const { restored, setAside } = restoreBackup(target, backup, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
      swap(open(target));
      return { restored: restored.name, setAside };
    };
    handlers['workspace.startFresh'] = () => {
      if (mode.kind !== 'recovery') return refuseHealthy('workspace.startFresh');
      const target = mode.workspacePath;
      const setAside = setAsideWorkspace(target);
      swap(open(target));
      return { setAside };
    };
    return createRouter(handlers);
  };
  const recovery = recoveryRouter();

  const router: Router = {
    dispatch(method, rawInput) {
      if (closed) return Promise.resolve(closedResult(method));
      if (mode.kind === 'ready') return mode.app.router.dispatch(method, rawInput);
      return recovery.dispatch(method, rawInput);
    },
  };

  return {
    router,
    events: { subscribe: (listener) => bus.subscribe(listener) },
    mode: () => mode,
    onSwap(listener) {
      swapListeners.add(listener);
      return () => {
        swapListeners.delete(listener);
      };
    },
    switchTo(workspacePath) {
      if (closed) throw new Error('the workspace session is closed');
      // Opened before the current one closes: a file that cannot be opened at all leaves the
      // current workspace in place (the error goes to the caller).
      const next = open(workspacePath);
      return swap(next);
    },
    close() {
      if (closed) return;
      closed = true;
      unforward();
      if (mode.kind === 'ready') mode.app.close();
    },
  };
}

/** What SQLite reported, without the path and advice the recovery screen already shows. */
function describeDamage(err: WorkspaceDamagedError): string {
  const text = err.problems.join('; ').trim() || err.message;
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

function refuseHealthy(method: string): never {
  throw new AppError('InvalidState', `${method} is offered only while the workspace is damaged; nothing was changed`);
}

function closedResult(method: string): Result<unknown> {
  return { ok: false, error: { code: 'Unavailable', message: `${method}: OrgDesk is closing` } };
}
