// The orgs pivot's explanation of one cell: the org's grant on the project and what the org
// route gives each group of members (role and cap), as explainAccess computes it per member.
import type { OrgCell } from '../../shared/contract/index';
import { LEVELS, minLevel, orgRouteCap } from '../../shared/domain/index';
import type { HeatmapModel } from './model';
import { membershipsOf, requireIndex } from './whatIf';

const LIST_LIMIT = 50;

export function explainOrgCell(m: HeatmapModel, org: string, project: string): OrgCell {
  const s = m.snapshot;
  const o = requireIndex(s.orgs.index, org, 'org');
  const p = requireIndex(s.projects.index, project, 'project');
  const granted = s.permissions[p]?.[org] ?? 'NONE';
  const groups = new Map<string, OrgCell['groups'][number]>();
  for (let k = s.orgMemStart[o] as number, e = s.orgMemStart[o + 1] as number; k < e; k++) {
    const mem = s.orgMem[k] as number;
    const u = s.memUser[mem] as number;
    const facts = membershipsOf(m, u).find((x) => x.org === org);
    if (!facts) continue;
    const cap = orgRouteCap(facts);
    const key = `${facts.level} ${cap}`;
    let g = groups.get(key);
    if (!g) {
      const gives = granted === 'NONE' ? 'NONE' : minLevel(granted, cap);
      g = { role: facts.level, cap, gives, capped: granted !== 'NONE' && gives !== granted, count: 0, users: [] };
      groups.set(key, g);
    }
    g.count++;
    if (g.users.length < LIST_LIMIT) g.users.push(s.users.ids[u] as string);
  }
  return {
    org,
    orgName: s.orgs.names[o] ?? org,
    project,
    projectName: s.projects.names[p] ?? project,
    granted,
    members: (s.orgMemStart[o + 1] as number) - (s.orgMemStart[o] as number),
    groups: [...groups.values()].sort((a, b) => (a.role === b.role ? LEVELS.indexOf(b.cap) - LEVELS.indexOf(a.cap) : a.role === 'ADMIN' ? -1 : 1)),
  };
}
