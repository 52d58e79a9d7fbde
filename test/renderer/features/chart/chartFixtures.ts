// Chart inputs shaped like the demo workspace (scenarios.md after Example 2) and generated
// skeletons for the collapse thresholds. Data only.
import type { ChartGroupPage, ChartOrg, ChartPersonItem, ChartSkeleton } from '../../../../shared/contract/index';
import type { Expansion } from '../../../../renderer/features/chart/chartModel';
import { pageKey } from '../../../../renderer/features/chart/chartModel';

export const ALLOW = { allowed: true } as const;

export function org(id: string, counts: Partial<Pick<ChartOrg, 'adminCount' | 'memberCount' | 'projectCount' | 'appCount'>> = {}): ChartOrg {
  return { id, name: id.replace(/^org-/, ''), adminCount: 1, memberCount: 0, projectCount: 0, appCount: 0, myLevel: 'ADMIN', pending: false, canAdminister: ALLOW, ...counts };
}

export function person(user: string, level: 'ADMIN' | 'MEMBER', orgCount = 1, extra: Partial<ChartPersonItem> = {}): ChartPersonItem {
  const admin = level === 'ADMIN';
  return { user, name: user, email: `${user}@lab.example`, level, allowBillableActivities: admin, appAccess: true, projectAccess: admin ? 'ADMINISTER' : 'CONTRIBUTE', orgCount, pending: false, ...extra };
}

export const EMPTY_EXPANSION: Expansion = { orgs: new Map(), groups: new Map(), pages: new Map() };

export const demoSkeleton: ChartSkeleton = {
  orgs: [
    org('org-lab', { adminCount: 2, memberCount: 3, projectCount: 2, appCount: 1 }),
    org('org-lab_new', { adminCount: 1, memberCount: 2 }),
  ],
  people: 6,
  multiOrgPeople: 2,
};

export function demoPages(): Map<string, ChartGroupPage> {
  const pages: ChartGroupPage[] = [
    { group: 'admins', org: 'org-lab', total: 2, offset: 0, items: [person('user-a', 'ADMIN'), person('user-d', 'ADMIN', 2)] },
    {
      group: 'members',
      org: 'org-lab',
      total: 3,
      offset: 0,
      items: [person('user-b', 'MEMBER'), person('user-c', 'MEMBER'), person('user-e', 'MEMBER', 2, { allowBillableActivities: true })],
    },
    {
      group: 'projects',
      org: 'org-lab',
      total: 2,
      offset: 0,
      items: [
        { id: 'project-raw', name: 'Raw Data', level: 'UPLOAD', billTo: 'org-lab', pending: false },
        { id: 'project-res', name: 'Resources', level: 'VIEW', billTo: 'org-lab', pending: false },
      ],
    },
    { group: 'apps', org: 'org-lab', total: 1, offset: 0, items: [{ id: 'app-qc', name: 'qc', published: true, pending: false }] },
    { group: 'admins', org: 'org-lab_new', total: 1, offset: 0, items: [person('user-d', 'ADMIN', 2)] },
    { group: 'members', org: 'org-lab_new', total: 2, offset: 0, items: [person('user-e', 'MEMBER', 2, { allowBillableActivities: true }), person('user-f', 'MEMBER')] },
  ];
  return new Map(pages.map((p) => [pageKey(p), p]));
}
