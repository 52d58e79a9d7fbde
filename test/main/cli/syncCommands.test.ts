// connect, sync, outbox, conflicts and resolve end to end: the CLI in-process over a temp
// workspace, the emulator on loopback with the demo seed, the token only in the command's
// environment. The platform client's retry sleeps are skipped so the offline case is quick.
import { describe, expect, it, vi } from 'vitest';
import type { OutboxEntry } from '../../../shared/contract/index';
import { SECRET_TOKEN } from '../sync/glue/glueHarness';
import { jsonOf, runIn } from './cliHarness';
import type { CliRun } from './cliHarness';
import { useEmulatorWorkspace } from './emulatorWorkspace';

vi.mock('../../../main/app', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../main/app')>();
  return {
    ...real,
    openApp: (opts: Parameters<typeof real.openApp>[0]) => real.openApp({ ...opts, sync: { clientOptions: { sleep: async () => undefined } } }),
  };
});

const platform = useEmulatorWorkspace();
const outputs: string[] = [];

/** orgdesk --workspace FILE …, with $ORGDESK_TOKEN set unless told otherwise. */
async function od(argv: string[], env: Record<string, string> = { ORGDESK_TOKEN: SECRET_TOKEN }): Promise<CliRun> {
  const r = await runIn(['--workspace', platform.ws.file, ...argv], { env });
  outputs.push(r.stdout, r.stderr);
  return r;
}

async function json<T>(...argv: string[]): Promise<T> {
  return jsonOf<T>(await od(argv), argv);
}

const member = (org: string, user: string) => platform.emu.state().orgs.find((o) => o.id === org)?.members.find((m) => m.id === user);

describe('the sync commands against the emulator', () => {
  it('are listed as available', async () => {
    const r = await runIn(['--help']);
    for (const name of ['connect', 'sync', 'outbox', 'conflicts', 'resolve']) expect(r.stdout).toMatch(new RegExp(`^${name}\\s`, 'm'));
    expect(r.stdout).not.toMatch(/^(connect|sync|conflicts|resolve)\s.*not in this build/m);
  });

  it('sync before connect explains what to do', async () => {
    const r = await od(['sync']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^orgdesk: Not connected to a platform/);
  });

  it('connect needs --platform (usage) and $ORGDESK_TOKEN (failure)', async () => {
    expect((await od(['connect'])).code).toBe(2);
    const r = await od(['connect', '--platform', platform.emu.url], {});
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toBe('orgdesk: no token: set $ORGDESK_TOKEN or paste one\n');
  });

  it('connect checks the token with whoami and prints the connected user', async () => {
    const r = await od(['connect', '--platform', platform.emu.url]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Connected to ${platform.emu.url} as user-d.`);
    const who = await od(['whoami']);
    expect(who.stdout).toContain(`connected to ${platform.emu.url}`);
  });

  it('sync --json pulls the platform and prints the four counts', async () => {
    const report = await json<Record<string, unknown>>('sync', '--json');
    expect(report).toMatchObject({ pushed: 0, conflicts: 0, failed: 0, error: null });
    expect(report.pulled).toEqual(expect.any(Number));
    expect(report.pulled).toBeGreaterThan(0);
    expect((await od(['whoami'])).stdout).toMatch(/^user-d \(Dana Diaz\)/);
  });

  it('a queued edit is listed by outbox and pushed by sync', async () => {
    expect((await od(['member', 'set', 'org-lab', 'user-c', '--project-access', 'VIEW'])).code).toBe(0);
    const { entries } = await json<{ entries: OutboxEntry[] }>('outbox', '--json');
    expect(entries).toEqual([expect.objectContaining({ op: 'member.update', state: 'pending', theirs: null })]);
    const r = await od(['sync']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Pushed 1 edit, pulled \d+ records; 0 conflicts, 0 failed edits\.$/m);
    expect(member('org-lab', 'user-c')?.projectAccess).toBe('VIEW');
    expect((await od(['outbox'])).stdout).toBe('The outbox is empty: every edit is synced.\n');
    expect((await json<{ entries: OutboxEntry[] }>('outbox', '--all', '--json')).entries).toEqual([expect.objectContaining({ state: 'sent' })]);
  });

  it('a conflict is shown side by side and resolved with --take-theirs', async () => {
    await od(['member', 'set', 'org-lab', 'user-b', '--project-access', 'UPLOAD']);
    platform.emu.act('user-a').setMemberAccess('org-lab', { 'user-b': { level: 'MEMBER', projectAccess: 'VIEW' } });
    const report = await json<{ conflicts: number }>('sync', '--json');
    expect(report.conflicts).toBe(1);

    const { conflicts } = await json<{ conflicts: OutboxEntry[] }>('conflicts', '--json');
    expect(conflicts).toEqual([
      expect.objectContaining({ state: 'conflict', payload: expect.objectContaining({ projectAccess: 'UPLOAD' }), theirs: expect.objectContaining({ projectAccess: 'VIEW' }) }),
    ]);
    const id = String(conflicts[0]?.id);
    const text = (await od(['conflicts'])).stdout;
    expect(text).toContain(`#${id}  member.update  member:org-lab:user-b`);
    expect(text).toMatch(/FIELD\s+WAS\s+MINE\s+THEIRS/);
    expect(text).toMatch(/projectAccess\s+CONTRIBUTE\s+UPLOAD\s+VIEW/);
    expect(text).not.toMatch(/^\s+org\s/m);
    expect((await od(['outbox'])).stdout).toMatch(new RegExp(`^${id}\\s+conflict\\s+member.update`, 'm'));

    expect((await od(['resolve', id])).code).toBe(2);
    expect((await od(['resolve', id, '--keep-mine', '--take-theirs'])).code).toBe(2);
    expect((await od(['resolve', 'abc', '--keep-mine'])).code).toBe(2);
    expect(await od(['resolve', '9999', '--keep-mine'])).toMatchObject({ code: 1, stderr: 'orgdesk: id: no outbox entry 9999\n' });

    const resolved = await od(['resolve', id, '--take-theirs']);
    expect(resolved.code).toBe(0);
    expect(resolved.stdout).toContain(`Took the platform's value for #${id}`);
    expect((await od(['conflicts'])).stdout).toBe('No conflicts.\n');
    const members = await json<{ rows: Array<{ user: string; memberships: Record<string, { projectAccess: string }> }> }>('members', '--json');
    expect(members.rows.find((r) => r.user === 'user-b')?.memberships['org-lab']?.projectAccess).toBe('VIEW');
  });

  it('--keep-mine sends my value on the next sync', async () => {
    await od(['member', 'set', 'org-lab', 'user-b', '--project-access', 'CONTRIBUTE']);
    platform.emu.act('user-a').setMemberAccess('org-lab', { 'user-b': { level: 'MEMBER', projectAccess: 'UPLOAD' } });
    await json('sync', '--json');
    const [c] = (await json<{ conflicts: OutboxEntry[] }>('conflicts', '--json')).conflicts;
    const kept = await od(['resolve', String(c?.id), '--keep-mine']);
    expect(kept.stdout).toContain(`Kept your edit #${String(c?.id)}`);
    expect(await json('sync', '--json')).toMatchObject({ pushed: 1, conflicts: 0 });
    expect(member('org-lab', 'user-b')?.projectAccess).toBe('CONTRIBUTE');
  });

  it('an unreachable platform: exit 1 with the reason, one JSON document, edits kept', async () => {
    await od(['member', 'set', 'org-lab', 'user-c', '--project-access', 'UPLOAD']);
    await platform.emu.close();
    const r = await od(['sync', '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { pushed: number; error: string };
    expect(doc).toMatchObject({ pushed: 0, error: expect.any(String) });
    expect(r.stderr).toMatch(/^orgdesk: sync did not finish: .+ \(1 edit still queued; run `orgdesk sync` again later\)\n$/);
    const text = await od(['sync']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^Pushed 0 edits/);
    expect((await json<{ entries: OutboxEntry[] }>('outbox', '--json')).entries).toEqual([expect.objectContaining({ state: 'pending' })]);
  });

  it('never printed the token', () => {
    expect(outputs.length).toBeGreaterThan(20);
    expect(outputs.join('\n')).not.toContain(SECRET_TOKEN);
  });
});
