// The pull half of a sync: fetch the snapshot, apply it area by area, then remember the
// platform's value of every target that has local edits waiting (what a discard reverts to)
// and refresh the "theirs" shown beside each conflict. Returns how many rows changed.
import { ACTIVE_OUTBOX_STATES } from '../../../db/repos/index';
import type { EngineContext } from '../context';
import { shapeFromRemote } from '../localApply';
import { parseTarget } from '../targets';
import { applyApps, applyOrgsAndMembers, applyProjects } from './apply';
import type { RemoteSnapshot } from './snapshot';
import { fetchSnapshot } from './snapshot';

export async function pull(ctx: EngineContext): Promise<number> {
  const snap = await fetchSnapshot(ctx.client, ctx.repos.apps.all().map((a) => a.id));
  let changes = applyOrgsAndMembers(ctx, snap);
  changes += applyProjects(ctx, snap);
  changes += applyApps(ctx, snap);
  rememberRemoteValues(ctx, snap);
  if (changes > 0) ctx.notifier.touch(['orgs', 'members', 'projects', 'apps'], false);
  return changes;
}

/** The snapshot's value of one target in sync_remote_values' shape; undefined when it cannot tell. */
export function remoteValueIn(snap: RemoteSnapshot, target: string): unknown {
  const t = parseTarget(target);
  if (!t) return undefined;
  switch (t.kind) {
    case 'member': {
      const listed = snap.members.get(t.owner);
      if (listed) return listed.get(t.item)?.value ?? null;
      if (t.item === snap.me) return snap.orgs.get(t.owner)?.mine.value ?? null;
      return undefined;
    }
    case 'grant': {
      const p = snap.projects.get(t.owner);
      return p ? (p.permissions[t.item] ?? null) : undefined;
    }
    case 'project': {
      const p = snap.projects.get(t.owner);
      return p ? { version: p.version, settings: p.settings } : null;
    }
    case 'org': {
      const o = snap.orgs.get(t.owner);
      return o ? { name: o.name, policies: o.policies } : undefined;
    }
    case 'app': {
      const a = snap.apps.get(t.owner);
      return a ? a.authorizedUsers.includes(t.item) : undefined;
    }
  }
}

function rememberRemoteValues(ctx: EngineContext, snap: RemoteSnapshot): void {
  let conflictsChanged = false;
  ctx.tx(() => {
    const at = ctx.now();
    for (const entry of ctx.repos.outbox.list(ACTIVE_OUTBOX_STATES)) {
      const value = remoteValueIn(snap, entry.target);
      if (value === undefined) continue;
      ctx.remoteValues.put(entry.target, value, at);
      if (entry.state !== 'conflict') continue;
      const theirs = shapeFromRemote(entry, value) ?? {};
      if (JSON.stringify(theirs) === JSON.stringify(entry.theirs)) continue;
      ctx.repos.outbox.setTheirs(entry.id, theirs);
      conflictsChanged = true;
    }
    ctx.remoteValues.pruneInactive(ACTIVE_OUTBOX_STATES);
  });
  if (conflictsChanged) ctx.notifier.touch([]);
}
