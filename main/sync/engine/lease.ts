// The run lease in sync_state: one push at a time per workspace, across processes (the app and
// the CLI may share the file) and engines. A holder that died (kill -9) on this machine is
// detected by its PID and its lease taken over at once; elsewhere the lease simply expires.
import crypto from 'node:crypto';
import os from 'node:os';
import type { EngineContext } from './context';

export const LEASE_MS = 120_000;

export interface Lease {
  acquire(): boolean;
  /** Another live process or engine is running a sync on this workspace. */
  heldElsewhere(): boolean;
  renew(): void;
  release(): void;
}

function alive(owner: string, self: string): boolean {
  const [host, pidText] = owner.split('|');
  if (host !== os.hostname()) return true;
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return owner !== self;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function createLease(ctx: EngineContext): Lease {
  const self = `${os.hostname()}|${process.pid}|${crypto.randomBytes(6).toString('hex')}`;
  return {
    acquire() {
      return ctx.tx(() => {
        const held = ctx.syncState.lease();
        if (held && held.owner !== self && held.expiresAt > Date.now() && alive(held.owner, self)) return false;
        ctx.syncState.setLease(self, Date.now() + LEASE_MS);
        return true;
      });
    },
    heldElsewhere() {
      const held = ctx.syncState.lease();
      return held !== null && held.owner !== self && held.expiresAt > Date.now() && alive(held.owner, self);
    },
    renew() {
      ctx.tx(() => {
        if (ctx.syncState.lease()?.owner === self) ctx.syncState.setLease(self, Date.now() + LEASE_MS);
      });
    },
    release() {
      ctx.tx(() => ctx.syncState.releaseLease(self));
    },
  };
}
