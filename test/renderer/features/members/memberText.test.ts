// Membership wording: matrix cells show the level plus only the flags that differ from its defaults.
import { describe, expect, it } from 'vitest';
import { flagValueText, membershipCellText } from '../../../../renderer/features/members/memberText';

describe('membership matrix cell text', () => {
  it('shows ADMIN alone (its flags are fixed)', () => {
    expect(membershipCellText({ level: 'ADMIN', allowBillableActivities: true, appAccess: true, projectAccess: 'ADMINISTER' })).toBe('ADMIN');
  });

  it('shows MEMBER with only the flags that differ from the defaults', () => {
    expect(membershipCellText({ level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE' })).toBe('MEMBER');
    expect(membershipCellText({ level: 'MEMBER', allowBillableActivities: true, appAccess: true, projectAccess: 'CONTRIBUTE' })).toBe('MEMBER · billable');
    expect(membershipCellText({ level: 'MEMBER', allowBillableActivities: false, appAccess: false, projectAccess: 'NONE' })).toBe('MEMBER · no apps · projects ≤ NONE');
  });

  it('words flag values', () => {
    expect(flagValueText(true)).toBe('on');
    expect(flagValueText('VIEW')).toBe('VIEW');
  });
});
