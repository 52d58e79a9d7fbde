// Connecting the workspace to a platform and running sync on the user's behalf: connect /
// disconnect, the status the status bar shows, Sync now (single-flight), and the user's
// decisions on conflicts and failed edits. The engine and client do the work; this service
// owns the token store hand-off and must never put the token in SQLite, events or errors.
import type { MethodOutput, OutboxEntry, ParsedInput, SyncReport, SyncStatus } from '../../shared/contract/index';
import { AppError } from '../../shared/rpc/index';
import { isPlatformError } from '../sync/platform/index';
import type { TokenStore } from '../sync/tokens/index';
import { redactToken } from '../sync/tokens/index';
import type { ServiceContext } from './context';
import { actingUser, atomically, notifyChanged, outboxCounts } from './context';
import type { OutboxService } from './outbox';
import { plural } from '../../shared/text/plural';

export const NO_TOKEN_MESSAGE = 'no token: set $ORGDESK_TOKEN or paste one';
export const NOT_CONNECTED_MESSAGE = 'Not connected to a platform: connect first (orgdesk connect --platform URL, or Connect in the app)';

/** What the service needs from the sync engine (main/sync/engine). */
export interface SyncEngineLike {
  sync(): Promise<SyncReport>;
}

/** The user's decisions on held edits: local rewrites of the outbox, no platform call. */
export interface OutboxDecisions {
  resolve(id: number, choice: 'keepMine' | 'takeTheirs'): OutboxEntry;
  retry(id: number): OutboxEntry;
  discard(id: number): OutboxEntry;
}

export interface SyncStateLike {
  platformUrl: string | null;
  connectedUser: string | null;
  lastPullAt: number | null;
  lastPushAt: number | null;
  /** The last run's error, kept by the engine (cleared by a good run or a new connection). */
  lastError: string | null;
}

/** The platform side, wired by the composition root from main/sync/{platform,engine}. */
export interface SyncBackend {
  whoami(opts: { baseUrl: string; token: string }): Promise<{ id: string }>;
  createEngine(opts: { baseUrl: string; token: string; actingUser: string }): SyncEngineLike;
  decisions(): OutboxDecisions;
  readSyncState(): SyncStateLike | null;
  /** Records the platform and user in sync_state (never the token). */
  recordConnection(c: { platformUrl: string; user: string }): void;
  /** A run that did not happen because another process holds the workspace's sync lease. */
  isBusy(error: string): boolean;
}

/** Trailing slashes off, so the same platform is recorded the same way however it was typed. */
export function normalizePlatformUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

export function createSyncService(ctx: ServiceContext, deps: { tokenStore: TokenStore; backend: SyncBackend; outbox: OutboxService }) {
  const { repos } = ctx;
  const { tokenStore, backend } = deps;

  let running = false;
  let inFlight: Promise<SyncReport> | null = null;
  /** Why this process's last run stopped early (null: no run yet, or it completed). */
  let lastRun: { error: string | null; unreachable: boolean } | null = null;
  let engine: { key: string; token: string; engine: SyncEngineLike } | null = null;

  const connection = (): { platformUrl: string; user: string } | null => {
    const st = backend.readSyncState();
    const platformUrl = st?.platformUrl ?? repos.settings.get('platform_url');
    const user = st?.connectedUser ?? null;
    return platformUrl && user ? { platformUrl, user } : null;
  };

  const status = (): SyncStatus => {
    const st = backend.readSyncState();
    const conn = connection();
    const token = tokenStore.get();
    const counts = outboxCounts(ctx);
    const where = tokenStore.describe();
    // sync_state is shared with other processes (the CLI); this process only knows why its own run stopped.
    const lastError = st ? st.lastError : (lastRun?.error ?? null);
    const unreachable = lastError !== null && (lastRun !== null && lastRun.error === lastError ? lastRun.unreachable : !backend.isBusy(lastError));
    let state: SyncStatus['state'];
    if (conn === null || token === null) state = 'disconnected';
    else if (running) state = 'syncing';
    else if (unreachable) state = 'offline';
    else if (lastError !== null || counts.conflict + counts.failed > 0) state = 'attention';
    else state = 'upToDate';
    return {
      state,
      platformUrl: conn?.platformUrl ?? repos.settings.get('platform_url'),
      connectedUser: conn?.user ?? null,
      tokenStorage: where.label,
      tokenWarning: where.warning,
      lastSyncAt: st?.lastPullAt ?? null,
      lastError: lastError === null ? null : redactToken(lastError, token),
      pending: counts.pending,
      failed: counts.failed,
      conflict: counts.conflict,
    };
  };

  const emitStatus = (): void => {
    ctx.events.emit('sync.statusChanged', status());
  };

  /**
   * A platform or network failure as an AppError the user can act on, without the token.
   * Anything else is a bug: rethrown for the router's generic 'Internal', token scrubbed from its log.
   */
  const explain = (err: unknown, token: string, platformUrl: string): Error => {
    if (err instanceof AppError) return new AppError(err.code, redactToken(err.message, token), err.details);
    if (isPlatformError(err)) {
      const message = redactToken(err.message, token);
      if (err.type === 'InvalidAuthentication') {
        return new AppError('PermissionDenied', `The platform at ${platformUrl} refused the token (${message}); connect again with a valid token`);
      }
      if (err.type === 'ClientError') return new AppError('InvalidInput', message);
      if (err.transient) return new AppError('Unavailable', `Cannot reach the platform at ${platformUrl}: ${message}`);
      return new AppError('InvalidState', `The platform at ${platformUrl} refused the request (${err.type}): ${message}`);
    }
    const bug = new Error(redactToken(err instanceof Error ? err.message : String(err), token));
    if (err instanceof Error && err.stack !== undefined) bug.stack = redactToken(err.stack, token);
    return bug;
  };

  const engineFor = (): SyncEngineLike => {
    const conn = connection();
    const token = tokenStore.get();
    if (conn === null) throw new AppError('InvalidState', NOT_CONNECTED_MESSAGE);
    if (token === null) throw new AppError('InvalidState', `${NOT_CONNECTED_MESSAGE}; ${NO_TOKEN_MESSAGE}`);
    const key = `${conn.platformUrl}\n${conn.user}`;
    if (engine === null || engine.key !== key || engine.token !== token) {
      engine = { key, token, engine: backend.createEngine({ baseUrl: conn.platformUrl, token, actingUser: conn.user }) };
    }
    return engine.engine;
  };

  /** Unsynced edits made as someone other than `user`: they must not be sent under user's name. */
  const foreignEdits = (user: string): OutboxEntry[] =>
    deps.outbox.list({ states: ['pending', 'sending', 'failed', 'conflict'] }).entries.filter((e) => e.actingUser !== user);

  const run = async (): Promise<SyncReport> => {
    const current = engineFor();
    const token = tokenStore.get();
    const platformUrl = connection()?.platformUrl ?? '';
    running = true;
    emitStatus();
    try {
      const report = await current.sync();
      lastRun = { error: report.error, unreachable: report.error !== null && !backend.isBusy(report.error) };
      return { ...report, error: report.error === null ? null : redactToken(report.error, token) };
    } catch (err) {
      const failure = explain(err, token ?? '', platformUrl);
      const unreachable = failure instanceof AppError && failure.code === 'Unavailable';
      lastRun = { error: backend.readSyncState()?.lastError ?? failure.message, unreachable };
      throw failure;
    } finally {
      running = false;
      emitStatus();
    }
  };

  /** The user's decision on one held edit; local, so it works offline and disconnected too. */
  const decide = (act: (d: OutboxDecisions) => OutboxEntry): OutboxEntry => {
    const entry = act(backend.decisions());
    emitStatus();
    return entry;
  };

  return {
    status,

    async connect(input: ParsedInput<'sync.connect'>): Promise<MethodOutput<'sync.connect'>> {
      const platformUrl = normalizePlatformUrl(input.platformUrl);
      const token = input.token ?? tokenStore.get();
      if (token === null) throw new AppError('InvalidInput', NO_TOKEN_MESSAGE, { field: 'token' });
      let who: { id: string };
      try {
        who = await backend.whoami({ baseUrl: platformUrl, token });
      } catch (err) {
        throw explain(err, token, platformUrl);
      }
      const foreign = foreignEdits(who.id);
      if (foreign.length > 0) {
        const authors = [...new Set(foreign.map((e) => e.actingUser))].join(', ');
        throw new AppError(
          'InvalidState',
          `This workspace has ${plural(foreign.length, 'unsynced edit')} made as ${authors}, but the token belongs to ${who.id}. ` +
            `Connect with ${authors}'s token to send them, or discard them first; nothing was changed`,
        );
      }
      if (input.token !== undefined) tokenStore.set(input.token);
      atomically(ctx, () => {
        backend.recordConnection({ platformUrl, user: who.id });
        repos.settings.set('platform_url', platformUrl);
        if (actingUser(ctx) !== who.id) repos.settings.set('acting_user', who.id);
        notifyChanged(ctx, ['workspace'], false);
      });
      engine = null;
      lastRun = null;
      emitStatus();
      return status();
    },

    disconnect(): MethodOutput<'sync.disconnect'> {
      tokenStore.clear();
      engine = null;
      lastRun = null;
      emitStatus();
      return status();
    },

    /** Single-flight: a second call while a run is going joins it. */
    runNow(): Promise<MethodOutput<'sync.runNow'>> {
      if (inFlight === null) {
        inFlight = run().finally(() => {
          inFlight = null;
        });
      }
      return inFlight;
    },

    resolve(input: ParsedInput<'outbox.resolve'>): MethodOutput<'outbox.resolve'> {
      return decide((d) => d.resolve(input.id, input.choice));
    },
    retry(input: ParsedInput<'outbox.retry'>): MethodOutput<'outbox.retry'> {
      return decide((d) => d.retry(input.id));
    },
    discard(input: ParsedInput<'outbox.discard'>): MethodOutput<'outbox.discard'> {
      return decide((d) => d.discard(input.id));
    },
  };
}
export type SyncService = ReturnType<typeof createSyncService>;
