// /user-x/describe: a user's public identity (id, names, email). Any authenticated caller may
// read it, as OrgDesk needs names for the members it lists. Reads only.
import type { CallContext } from '../context';
import { describeUser } from '../describe';
import { notFound } from '../errors';
import type { UserDescribe } from '../replies';

export function userDescribe(ctx: CallContext, id: string): UserDescribe {
  const user = ctx.store.users.get(id);
  if (!user) throw notFound(`${id} does not exist`);
  return describeUser(user);
}
