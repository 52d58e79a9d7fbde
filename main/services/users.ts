// Users known to the workspace, searchable by ID, name or email. Read-only.
import type { MethodOutput, ParsedInput } from '../../shared/contract/index';
import type { ServiceContext } from './context';
import { userName } from './views';

export const DEFAULT_USER_LIMIT = 1000;

export function createUsersService(ctx: ServiceContext) {
  return {
    list(input: ParsedInput<'users.list'>): MethodOutput<'users.list'> {
      const { users, total } = ctx.repos.users.search(input.query ?? '', input.limit ?? DEFAULT_USER_LIMIT);
      return { users: users.map((u) => ({ ...u, name: userName(u, u.id) })), total };
    },
  };
}
export type UsersService = ReturnType<typeof createUsersService>;
