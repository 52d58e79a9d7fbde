// The membership matrix for the Matrix view: every membership in the compact columnar shape
// (matrix.load) and the CSV of exactly what the view shows (exports.matrix: same query, same
// pure filter as the renderer). Read-only; cells are encoded by csvWriter.
import type { CompactMatrix, MethodOutput, ParsedInput } from '../../shared/contract/index';
import { cellAt, cellText, decodeCell, encodeCell, indexMatrix, queryMatrix } from '../../shared/contract/index';
import { AppError } from '../../shared/rpc/index';
import { toCsv } from '../csv/csvWriter';
import type { CsvCell } from '../csv/csvWriter';
import type { ServiceContext } from './context';
import { loadPending, memberTarget } from './targets';
import { userName } from './views';

export function createMatrixService(ctx: ServiceContext) {
  const { repos } = ctx;

  const load = (): CompactMatrix => {
    const orgs = repos.orgs.all().sort((a, b) => a.id.localeCompare(b.id));
    const orgIndex = new Map(orgs.map((o, i) => [o.id, i]));
    const memberships = repos.memberships.all();
    const pending = loadPending(repos);
    const userIds = [...new Set(memberships.map((m) => m.user))].sort();
    const userIndex = new Map(userIds.map((u, i) => [u, i]));
    const users = new Map(repos.users.getMany(userIds).map((u) => [u.id, u]));
    const order = memberships
      .map((m) => ({ m, u: userIndex.get(m.user) ?? 0, o: orgIndex.get(m.org) ?? 0 }))
      .sort((a, b) => a.u - b.u || a.o - b.o);
    return {
      orgs: { ids: orgs.map((o) => o.id), names: orgs.map((o) => o.name) },
      users: { ids: userIds, names: userIds.map((id) => userName(users.get(id), id)), emails: userIds.map((id) => users.get(id)?.email ?? '') },
      cells: {
        user: order.map((x) => x.u),
        org: order.map((x) => x.o),
        code: order.map(({ m }) => encodeCell({ ...m, pending: pending.has(memberTarget(m.org, m.user)) })),
      },
    };
  };

  return {
    load(): MethodOutput<'matrix.load'> {
      return load();
    },

    export(input: ParsedInput<'exports.matrix'>): MethodOutput<'exports.matrix'> {
      const ix = indexMatrix(load());
      const shown = queryMatrix(ix, input);
      if (shown.unknownOrgs.length > 0) {
        throw new AppError('NotFound', `orgs: no such org in this workspace: ${shown.unknownOrgs.join(', ')}`, { field: 'orgs' });
      }
      const { users, orgs } = ix.data;
      const header = ['user', 'name', 'email', ...shown.orgs.map((o) => orgs.ids[o] ?? '')];
      const rows: CsvCell[][] = [];
      for (const u of shown.rows) {
        rows.push([
          users.ids[u],
          users.names[u],
          users.emails[u],
          ...shown.orgs.map((o) => {
            const code = cellAt(ix, u, o);
            return code < 0 ? '' : cellText(decodeCell(code));
          }),
        ]);
      }
      return { name: 'membership-matrix.csv', content: toCsv(header, rows) };
    },
  };
}
export type MatrixService = ReturnType<typeof createMatrixService>;
