// The matrix filter and sort shared by the screen and exports.matrix, on a small matrix.
import { describe, expect, it } from 'vitest';
import type { CellFacts, CompactMatrix, MatrixQuery } from '../../../../shared/contract/index';
import { encodeMatrixCell, indexMatrix, queryMatrix } from '../../../../shared/contract/index';

const M = (over: Partial<CellFacts> = {}): number => encodeMatrixCell({ level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE', pending: false, ...over });
const A = encodeMatrixCell({ level: 'ADMIN', allowBillableActivities: true, appAccess: true, projectAccess: 'ADMINISTER', pending: false });

// zoe: admin of o0, member of o1 (VIEW) — ann: billable member of o1 — bob: member of o0 only.
const data: CompactMatrix = {
  orgs: { ids: ['org-o0', 'org-o1'], names: ['Lab', 'Core'] },
  users: { ids: ['user-1', 'user-2', 'user-3'], names: ['Zoe Zed', 'Ann Ash', 'Bob Bell'], emails: ['zoe@x.org', 'ann@y.org', 'bob@x.org'] },
  cells: { user: [0, 0, 1, 2], org: [0, 1, 1, 0], code: [A, M({ projectAccess: 'VIEW' }), M({ allowBillableActivities: true }), M()] },
};
const ix = indexMatrix(data);
const q = (over: Partial<MatrixQuery> = {}): string[] => {
  const shown = queryMatrix(ix, { text: '', multiOrg: false, billable: false, sort: { by: 'name', dir: 'asc' }, ...over });
  return [...shown.rows].map((u) => data.users.ids[u] ?? '');
};

describe('queryMatrix', () => {
  it('sorts by name, number of orgs and level in an org', () => {
    expect(q()).toEqual(['user-2', 'user-3', 'user-1']);
    expect(q({ sort: { by: 'name', dir: 'desc' } })).toEqual(['user-1', 'user-3', 'user-2']);
    expect(q({ sort: { by: 'orgCount', dir: 'desc' } })).toEqual(['user-1', 'user-2', 'user-3']);
    expect(q({ sort: { by: 'org', org: 'org-o0', dir: 'asc' } })).toEqual(['user-1', 'user-3', 'user-2']);
  });

  it('filters by text on name, handle and email', () => {
    expect(q({ text: 'x.org' })).toEqual(['user-3', 'user-1']);
    expect(q({ text: 'USER-2' })).toEqual(['user-2']);
  });

  it('filters by visible orgs, level, more than one org, billable and projectAccess below', () => {
    expect(q({ orgs: ['org-o1'] })).toEqual(['user-2', 'user-1']);
    expect(q({ level: 'ADMIN' })).toEqual(['user-1']);
    expect(q({ multiOrg: true })).toEqual(['user-1']);
    expect(q({ billable: true })).toEqual(['user-2', 'user-1']);
    expect(q({ billable: true, level: 'MEMBER' })).toEqual(['user-2']);
    expect(q({ projectAccessBelow: 'CONTRIBUTE' })).toEqual(['user-1']);
    expect(q({ projectAccessBelow: 'CONTRIBUTE', orgs: ['org-o0'] })).toEqual([]);
  });

  it('reports org ids it does not know', () => {
    expect(queryMatrix(ix, { text: '', multiOrg: false, billable: false, sort: { by: 'name', dir: 'asc' }, orgs: ['org-x'] }).unknownOrgs).toEqual(['org-x']);
  });
});
