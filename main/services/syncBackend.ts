// Adapts the platform client and the sync engine to the SyncBackend the sync service uses.
// Composition only: every platform rule lives in main/sync/platform, every sync rule in
// main/sync/engine. The token goes into the client and nowhere else.
import type { Db } from '../db/connection';
import type { EventBus } from '../rpc/eventBus';
import type { PlatformClientOptions } from '../sync/platform/index';
import { createPlatformClient, isPlatformError } from '../sync/platform/index';
import { BUSY_MESSAGE, createSyncEngine, readSyncState, recordConnection } from '../sync/engine/index';
import type { SyncBackend } from './sync';

/** Client tuning a host or test may set (retries, timeouts, sleep); never the URL or token. */
export type SyncClientTuning = Omit<Partial<PlatformClientOptions>, 'baseUrl' | 'token'>;

export interface SyncBackendOptions {
  clientOptions?: SyncClientTuning;
}

/** Where an engine that never calls the platform points its (tokenless) client. */
const NO_PLATFORM = 'http://127.0.0.1';

export function createSyncBackend(opts: SyncBackendOptions & { db: Db; events: EventBus; now: () => number }): SyncBackend {
  const { db, events, now } = opts;
  const client = (baseUrl: string, token: string) => createPlatformClient({ ...opts.clientOptions, baseUrl, token });
  return {
    whoami: ({ baseUrl, token }) => client(baseUrl, token).whoami(),
    createEngine: ({ baseUrl, token, actingUser }) =>
      createSyncEngine({ db, events, client: client(baseUrl, token), actingUser, now, probe: () => probeReachability(opts.clientOptions, baseUrl, token) }),
    // resolve/retry/discard only rewrite the workspace, so they need no token: a client with an
    // empty one refuses every call locally (nothing would be sent) should that ever change.
    decisions: () => {
      const st = readSyncState(db);
      return createSyncEngine({ db, events, client: client(st?.platformUrl ?? NO_PLATFORM, ''), actingUser: st?.connectedUser ?? '', now });
    },
    readSyncState: () => readSyncState(db),
    recordConnection: (c) => recordConnection(db, c),
    isBusy: (error) => error === BUSY_MESSAGE,
  };
}

/**
 * One whoami with no retries and a short timeout. Only "no reply at all" counts as
 * unreachable; an error reply (503, 429, 401) means the platform is there, and the run itself
 * deals with it under the full retry policy.
 */
async function probeReachability(tuning: SyncClientTuning | undefined, baseUrl: string, token: string): Promise<string | null> {
  const quick = createPlatformClient({ ...tuning, baseUrl, token, maxRetries: 0, timeoutMs: Math.min(tuning?.timeoutMs ?? PROBE_TIMEOUT_MS, PROBE_TIMEOUT_MS) });
  try {
    await quick.whoami();
    return null;
  } catch (err) {
    if (isPlatformError(err) && err.type === 'NetworkError') return err.message;
    return null;
  }
}

const PROBE_TIMEOUT_MS = 10_000;
