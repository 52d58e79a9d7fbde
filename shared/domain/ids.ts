// Platform ID formats (platform-api.md §2). Owns parsing and classification of IDs; it never
// guesses: a string that is not a valid ID of the expected class is rejected with a reason.
import { z } from 'zod';

/** Handles: lowercase letters, digits, '_', '-' and '.'; IDs are `class-handle`. */
const HANDLE = /^[a-z0-9][a-z0-9_.-]*$/;
/** 24 case-sensitive chars; the platform's own alphabet is narrower, dxpy accepts [0-9A-Za-z]. */
const OBJECT_SUFFIX = /^[0-9A-Za-z]{24}$/;
export const PLATFORM_ID_ALPHABET = '0123456789BFGJKPQVXYZbfgjkpqvxyz';

export const UserIdSchema = z
  .string()
  .refine((s) => s.startsWith('user-') && HANDLE.test(s.slice(5)), {
    message: 'a user ID looks like user-<handle> (lowercase letters, digits, _ . -)',
  });
export const OrgIdSchema = z
  .string()
  .refine((s) => s.startsWith('org-') && HANDLE.test(s.slice(4)), {
    message: 'an org ID looks like org-<handle> (lowercase letters, digits, _ . -)',
  });
export const ProjectIdSchema = z
  .string()
  .refine((s) => s.startsWith('project-') && OBJECT_SUFFIX.test(s.slice(8)), {
    message: 'a project ID looks like project-<24 letters or digits>',
  });
export const AppIdSchema = z
  .string()
  .refine((s) => s.startsWith('app-') && s.length > 4 && /^[0-9A-Za-z_.-]+$/.test(s.slice(4)), {
    message: 'an app ID looks like app-<id or name>',
  });
export const PUBLIC = 'PUBLIC' as const;

/** Who a project or app can be shared with: a user, an org, or PUBLIC. */
export const PrincipalIdSchema = z.string().refine((s) => s === PUBLIC || isUserId(s) || isOrgId(s), {
  message: 'a principal is a user ID (user-…), an org ID (org-…) or PUBLIC',
});

export type UserId = string;
export type OrgId = string;
export type ProjectId = string;
export type AppId = string;
export type PrincipalId = string;

export function isUserId(s: string): boolean {
  return UserIdSchema.safeParse(s).success;
}
export function isOrgId(s: string): boolean {
  return OrgIdSchema.safeParse(s).success;
}
export function isProjectId(s: string): boolean {
  return ProjectIdSchema.safeParse(s).success;
}
export function principalKind(id: PrincipalId): 'user' | 'org' | 'public' {
  if (id === PUBLIC) return 'public';
  return id.startsWith('org-') ? 'org' : 'user';
}

/**
 * The CLI convention (platform-api.md §2; dxpy's get_user_id): the whole reference is
 * lowercased, then `user-` is added when missing, so "Bob", "user-Bob" and "USER-bob" all name
 * user-bob. An email stays as typed: it is resolved against stored addresses, not an ID.
 */
export function normalizeUserRef(ref: string): string {
  const trimmed = ref.trim();
  if (trimmed.includes('@')) return trimmed;
  const lower = trimmed.toLowerCase();
  return lower.startsWith('user-') ? lower : `user-${lower}`;
}
/** Org IDs are `org-` + the lowercased handle and unique regardless of case (§2). */
export function normalizeOrgRef(ref: string): string {
  const lower = ref.trim().toLowerCase();
  return lower.startsWith('org-') ? lower : `org-${lower}`;
}

/** Object IDs (projects) made offline use the platform's own alphabet, so they look native. */
export function randomObjectSuffix(random: () => number = Math.random): string {
  let out = '';
  for (let i = 0; i < 24; i++) out += PLATFORM_ID_ALPHABET[Math.floor(random() * PLATFORM_ID_ALPHABET.length)];
  return out;
}
