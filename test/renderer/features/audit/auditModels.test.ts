import { describe, expect, test } from 'vitest';
import type { Diff, EffectiveChange, ReviewRow, SnapshotSummary, StructuralChange } from '../../../../shared/contract/index';
import { changedFields, statusLine, valueText } from '../../../../renderer/features/audit/auditText';
import { diffRows, summaryChips } from '../../../../renderer/features/audit/diffModel';
import { canReduce, decisionsFor, reviewProgress } from '../../../../renderer/features/audit/reviewModel';
import { axisPositions } from '../../../../renderer/features/audit/TimelineAxis';
import { pickSnapshot } from '../../../../renderer/features/audit/TimelineTab';

const side = { kind: 'snapshot' as const, id: 1, hash: 'a'.repeat(64), takenAt: 1, source: 'pull' as const, label: null };

function effective(user: string, project: string, change: EffectiveChange['change']): EffectiveChange {
  return {
    user,
    userName: user.replace('user-', 'User '),
    project,
    projectName: project,
    change,
    before: change === 'granted' ? 'NONE' : 'UPLOAD',
    after: change === 'revoked' ? 'NONE' : 'VIEW',
    routesBefore: [],
    routesAfter: [],
    cause: null,
    causeSummary: 'because',
    causedBy: [],
    capabilitiesGained: [],
    capabilitiesLost: [],
  };
}

function structural(key: string, kind: StructuralChange['kind']): StructuralChange {
  return { kind, change: 'removed', key, fields: [], summary: key };
}

function diffOf(effectiveChanges: EffectiveChange[], structuralChanges: StructuralChange[]): Diff {
  return {
    from: side,
    to: { ...side, id: 2 },
    identical: false,
    filters: {},
    structural: structuralChanges,
    effective: effectiveChanges,
    apps: [],
    summary: { structural: structuralChanges.length, granted: 0, revoked: effectiveChanges.filter((e) => e.change === 'revoked').length, raised: 0, lowered: 0, capabilities: 0, appsGranted: 0, appsRevoked: 0, usersExamined: 1 },
  };
}

describe('diffRows', () => {
  test('revocations come first under their heading, then the structural changes behind them', () => {
    const rows = diffRows(diffOf([effective('user-b', 'Raw', 'granted'), effective('user-c', 'Raw', 'revoked'), effective('user-c', 'Resources', 'revoked')], [structural('member:org-lab:user-c', 'membership')]));
    expect(rows.map((r) => (r.kind === 'heading' ? `# ${r.title} (${r.count})` : r.kind))).toEqual([
      '# Access revoked (2)',
      'effective',
      'effective',
      '# Access granted (1)',
      'effective',
      '# Memberships (what changed) (1)',
      'structural',
    ]);
    // Within a group rows are ordered by user then project, so a person's losses read together.
    const revoked = rows.filter((r) => r.kind === 'effective').slice(0, 2);
    expect(revoked.map((r) => (r.kind === 'effective' ? r.change.projectName : ''))).toEqual(['Raw', 'Resources']);
  });

  test('an empty diff has no rows and zero chips', () => {
    const d = diffOf([], []);
    expect(diffRows(d)).toEqual([]);
    expect(summaryChips(d).every((c) => c.count === 0)).toBe(true);
  });

  test('every row key is unique so the grid can key on it', () => {
    const rows = diffRows(diffOf([effective('user-c', 'Raw', 'revoked'), effective('user-c', 'Raw2', 'revoked')], [structural('grant:p:org-lab', 'grant'), structural('member:o:u', 'membership')]));
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
});

describe('timeline picking', () => {
  const snaps: SnapshotSummary[] = [1, 2, 3].map((id) => ({ id, takenAt: id * 1000, source: 'pull', label: null, hash: String(id), factCount: 1, changeCount: 0 }));

  test('the first pick is A, the second B, and the older one always ends up as A', () => {
    let p = pickSnapshot({ from: null, to: null }, 3, snaps);
    expect(p).toEqual({ from: 3, to: null });
    p = pickSnapshot(p, 1, snaps);
    expect(p).toEqual({ from: 1, to: 3 });
  });

  test('picking a picked snapshot again unpicks it', () => {
    expect(pickSnapshot({ from: 1, to: 3 }, 3, snaps)).toEqual({ from: 1, to: null });
    expect(pickSnapshot({ from: 1, to: 3 }, 1, snaps)).toEqual({ from: 3, to: null });
    expect(pickSnapshot({ from: 1, to: 'now' }, 1, snaps)).toEqual({ from: null, to: 'now' });
  });

  test('axis positions run oldest left to newest right inside the margins', () => {
    const pos = axisPositions(snaps);
    expect(pos.get(1)).toBe(2);
    expect(pos.get(3)).toBe(98);
    expect(pos.get(2)).toBeCloseTo(50);
    expect(axisPositions([snaps[0] as SnapshotSummary]).get(1)).toBe(50);
  });
});

describe('edit log words', () => {
  test('changed fields list only what differs, with readable values', () => {
    expect(changedFields({ level: 'MEMBER', appAccess: true, projectAccess: 'VIEW' }, { level: 'MEMBER', appAccess: false, projectAccess: 'CONTRIBUTE' })).toEqual([
      { field: 'appAccess', before: 'yes', after: 'no' },
      { field: 'projectAccess', before: 'VIEW', after: 'CONTRIBUTE' },
    ]);
    expect(changedFields(null, { level: 'ADMIN' })).toEqual([{ field: 'level', before: '—', after: 'ADMIN' }]);
    expect(valueText({ a: 1 })).toBe('{"a":1}');
    // The ids of the edited thing are in the entry's target, not repeated as "changes".
    expect(changedFields({ level: 'MEMBER' }, { org: 'org-lab', user: 'user-c', revokeProjectPermissions: true })).toEqual([
      { field: 'level', before: 'MEMBER', after: '—' },
      { field: 'revokeProjectPermissions', before: '—', after: 'yes' },
    ]);
  });

  test('an import states its outcome counts; an edit its status', () => {
    const counts = { pending: 0, sent: 99_998, conflict: 2, failed: 0, resolved: 0, discarded: 0 };
    expect(statusLine({ kind: 'import', status: 'conflict', statusCounts: counts })).toBe(`${(99_998).toLocaleString()} sent · 2 conflict`);
    expect(statusLine({ kind: 'edit', status: 'sent', statusCounts: counts })).toBe('sent');
  });
});

describe('review decisions', () => {
  const row = (key: string, kind: 'project' | 'org', reduceTo: string[]): ReviewRow => ({
    key,
    kind,
    user: 'user-c',
    userName: 'Cy',
    project: kind === 'project' ? 'project-1' : null,
    projectName: kind === 'project' ? 'Raw' : null,
    org: kind === 'org' ? 'org-lab' : null,
    orgName: kind === 'org' ? 'Lab' : null,
    level: 'UPLOAD',
    routes: [],
    flags: null,
    how: 'direct',
    reduceTo: reduceTo as ReviewRow['reduceTo'],
    viaOrgNote: null,
  });
  const rows = [row('p1', 'project', ['VIEW']), row('o1', 'org', []), row('p2', 'project', ['UPLOAD', 'VIEW'])];

  test('only decided rows become decisions, with project or org and the reduce level', () => {
    const out = decisionsFor(rows, { p1: { decision: 'reduce', comment: 'too much' }, o1: { decision: 'revoke', comment: 'left the lab' } });
    expect(out).toEqual([
      { user: 'user-c', project: 'project-1', decision: 'reduce', level: 'VIEW', comment: 'too much' },
      { user: 'user-c', org: 'org-lab', decision: 'revoke', comment: 'left the lab' },
    ]);
    expect(decisionsFor(rows, { p2: { decision: 'reduce', level: 'VIEW', comment: '' } })[0]?.level).toBe('VIEW');
  });

  test('progress counts decisions by kind; reduce needs a lower level', () => {
    expect(reviewProgress(rows, { p1: { decision: 'keep', comment: '' }, o1: { decision: 'revoke', comment: '' } })).toEqual({ decided: 2, total: 3, keep: 1, reduce: 0, revoke: 1 });
    expect(canReduce(rows[1] as ReviewRow)).toBe(false);
    expect(canReduce(rows[0] as ReviewRow)).toBe(true);
  });
});
