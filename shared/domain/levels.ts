// Project permission levels and their total order. Owns the ordering only; every comparison
// of levels anywhere in OrgDesk goes through these helpers so the order is defined once.
import { z } from 'zod';

export const LEVELS = ['NONE', 'VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'] as const;
export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;

/** A level that can actually be granted on a project (NONE is the absence of a grant). */
export const GrantLevelSchema = z.enum(['VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER']);
export type GrantLevel = z.infer<typeof GrantLevelSchema>;

export const OrgLevelSchema = z.enum(['ADMIN', 'MEMBER']);
export type OrgLevel = z.infer<typeof OrgLevelSchema>;

const RANKS: Readonly<Record<Level, number>> = { NONE: 0, VIEW: 1, UPLOAD: 2, CONTRIBUTE: 3, ADMINISTER: 4 };

export function levelRank(level: Level): number {
  return RANKS[level];
}

export function compareLevels(a: Level, b: Level): number {
  return levelRank(a) - levelRank(b);
}

export function minLevel(a: Level, b: Level): Level {
  return compareLevels(a, b) <= 0 ? a : b;
}

export function maxLevel(a: Level, b: Level): Level {
  return compareLevels(a, b) >= 0 ? a : b;
}

export function atLeast(level: Level, required: Level): boolean {
  return compareLevels(level, required) >= 0;
}
