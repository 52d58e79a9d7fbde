// Patches through the router (the path every transport takes) carry only what the caller set:
// zod's .partial() keeps field defaults, which once turned "change Copy access" into a reset
// of every other setting, and "change one policy" into a reset of the other.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PROJECT_IDS } from '../../../main/seed/demoSeed';
import type { ProjectDetail, OrgSummary } from '../../../shared/contract/index';
import { closeAll, demoApp } from '../services/fixtures';

afterEach(closeAll);

describe('settings and policy patches over the router', () => {
  it('changing Copy access leaves Download access (and its coupled preview flag) as they were', async () => {
    const app = demoApp();
    const project = DEMO_PROJECT_IDS.rawData;
    const closed = await app.router.dispatch('projects.updateSettings', { project, settings: { downloadRestricted: true } });
    expect(closed.ok).toBe(true);
    const copy = await app.router.dispatch('projects.updateSettings', { project, settings: { restricted: true } });
    if (!copy.ok) throw new Error(copy.error.message);
    const settings = (copy.value as ProjectDetail).settings;
    expect(settings).toMatchObject({ restricted: true, downloadRestricted: true, previewViewerRestricted: true });
    const entries = app.services.outbox.list({}).entries.filter((e) => e.op === 'project.update');
    expect(entries.at(-1)?.payload).toMatchObject({ settings: { restricted: true } });
    expect(Object.keys((entries.at(-1)?.payload as { settings: object }).settings)).toEqual(['restricted']);
  });

  it('changing one org policy leaves the other as it was', async () => {
    const app = demoApp();
    const first = await app.router.dispatch('orgs.update', { org: 'org-lab', policies: { restrictProjectTransfer: 'MEMBER' } });
    expect(first.ok).toBe(true);
    const second = await app.router.dispatch('orgs.update', { org: 'org-lab', policies: { memberListVisibility: 'PUBLIC' } });
    if (!second.ok) throw new Error(second.error.message);
    expect((second.value as OrgSummary).policies).toEqual({ memberListVisibility: 'PUBLIC', restrictProjectTransfer: 'MEMBER' });
  });

  it('refuses unknown settings keys instead of dropping them', async () => {
    const app = demoApp();
    const r = await app.router.dispatch('projects.updateSettings', { project: DEMO_PROJECT_IDS.rawData, settings: { copyAccess: 'none' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('InvalidInput');
  });
});
