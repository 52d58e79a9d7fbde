import { describe, expect, it } from 'vitest';
import { conflictFields, conflictLine, keepMineLabel, takeTheirsLabel, valueText } from '../../../../renderer/features/changes/conflictFields';

// scenarios.md "Offline and sync": user-b set to UPLOAD offline while someone set VIEW remotely.
const flags = { level: 'MEMBER', allowBillableActivities: false, appAccess: true };
const memberConflict = {
  op: 'member.update' as const,
  payload: { org: 'org-lab', user: 'user-b', ...flags, projectAccess: 'UPLOAD' },
  base: { ...flags, projectAccess: 'CONTRIBUTE' },
  theirs: { ...flags, projectAccess: 'VIEW' },
};

describe('conflictFields', () => {
  it('lines up yours, platform now and based on, field by field, without the identity keys', () => {
    const rows = conflictFields(memberConflict);
    expect(rows.map((r) => r.field)).toEqual(['level', 'allowBillableActivities', 'appAccess', 'projectAccess']);
    expect(rows.find((r) => r.field === 'projectAccess')).toEqual({
      field: 'projectAccess',
      mine: 'UPLOAD',
      theirs: 'VIEW',
      base: 'CONTRIBUTE',
      mineChanged: true,
      theirsChanged: true,
      differs: true,
    });
    expect(rows.filter((r) => r.differs).map((r) => r.field)).toEqual(['projectAccess']);
  });

  it('words both choices from the differing fields', () => {
    expect(keepMineLabel(memberConflict)).toBe('Keep mine: set projectAccess to UPLOAD on the platform at next sync');
    expect(takeTheirsLabel(memberConflict)).toBe('Take theirs: keep projectAccess VIEW from the platform and drop this edit');
    expect(conflictLine(memberConflict)).toBe('projectAccess: yours UPLOAD · platform VIEW');
  });

  it('flattens nested settings and ignores the version lock', () => {
    const rows = conflictFields({
      op: 'project.update',
      payload: { project: 'project-x', settings: { downloadRestricted: true } },
      base: { version: 3, settings: { downloadRestricted: false } },
      theirs: { version: 4, settings: { downloadRestricted: false, protected: true } },
    });
    // Settings the edit never touched (protected) stay out of the comparison.
    expect(rows.map((r) => [r.field, r.mine, r.theirs, r.base, r.differs])).toEqual([['settings.downloadRestricted', true, false, false, true]]);
  });

  it('reads removals from their op', () => {
    const removal = { op: 'project.unshare' as const, payload: { project: 'project-x', principal: 'org-lab' }, base: { level: 'VIEW' }, theirs: { level: 'CONTRIBUTE' } };
    expect(conflictFields(removal)[0]).toMatchObject({ field: 'level', mine: 'NONE', theirs: 'CONTRIBUTE', differs: true });
    expect(keepMineLabel(removal)).toBe('Keep mine: revoke org-lab on the platform at next sync');
    // The engine records "no longer on the platform" as {}.
    const gone = { ...memberConflict, theirs: {} };
    expect(takeTheirsLabel(gone)).toBe("Take theirs: keep the platform's state and drop this edit");
    expect(conflictLine(gone)).toBe('No longer on the platform');
    const remove = { op: 'member.remove' as const, payload: { org: 'org-lab', user: 'user-c', revokeProjectPermissions: true, revokeAppPermissions: true }, base: memberConflict.base, theirs: memberConflict.theirs };
    expect(conflictFields(remove).map((r) => [r.field, r.mine])).toEqual([
      ['level', undefined],
      ['allowBillableActivities', undefined],
      ['appAccess', undefined],
      ['projectAccess', undefined],
    ]);
    expect(keepMineLabel(remove)).toBe('Keep mine: remove user-c from org-lab on the platform at next sync');
  });

  it('writes values plainly', () => {
    expect([valueText(undefined), valueText(null), valueText(true), valueText('VIEW'), valueText(['a'])]).toEqual(['—', 'none', 'true', 'VIEW', '["a"]']);
  });
});
