// Levels: the one total order NONE < VIEW < UPLOAD < CONTRIBUTE < ADMINISTER and its helpers.
import { describe, expect, it } from 'vitest';
import { GrantLevelSchema, LEVELS, LevelSchema, OrgLevelSchema, atLeast, compareLevels, levelRank, maxLevel, minLevel } from '../../../shared/domain/index';

describe('levels', () => {
  it('orders the five levels as the platform does', () => {
    expect([...LEVELS]).toEqual(['NONE', 'VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER']);
    expect(levelRank('NONE')).toBe(0);
    expect(levelRank('VIEW')).toBe(1);
    expect(levelRank('UPLOAD')).toBe(2);
    expect(levelRank('CONTRIBUTE')).toBe(3);
    expect(levelRank('ADMINISTER')).toBe(4);
  });

  it('compares by rank, not alphabetically', () => {
    expect(compareLevels('VIEW', 'UPLOAD')).toBeLessThan(0);
    expect(compareLevels('ADMINISTER', 'CONTRIBUTE')).toBeGreaterThan(0);
    expect(compareLevels('CONTRIBUTE', 'UPLOAD')).toBeGreaterThan(0);
    expect(compareLevels('UPLOAD', 'UPLOAD')).toBe(0);
  });

  it('min and max pick by rank', () => {
    expect(minLevel('UPLOAD', 'CONTRIBUTE')).toBe('UPLOAD');
    expect(minLevel('ADMINISTER', 'VIEW')).toBe('VIEW');
    expect(minLevel('VIEW', 'NONE')).toBe('NONE');
    expect(maxLevel('UPLOAD', 'CONTRIBUTE')).toBe('CONTRIBUTE');
    expect(maxLevel('ADMINISTER', 'VIEW')).toBe('ADMINISTER');
    expect(maxLevel('NONE', 'VIEW')).toBe('VIEW');
  });

  it('atLeast is inclusive', () => {
    expect(atLeast('VIEW', 'VIEW')).toBe(true);
    expect(atLeast('UPLOAD', 'VIEW')).toBe(true);
    expect(atLeast('VIEW', 'UPLOAD')).toBe(false);
    expect(atLeast('NONE', 'VIEW')).toBe(false);
    expect(atLeast('CONTRIBUTE', 'ADMINISTER')).toBe(false);
  });

  it('a grant can never be NONE; org levels are ADMIN and MEMBER only', () => {
    expect(GrantLevelSchema.safeParse('NONE').success).toBe(false);
    expect(GrantLevelSchema.safeParse('VIEW').success).toBe(true);
    expect(LevelSchema.safeParse('NONE').success).toBe(true);
    expect(LevelSchema.safeParse('view').success).toBe(false);
    expect(OrgLevelSchema.safeParse('ADMIN').success).toBe(true);
    expect(OrgLevelSchema.safeParse('MEMBER').success).toBe(true);
    expect(OrgLevelSchema.safeParse('OWNER').success).toBe(false);
  });
});
