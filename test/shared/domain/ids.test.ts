// IDs (platform-api.md §2): user-/org- handles, 24-char object IDs, PUBLIC, and the CLI's
// lenient user reference normalization.
import { describe, expect, it } from 'vitest';
import {
  AppIdSchema,
  OrgIdSchema,
  PLATFORM_ID_ALPHABET,
  PUBLIC,
  PrincipalIdSchema,
  ProjectIdSchema,
  UserIdSchema,
  isOrgId,
  isProjectId,
  isUserId,
  normalizeOrgRef,
  normalizeUserRef,
  principalKind,
  randomObjectSuffix,
} from '../../../shared/domain/index';

const valid24 = 'GX0gzy00j073fJ5Xkqky1zkX';

describe('user and org IDs', () => {
  it.each(['user-a', 'user-bob', 'user-jane.doe', 'user-x_1', 'user-9lives', 'user-a-b'])('accepts user ID %s', (id) => {
    expect(isUserId(id)).toBe(true);
    expect(UserIdSchema.safeParse(id).success).toBe(true);
  });
  it.each(['user-', 'bob', 'user-Bob', 'USER-bob', 'user-_x', 'user-a b', 'org-lab', 'PUBLIC', ''])('rejects user ID %j', (id) => {
    expect(isUserId(id)).toBe(false);
  });
  it.each(['org-lab', 'org-lab_new', 'org-acme2', 'org-a.b'])('accepts org ID %s', (id) => {
    expect(isOrgId(id)).toBe(true);
  });
  it.each(['org-', 'lab', 'org-Lab', 'org-lab new', 'user-lab'])('rejects org ID %j', (id) => {
    expect(isOrgId(id)).toBe(false);
  });
  it('explains what a user ID looks like when one is refused', () => {
    const r = UserIdSchema.safeParse('bob');
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.message).toMatch(/user-<handle>/);
    const o = OrgIdSchema.safeParse('lab');
    expect(o.success).toBe(false);
    if (!o.success) expect(o.error.issues[0]?.message).toMatch(/org-<handle>/);
  });
});

describe('object IDs', () => {
  it('accepts project- plus exactly 24 letters or digits, case-sensitive', () => {
    expect(isProjectId(`project-${valid24}`)).toBe(true);
    expect(isProjectId(`project-${'z'.repeat(24)}`)).toBe(true);
  });
  it.each([
    ['23 chars', `project-${valid24.slice(1)}`],
    ['25 chars', `project-${valid24}X`],
    ['punctuation', `project-${valid24.slice(1)}_`],
    ['wrong class', `file-${valid24}`],
    ['no prefix', valid24],
  ])('rejects a project ID with %s', (_why, id) => {
    expect(isProjectId(id)).toBe(false);
    expect(ProjectIdSchema.safeParse(id).success).toBe(false);
  });
  it('accepts app IDs and app names, not a bare prefix', () => {
    expect(AppIdSchema.safeParse(`app-${valid24}`).success).toBe(true);
    expect(AppIdSchema.safeParse('app-qc').success).toBe(true);
    expect(AppIdSchema.safeParse('app-').success).toBe(false);
    expect(AppIdSchema.safeParse('qc').success).toBe(false);
  });
  it('makes offline suffixes of 24 chars from the platform alphabet', () => {
    expect(PLATFORM_ID_ALPHABET).toBe('0123456789BFGJKPQVXYZbfgjkpqvxyz');
    let n = 0;
    const suffix = randomObjectSuffix(() => (n++ % 32) / 32);
    expect(suffix).toBe('0123456789BFGJKPQVXYZbfg');
    for (let i = 0; i < 20; i++) {
      const s = randomObjectSuffix();
      expect(s).toMatch(/^[0-9BFGJKPQVXYZbfgjkpqvxyz]{24}$/);
      expect(isProjectId(`project-${s}`)).toBe(true);
    }
  });
});

describe('principals', () => {
  it('a principal is a user, an org or PUBLIC', () => {
    expect(PUBLIC).toBe('PUBLIC');
    expect(PrincipalIdSchema.safeParse('user-a').success).toBe(true);
    expect(PrincipalIdSchema.safeParse('org-lab').success).toBe(true);
    expect(PrincipalIdSchema.safeParse('PUBLIC').success).toBe(true);
    expect(PrincipalIdSchema.safeParse('public').success).toBe(false);
    expect(PrincipalIdSchema.safeParse(`project-${valid24}`).success).toBe(false);
  });
  it('classifies principals', () => {
    expect(principalKind('PUBLIC')).toBe('public');
    expect(principalKind('org-lab')).toBe('org');
    expect(principalKind('user-a')).toBe('user');
  });
});

describe('normalizeUserRef (dxpy get_user_id: lowercase in all cases, add user-)', () => {
  it.each([
    ['bob', 'user-bob'],
    ['Bob', 'user-bob'],
    ['  alice ', 'user-alice'],
    ['user-carol', 'user-carol'],
    ['user-Carol', 'user-carol'],
    ['USER-dave', 'user-dave'],
    ['jane.doe', 'user-jane.doe'],
  ])('%j -> %s', (ref, id) => {
    expect(normalizeUserRef(ref)).toBe(id);
  });
  it('leaves an email address as typed (trimmed) for lookup by address', () => {
    expect(normalizeUserRef(' Ada@Lab.example ')).toBe('Ada@Lab.example');
  });
  it('normalizes org references the same way', () => {
    expect(normalizeOrgRef('lab')).toBe('org-lab');
    expect(normalizeOrgRef('Lab_New')).toBe('org-lab_new');
    expect(normalizeOrgRef('org-Lab')).toBe('org-lab');
    expect(normalizeOrgRef(' org-lab ')).toBe('org-lab');
  });
});
