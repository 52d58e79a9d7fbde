// scenarios.md Example 1 step 5 through the services: snapshot, remove user-c from org-lab,
// snapshot again; the diff shows user-c losing Resources, Raw Data and qc with their routes,
// and nobody else changing.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, DEMO_PROJECT_IDS } from '../../../../main/seed/demoSeed';
import { closeAll, demoApp } from '../../services/fixtures';

afterEach(closeAll);

describe('diff around the removal of user-c (Example 1 step 5)', () => {
  it('user-c loses Resources, Raw Data and qc via org-lab; nobody else changes', () => {
    const app = demoApp();
    const s1 = app.services.snapshots.take({ label: 'before' });
    app.services.members.remove({ org: 'org-lab', user: 'user-c', revokeProjectPermissions: true, revokeAppPermissions: true });
    const s2 = app.services.snapshots.take({});
    expect(s2.changeCount).toBe(1);
    const diff = app.services.snapshots.diff({ from: s1.id, to: s2.id, filters: {} });
    expect(diff.structural.map((s) => [s.kind, s.change, s.key])).toEqual([['membership', 'removed', 'member:org-lab:user-c']]);
    expect(diff.effective.map((e) => [e.user, e.projectName, e.change, e.before, e.after])).toEqual([
      ['user-c', 'Raw Data', 'revoked', 'UPLOAD', 'NONE'],
      ['user-c', 'Resources', 'revoked', 'VIEW', 'NONE'],
    ]);
    for (const e of diff.effective) {
      expect(e.cause).toMatchObject({ kind: 'org', org: 'org-lab', winning: true });
      expect(e.routesAfter).toEqual([]);
      expect(e.causedBy).toEqual(['member:org-lab:user-c']);
      expect(e.causeSummary).toContain('removed from org-lab');
    }
    expect(diff.effective.map((e) => e.project).sort()).toEqual([DEMO_PROJECT_IDS.rawData, DEMO_PROJECT_IDS.resources].sort());
    expect(diff.apps).toMatchObject([{ user: 'user-c', app: DEMO_APP_ID, appName: 'qc', change: 'revoked', cause: { kind: 'org', org: 'org-lab' } }]);
    expect(diff.summary).toMatchObject({ structural: 1, revoked: 2, appsRevoked: 1, granted: 0, raised: 0, lowered: 0 });
  });
});
