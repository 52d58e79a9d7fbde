// Every fault kind of the emulator (random 503s, periodic 429 with Retry-After, HTML error
// bodies, dropped connections, and all at once): sync keeps going until it completes, no edit
// is lost or applied twice, and the platform ends exactly where a fault-free run ends.
import { afterEach, describe, expect, it } from 'vitest';
import type { FaultSpec } from '../../../../main/emulator/index';
import { demoSeed } from '../../../../main/seed/demoSeed';
import { closeWorlds, desk, emulator, syncUntilClean } from '../engine/harness';
import { normalState, userDEdits } from './editScript';

afterEach(closeWorlds);

async function expectedState(): Promise<unknown> {
  const emu = await emulator(demoSeed);
  const d = desk(emu, 'user-d');
  await d.engine.sync();
  await userDEdits(d);
  const report = await d.engine.sync();
  expect(report).toMatchObject({ conflicts: 0, failed: 0, error: null });
  return normalState(emu.state());
}

const KINDS: Array<[string, Partial<FaultSpec>]> = [
  ['rate=0.3', { rate: 0.3 }],
  ['429-after=7', { every429: 7 }],
  ['html-errors', { htmlErrors: true, rate: 0.3 }],
  ['drop=0.2', { dropRate: 0.2 }],
  ['all at once', { rate: 0.3, every429: 7, htmlErrors: true, dropRate: 0.1 }],
];

describe('sync under faults', () => {
  it.each(KINDS)('%s: completes with nothing lost and the exact fault-free state', async (_name, faults) => {
    const want = await expectedState();
    const emu = await emulator(demoSeed, { faults });
    const d = desk(emu, 'user-d');
    await syncUntilClean(d, 20);
    await userDEdits(d);
    await syncUntilClean(d, 20);
    expect(d.outbox().map((e) => [e.op, e.state, e.error])).toEqual(d.outbox().map((e) => [e.op, 'sent', null]));
    expect(normalState(emu.state())).toEqual(want);
    expect(emu.stats().faultsInjected).toBeGreaterThan(0);
    // The workspace shows what the platform holds once the faults are gone.
    emu.setFaults({ rate: 0, every429: null, htmlErrors: false, dropRate: 0 });
    await d.engine.sync();
    expect(d.app.repos.memberships.byOrg('org-lab').map((m) => [m.user, m.projectAccess])).toEqual(
      emu.state().orgs.find((o) => o.id === 'org-lab')?.members.map((m) => [m.id, m.projectAccess]),
    );
  });
});
