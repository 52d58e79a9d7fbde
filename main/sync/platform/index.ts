// Public surface of the platform API client (design-sync.md): the sync engine, the CLI and
// tests import from here only. Re-exports; no behaviour of its own.
export { createPlatformClient, DEFAULT_TIMEOUT_MS } from './client';
export type { PlatformClient, PlatformClientOptions } from './client';
export type { CallOptions } from './core';
export type { RetryEvent } from './caller';
export {
  PlatformError,
  isPlatformError,
  isKnownErrorType,
  isTransient,
  KNOWN_ERROR_TYPES,
  CLIENT_ERROR_TYPES,
} from './errors';
export type { KnownErrorType, PlatformErrorInit } from './errors';
export { isSafeRoute, parseRoute } from './routes';
export {
  decideRetry,
  backoffDelayMs,
  retryAfterDelayMs,
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_RETRY_AFTER_RETRIES,
} from './retryPolicy';
export type { RetryConfig, RetryDecision, RetryState } from './retryPolicy';
export { FIRST_PAGE_LIMIT, MAX_PAGE_LIMIT } from './pagination';
export * from './schemas';
export type {
  FindOrgsInput,
  FindMembersInput,
  MemberAccess,
  OrgInviteInput,
  RemoveMemberInput,
  OrgPoliciesInput,
  UpdateOrgInput,
  NewOrgInput,
  FindOrgProjectsInput,
  FindOrgAppsInput,
} from './orgApi';
export type {
  ProjectSettingsInput,
  FindProjectsInput,
  NewProjectInput,
  ProjectInviteInput,
  UpdateProjectInput,
} from './projectApi';
