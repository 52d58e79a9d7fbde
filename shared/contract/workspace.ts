// Contract: the workspace itself (which file, who is acting, demo set-up) and users.
import { z } from 'zod';
import { Empty } from './common';

export const WorkspaceInfoSchema = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  actingUser: z.string().nullable(),
  actingUserName: z.string().nullable(),
  platformUrl: z.string().nullable(),
  isEmpty: z.boolean(),
  pendingEdits: z.number().int(),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfoSchema>;

export const UserViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  first: z.string(),
  last: z.string(),
  /** "Ada Adams", or the ID when the platform gave no name. */
  name: z.string(),
});
export type UserView = z.infer<typeof UserViewSchema>;

export const workspaceMethods = {
  'workspace.info': { input: Empty, output: WorkspaceInfoSchema },
  'workspace.openDemo': { input: Empty, output: WorkspaceInfoSchema },
  'users.list': {
    input: z.strictObject({
      query: z.string().optional(),
      limit: z.number().int().min(1).max(50_000).optional(),
    }),
    output: z.object({ users: z.array(UserViewSchema), total: z.number().int() }),
  },
} as const;
