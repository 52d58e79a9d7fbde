// kill -9 in the middle of a push: a child process syncs a workspace full of offline edits
// against the emulator (with latency, so calls are in flight) and SIGKILLs itself right after it
// sends its Nth change. The emulator still applies that call; the child never learns of it.
// A resumed sync in this process must then reach exactly the state of an uninterrupted run:
// nothing lost, nothing applied twice (one project per create, one org per create).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { demoSeed } from '../../../../main/seed/demoSeed';
import type { EmulatorHandle } from '../../../../main/emulator/index';
import { closeWorlds, desk, emulator, syncUntilClean, tokenOf } from '../engine/harness';
import { normalState, userDEdits } from './editScript';
import { isMutation } from './mutatingRoutes';

afterEach(closeWorlds);

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../../..');
/** Runs the child, which SIGKILLs itself right after sending its `mutations`th changing call. */
function syncAndKill(file: string, emu: EmulatorHandle, user: string, mutations: number): Promise<{ killed: boolean; routes: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'childSync.ts'), file, emu.url, user, tokenOf(user), String(mutations)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const routes: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      buffer += c.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('call ')) continue;
        const route = line.slice(5);
        routes.push(route);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ killed: true, routes });
      else if (code === 0) resolve({ killed: false, routes });
      else reject(new Error(`child sync failed (${String(code)}): ${stderr}`));
    });
  });
}

async function referenceState(): Promise<unknown> {
  const emu = await emulator(demoSeed);
  const d = desk(emu, 'user-d');
  await d.engine.sync();
  await userDEdits(d);
  await d.engine.sync();
  return normalState(emu.state());
}

describe('kill -9 during push', () => {
  // 1: a merged setMemberAccess, 5: /project/new (not repeatable), 9: a versioned update, 13: /org/new.
  it.each([1, 5, 9, 13])('killed after change call %i: the resumed sync ends exactly as an uninterrupted one', async (mutations) => {
    const want = await referenceState();
    const emu = await emulator(demoSeed, { faults: { latencyMs: 60 } });
    const first = desk(emu, 'user-d');
    await first.engine.sync();
    await userDEdits(first);
    const file = path.join(first.dir, 'workspace.sqlite');
    first.app.close();

    const { killed, routes } = await syncAndKill(file, emu, 'user-d', mutations);
    expect(killed).toBe(true);
    // Member changes for different orgs go out together, so the child may have sent one or two
    // more changing calls in the same instant; it died mid-push either way (see 'sending' below).
    const sent = routes.filter(isMutation).length;
    expect(sent, routes.join(' ')).toBeGreaterThanOrEqual(mutations);
    expect(sent).toBeLessThan(mutations + 3);
    // Give the emulator time to apply the call the dead child left in flight.
    await new Promise((r) => setTimeout(r, 150));

    const resumed = desk(emu, 'user-d', { file });
    // The call the child died in is recorded as in flight, not as sent.
    expect(resumed.outbox().filter((e) => e.state === 'sending').length).toBeGreaterThan(0);
    emu.setFaults({ latencyMs: 0 });
    await syncUntilClean(resumed);
    expect(resumed.outbox().map((e) => [e.op, e.state])).toEqual(resumed.outbox().map((e) => [e.op, 'sent']));
    const state = emu.state();
    expect(state.projects.filter((p) => p.name === 'Scratch')).toHaveLength(1);
    expect(state.orgs.filter((o) => o.id === 'org-lab_extra')).toHaveLength(1);
    expect(normalState(state)).toEqual(want);
    // The workspace agrees with the platform: the created project under its real ID.
    const scratch = state.projects.find((p) => p.name === 'Scratch');
    expect(resumed.app.repos.projects.byName('Scratch').map((p) => p.id)).toEqual([scratch?.id]);
  });
});
