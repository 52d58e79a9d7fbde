// Target keys as the engine reads them, and what waits behind what: edits of a held target,
// and everything under a create that has not gone through.
import { describe, expect, it } from 'vitest';
import { createHeld } from '../../../../main/sync/engine/push/held';
import { mapLimit, stableJson } from '../../../../main/sync/engine/remote';
import { parentTarget, parseTarget, windowKey } from '../../../../main/sync/engine/targets';

describe('targets', () => {
  it('parses every kind and groups windows per org, project and app', () => {
    expect(parseTarget('member:org-lab:user-b')).toEqual({ kind: 'member', owner: 'org-lab', item: 'user-b' });
    expect(parseTarget('project:project-x')).toEqual({ kind: 'project', owner: 'project-x', item: '' });
    expect(parseTarget('nonsense')).toBeNull();
    expect(windowKey({ op: 'member.remove', target: 'member:org-lab:user-b' })).toBe('members:org-lab');
    expect(windowKey({ op: 'project.unshare', target: 'grant:project-x:PUBLIC' })).toBe('grants:project-x');
    expect(windowKey({ op: 'app.authorize', target: 'app:app-qc:org-lab' })).toBe('apps:app-qc');
    expect(windowKey({ op: 'project.update', target: 'project:project-x' })).toBeNull();
    expect(parentTarget('grant:project-x:org-lab')).toBe('project:project-x');
    expect(parentTarget('member:org-new:user-b')).toBe('org:org-new');
    expect(parentTarget('app:app-qc:org-lab')).toBeNull();
  });

  it('holds the same target, and the children of a held create only', () => {
    const held = createHeld();
    held.hold({ op: 'member.update', target: 'member:org-lab:user-b' });
    held.hold({ op: 'project.create', target: 'project:project-new' });
    held.hold({ op: 'project.update', target: 'project:project-old' });
    expect(held.blocks({ target: 'member:org-lab:user-b' })).toBe(true);
    expect(held.blocks({ target: 'member:org-lab:user-c' })).toBe(false);
    expect(held.blocks({ target: 'grant:project-new:org-lab' })).toBe(true);
    expect(held.blocks({ target: 'grant:project-old:org-lab' })).toBe(false);
  });

  it('compares records regardless of key order and bounds concurrent calls', async () => {
    expect(stableJson({ b: 1, a: { d: 2, c: 3 } })).toBe(stableJson({ a: { c: 3, d: 2 }, b: 1 }));
    let inFlight = 0;
    let most = 0;
    const out = await mapLimit([1, 2, 3, 4, 5, 6], 2, async (n) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return n * 2;
    });
    expect(out).toEqual([2, 4, 6, 8, 10, 12]);
    expect(most).toBe(2);
  });
});
