// Property: interleave random local edits (through the router), random remote edits (another
// admin via the emulator's act()), and syncs under random faults; then sync with the faults
// off. The workspace must match the platform for every target without a held edit, every
// conflict must show the platform's current value, nothing may be left in flight, and the
// outbox must hold exactly the local edits (pull never enqueues anything).
// CONVERGENCE_RUNS=300 runs a longer hunt than the default 15 cases.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { EmulatorHandle, FaultSpec } from '../../../../main/emulator/index';
import { demoSeed, DEMO_APP_ID, DEMO_PROJECT_IDS } from '../../../../main/seed/demoSeed';
import type { GrantLevel, Level } from '../../../../shared/domain/index';
import { ACTIVE_OUTBOX_STATES } from '../../../../main/db/repos/index';
import type { Desk } from '../engine/harness';
import { closeWorlds, desk, emulator, syncUntilClean } from '../engine/harness';

afterEach(closeWorlds);

const ORGS = ['org-lab', 'org-lab_new'] as const;
/** The admins (user-a, user-d) stay untouched so every edit remains the acting user's to make. */
const PEOPLE = ['user-b', 'user-c', 'user-e', 'user-f'] as const;
const PRINCIPALS = ['user-b', 'user-c', 'user-e', 'user-f', 'org-lab', 'org-lab_new'] as const;
const PROJECTS = [DEMO_PROJECT_IDS.rawData, DEMO_PROJECT_IDS.resources] as const;
const LEVELS: readonly Level[] = ['NONE', 'VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'];
const GRANTS: readonly GrantLevel[] = ['VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'];

type Step =
  | { kind: 'local'; method: 'members.update'; org: string; user: string; projectAccess: Level; appAccess: boolean }
  | { kind: 'local'; method: 'members.invite'; org: string; user: string }
  | { kind: 'local'; method: 'members.remove'; org: string; user: string }
  | { kind: 'local'; method: 'projects.share'; principal: string; level: GrantLevel }
  | { kind: 'local'; method: 'projects.unshare'; principal: string }
  | { kind: 'local'; method: 'projects.updateSettings'; protected: boolean; restricted: boolean }
  | { kind: 'local'; method: 'apps.authorize' | 'apps.deauthorize'; principal: string }
  | { kind: 'remote'; op: 'setMemberAccess'; org: string; user: string; projectAccess: Level }
  | { kind: 'remote'; op: 'removeMember' | 'invite'; org: string; user: string }
  | { kind: 'remote'; op: 'grant'; project: string; principal: string; level: GrantLevel | null }
  | { kind: 'remote'; op: 'settings'; protected: boolean }
  | { kind: 'remote'; op: 'authorize'; principal: string; authorized: boolean }
  | { kind: 'sync'; faults: Partial<FaultSpec> };

const org = fc.constantFrom(...ORGS);
const person = fc.constantFrom(...PEOPLE);
const principal = fc.constantFrom(...PRINCIPALS);
const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('local' as const), method: fc.constant('members.update' as const), org: fc.constant('org-lab'), user: fc.constantFrom('user-b', 'user-c', 'user-e'), projectAccess: fc.constantFrom(...LEVELS), appAccess: fc.boolean() }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('remote' as const), op: fc.constant('setMemberAccess' as const), org: fc.constant('org-lab'), user: fc.constantFrom('user-b', 'user-c', 'user-e'), projectAccess: fc.constantFrom(...LEVELS) }), weight: 2 },
  fc.record({ kind: fc.constant('local' as const), method: fc.constant('members.update' as const), org, user: person, projectAccess: fc.constantFrom(...LEVELS), appAccess: fc.boolean() }),
  fc.record({ kind: fc.constant('local' as const), method: fc.constantFrom('members.invite' as const, 'members.remove' as const), org, user: person }),
  fc.record({ kind: fc.constant('local' as const), method: fc.constant('projects.share' as const), principal, level: fc.constantFrom(...GRANTS) }),
  fc.record({ kind: fc.constant('local' as const), method: fc.constant('projects.unshare' as const), principal }),
  fc.record({ kind: fc.constant('local' as const), method: fc.constant('projects.updateSettings' as const), protected: fc.boolean(), restricted: fc.boolean() }),
  fc.record({ kind: fc.constant('local' as const), method: fc.constantFrom('apps.authorize' as const, 'apps.deauthorize' as const), principal }),
  fc.record({ kind: fc.constant('remote' as const), op: fc.constant('setMemberAccess' as const), org, user: person, projectAccess: fc.constantFrom(...LEVELS) }),
  fc.record({ kind: fc.constant('remote' as const), op: fc.constantFrom('removeMember' as const, 'invite' as const), org, user: person }),
  fc.record({ kind: fc.constant('remote' as const), op: fc.constant('grant' as const), project: fc.constantFrom(...PROJECTS), principal, level: fc.option(fc.constantFrom(...GRANTS), { nil: null }) }),
  fc.record({ kind: fc.constant('remote' as const), op: fc.constant('settings' as const), protected: fc.boolean() }),
  fc.record({ kind: fc.constant('remote' as const), op: fc.constant('authorize' as const), principal, authorized: fc.boolean() }),
  fc.record({
    kind: fc.constant('sync' as const),
    faults: fc.record({ rate: fc.constantFrom(0, 0.2), dropRate: fc.constantFrom(0, 0.1), htmlErrors: fc.boolean(), every429: fc.constantFrom(null, 5) }),
  }),
);

async function localEdit(d: Desk, s: Extract<Step, { kind: 'local' }>): Promise<boolean> {
  const raw =
    s.method === 'members.update'
      ? { org: s.org, user: s.user, projectAccess: s.projectAccess, appAccess: s.appAccess }
      : s.method === 'members.invite' || s.method === 'members.remove'
        ? { org: s.org, user: s.user }
        : s.method === 'projects.share'
          ? { project: DEMO_PROJECT_IDS.rawData, principal: s.principal, level: s.level }
          : s.method === 'projects.unshare'
            ? { project: DEMO_PROJECT_IDS.rawData, principal: s.principal }
            : s.method === 'projects.updateSettings'
              ? { project: DEMO_PROJECT_IDS.rawData, settings: { protected: s.protected, restricted: s.restricted } }
              : { app: 'qc', principal: s.principal };
  const before = d.outbox().length;
  // Refusals by the local rules (not a member, already shared, ...) are fine: nothing is queued.
  const result = await d.app.router.dispatch(s.method, raw);
  return result.ok && d.outbox().length > before;
}

/** Another admin changes the platform directly; its own refusals are ignored as well. */
function remoteEdit(emu: EmulatorHandle, s: Extract<Step, { kind: 'remote' }>): void {
  const admin = emu.act('user-d');
  const asD = admin;
  try {
    if (s.op === 'setMemberAccess') asD.setMemberAccess(s.org, { [s.user]: { level: 'MEMBER', projectAccess: s.projectAccess } });
    else if (s.op === 'removeMember') asD.removeMember(s.org, { user: s.user, revokeProjectPermissions: true, revokeAppPermissions: true });
    else if (s.op === 'invite') asD.invite(s.org, { invitee: s.user, level: 'MEMBER' });
    else if (s.op === 'grant') {
      const current = emu.state().projects.find((p) => p.id === s.project)?.permissions[s.principal];
      const up = s.level !== null && (current === undefined || GRANTS.indexOf(s.level) > GRANTS.indexOf(current));
      if (up && s.level !== null) admin.projectInvite(s.project, { invitee: s.principal, level: s.level });
      else admin.decreasePermissions(s.project, { [s.principal]: s.level });
    } else if (s.op === 'settings') {
      const p = emu.state().projects.find((x) => x.id === DEMO_PROJECT_IDS.rawData);
      admin.updateProject(DEMO_PROJECT_IDS.rawData, { protected: s.protected, version: p?.version });
    } else if (s.op === 'authorize') {
      if (s.authorized) admin.addAuthorizedUsers(DEMO_APP_ID, [s.principal]);
      else admin.removeAuthorizedUsers(DEMO_APP_ID, [s.principal]);
    }
  } catch (err) {
    if (!(err instanceof Error && err.name === 'EmulatorError')) throw err;
  }
}

interface Values {
  [target: string]: unknown;
}

function platformValues(emu: EmulatorHandle): Values {
  const s = emu.state();
  const out: Values = {};
  for (const o of s.orgs.filter((x) => (ORGS as readonly string[]).includes(x.id))) {
    for (const u of PEOPLE) {
      const m = o.members.find((x) => x.id === u);
      out[`member:${o.id}:${u}`] = m ? [m.level, m.allowBillableActivities, m.appAccess, m.projectAccess] : null;
    }
  }
  for (const p of s.projects.filter((x) => (PROJECTS as readonly string[]).includes(x.id))) {
    for (const pr of PRINCIPALS) out[`grant:${p.id}:${pr}`] = p.permissions[pr] ?? null;
    if (p.id === DEMO_PROJECT_IDS.rawData) out[`project:${p.id}`] = [p.settings.protected, p.settings.restricted];
  }
  const qc = s.apps.find((a) => a.id === DEMO_APP_ID);
  for (const pr of PRINCIPALS) out[`app:${DEMO_APP_ID}:${pr}`] = qc?.authorizedUsers.includes(pr) ?? false;
  return out;
}

function workspaceValues(d: Desk): Values {
  const { repos } = d.app;
  const out: Values = {};
  for (const o of ORGS) {
    for (const u of PEOPLE) {
      const m = repos.memberships.get(o, u);
      out[`member:${o}:${u}`] = m ? [m.level, m.allowBillableActivities, m.appAccess, m.projectAccess] : null;
    }
  }
  for (const id of PROJECTS) {
    const p = repos.projects.get(id);
    for (const pr of PRINCIPALS) out[`grant:${id}:${pr}`] = p?.permissions[pr] ?? null;
    if (id === DEMO_PROJECT_IDS.rawData) out[`project:${id}`] = p ? [p.settings.protected, p.settings.restricted] : null;
  }
  const qc = repos.apps.get(DEMO_APP_ID);
  for (const pr of PRINCIPALS) out[`app:${DEMO_APP_ID}:${pr}`] = qc?.authorizedUsers.includes(pr) ?? false;
  return out;
}

describe('sync converges', () => {
  it('workspace == platform for every target without a held edit; conflicts visible; pull enqueues nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 3, maxLength: 12 }), async (steps) => {
        const emu = await emulator(demoSeed);
        const d = desk(emu, 'user-d');
        await syncUntilClean(d);
        let edits = 0;
        for (const s of steps) {
          if (s.kind === 'local') edits += (await localEdit(d, s)) ? 1 : 0;
          else if (s.kind === 'remote') remoteEdit(emu, s);
          else {
            emu.setFaults(s.faults);
            await d.engine.sync();
            emu.setFaults({ rate: 0, dropRate: 0, htmlErrors: false, every429: null });
          }
        }
        await syncUntilClean(d);
        await syncUntilClean(d);

        const entries = d.outbox();
        expect(entries).toHaveLength(edits);
        // Only edits waiting behind a conflict or failure of the same thing may still be pending.
        const waiting = entries.filter((e) => e.state === 'pending' || e.state === 'sending');
        for (const w of waiting) {
          expect(entries.some((e) => e.id < w.id && e.target === w.target && (e.state === 'conflict' || e.state === 'failed'))).toBe(true);
        }
        const held = d.app.repos.outbox.list(ACTIVE_OUTBOX_STATES);
        const heldTargets = new Set(held.map((e) => e.target));
        const remote = platformValues(emu);
        const local = workspaceValues(d);
        for (const target of Object.keys(remote)) {
          if (!heldTargets.has(target)) expect([target, local[target]]).toEqual([target, remote[target]]);
        }
        const live = emu.state();
        for (const c of held.filter((e) => e.state === 'conflict')) {
          // The platform's side of every conflict is its current value.
          expect(c.theirs).not.toBeNull();
          if (c.op === 'member.update' || c.op === 'member.invite' || c.op === 'member.remove') {
            const m = live.orgs.find((o) => o.id === c.payload.org)?.members.find((x) => x.id === c.payload.user);
            expect(c.theirs).toEqual(m ? { level: m.level, allowBillableActivities: m.allowBillableActivities, appAccess: m.appAccess, projectAccess: m.projectAccess } : {});
          }
        }
      }),
      { numRuns: Number(process.env.CONVERGENCE_RUNS ?? 15), endOnFailure: true },
    );
  }, 120_000);
});
