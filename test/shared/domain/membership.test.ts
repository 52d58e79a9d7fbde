// Org membership (scenarios.md "Org membership"; platform-api.md §3.3): fixed ADMIN flags,
// MEMBER defaults, refusal of contradicting ADMIN flags, and demotion stating all three flags.
import { describe, expect, it } from 'vitest';
import { ADMIN_FLAGS, FLAG_NAMES, MEMBER_DEFAULT_FLAGS, flagChanges, resolveChange, resolveInvite } from '../../../shared/domain/index';
import type { MemberFlags } from '../../../shared/domain/index';

const ADMIN: MemberFlags = { allowBillableActivities: true, appAccess: true, projectAccess: 'ADMINISTER' };
const DEFAULTS: MemberFlags = { allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE' };

describe('fixed flags and defaults', () => {
  it('ADMIN flags are billable, appAccess, ADMINISTER', () => {
    expect(ADMIN_FLAGS).toEqual(ADMIN);
    expect(Object.isFrozen(ADMIN_FLAGS)).toBe(true);
  });
  it('a new MEMBER is not billable, has appAccess and CONTRIBUTE', () => {
    expect(MEMBER_DEFAULT_FLAGS).toEqual(DEFAULTS);
    expect(Object.isFrozen(MEMBER_DEFAULT_FLAGS)).toBe(true);
  });
  it('there are exactly three editable flags', () => {
    expect([...FLAG_NAMES].sort()).toEqual(['allowBillableActivities', 'appAccess', 'projectAccess']);
  });
});

describe('resolveInvite', () => {
  it('gives a MEMBER the defaults when nothing is chosen', () => {
    expect(resolveInvite('MEMBER', {})).toEqual({ ok: true, level: 'MEMBER', flags: DEFAULTS });
  });
  it('keeps what is chosen for a MEMBER and defaults the rest', () => {
    expect(resolveInvite('MEMBER', { allowBillableActivities: true })).toEqual({
      ok: true,
      level: 'MEMBER',
      flags: { allowBillableActivities: true, appAccess: true, projectAccess: 'CONTRIBUTE' },
    });
    expect(resolveInvite('MEMBER', { appAccess: false, projectAccess: 'NONE' })).toEqual({
      ok: true,
      level: 'MEMBER',
      flags: { allowBillableActivities: false, appAccess: false, projectAccess: 'NONE' },
    });
  });
  it('ignores explicit undefined for a MEMBER (no flag is wiped)', () => {
    expect(resolveInvite('MEMBER', { appAccess: undefined, projectAccess: 'VIEW' })).toEqual({
      ok: true,
      level: 'MEMBER',
      flags: { allowBillableActivities: false, appAccess: true, projectAccess: 'VIEW' },
    });
  });
  it('gives an ADMIN the fixed flags, and accepts flags that agree with them', () => {
    expect(resolveInvite('ADMIN', {})).toEqual({ ok: true, level: 'ADMIN', flags: ADMIN });
    expect(resolveInvite('ADMIN', { allowBillableActivities: true, projectAccess: 'ADMINISTER' })).toEqual({
      ok: true,
      level: 'ADMIN',
      flags: ADMIN,
    });
  });
  it.each([
    ['allowBillableActivities', { allowBillableActivities: false }],
    ['appAccess', { appAccess: false }],
    ['projectAccess', { projectAccess: 'VIEW' as const }],
  ] as const)('refuses an ADMIN invite with contradicting %s, naming the flag', (flag, requested) => {
    const out = resolveInvite('ADMIN', requested);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.field).toBe(flag);
    expect(out.message).toContain(flag);
    expect(out.message).toContain('ADMIN');
  });
  it('the returned flags are a copy, never the frozen constant', () => {
    const out = resolveInvite('ADMIN', {});
    expect(out.ok && Object.isFrozen(out.flags)).toBe(false);
  });
});

describe('resolveChange', () => {
  const admin = { level: 'ADMIN' as const, flags: { ...ADMIN } };
  const custom = { level: 'MEMBER' as const, flags: { allowBillableActivities: true, appAccess: false, projectAccess: 'VIEW' as const } };

  it('demoting ADMIN -> MEMBER states all three flags, with MEMBER defaults when none are chosen', () => {
    const out = resolveChange(admin, { level: 'MEMBER' });
    expect(out).toEqual({ ok: true, level: 'MEMBER', flags: DEFAULTS });
    if (out.ok) expect(Object.keys(out.flags).sort()).toEqual(['allowBillableActivities', 'appAccess', 'projectAccess']);
  });
  it('demotion keeps the flags the user picks and defaults the others', () => {
    expect(resolveChange(admin, { level: 'MEMBER', projectAccess: 'UPLOAD' })).toEqual({
      ok: true,
      level: 'MEMBER',
      flags: { allowBillableActivities: false, appAccess: true, projectAccess: 'UPLOAD' },
    });
    expect(resolveChange(admin, { level: 'MEMBER', allowBillableActivities: true, appAccess: false })).toEqual({
      ok: true,
      level: 'MEMBER',
      flags: { allowBillableActivities: true, appAccess: false, projectAccess: 'CONTRIBUTE' },
    });
  });
  it('a MEMBER change keeps the flags not mentioned', () => {
    expect(resolveChange(custom, { projectAccess: 'CONTRIBUTE' })).toEqual({
      ok: true,
      level: 'MEMBER',
      flags: { allowBillableActivities: true, appAccess: false, projectAccess: 'CONTRIBUTE' },
    });
    expect(resolveChange(custom, { level: 'MEMBER', appAccess: undefined })).toEqual({ ok: true, ...custom });
  });
  it('promotion to ADMIN fixes the flags', () => {
    expect(resolveChange(custom, { level: 'ADMIN' })).toEqual({ ok: true, level: 'ADMIN', flags: ADMIN });
  });
  it('refuses flags contradicting ADMIN on promotion, and on an ADMIN that stays ADMIN', () => {
    const promote = resolveChange(custom, { level: 'ADMIN', appAccess: false });
    expect(promote).toMatchObject({ ok: false, field: 'appAccess' });
    const stay = resolveChange(admin, { projectAccess: 'CONTRIBUTE' });
    expect(stay).toMatchObject({ ok: false, field: 'projectAccess' });
    if (!stay.ok) expect(stay.message).toContain('projectAccess');
    const billing = resolveChange(admin, { allowBillableActivities: false });
    expect(billing).toMatchObject({ ok: false, field: 'allowBillableActivities' });
  });
});

describe('flagChanges', () => {
  it('lists what a demotion with defaults resets, in flag order', () => {
    expect(flagChanges(ADMIN, DEFAULTS)).toEqual([
      { flag: 'allowBillableActivities', from: true, to: false },
      { flag: 'projectAccess', from: 'ADMINISTER', to: 'CONTRIBUTE' },
    ]);
  });
  it('lists every flag that differs and nothing else', () => {
    expect(flagChanges(DEFAULTS, DEFAULTS)).toEqual([]);
    expect(flagChanges(DEFAULTS, { allowBillableActivities: true, appAccess: false, projectAccess: 'NONE' })).toEqual([
      { flag: 'allowBillableActivities', from: false, to: true },
      { flag: 'appAccess', from: true, to: false },
      { flag: 'projectAccess', from: 'CONTRIBUTE', to: 'NONE' },
    ]);
  });
});
