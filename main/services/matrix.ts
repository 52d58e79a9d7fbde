// The membership matrix for the Matrix view: every membership in the compact columnar shape
// (matrix.load) and the CSV of exactly what the view shows (exports.matrix: same query, same
// pure filter as the renderer). Read-only; cells are encoded by csvWriter.
import type { CompactMatrix, MethodOutput, ParsedInput } from '../../shared/contract/index';
import { cellAt, cellText, decodeMatrixCell, encodeMatrixCell, indexMatrix, queryMatrix } from '../../shared/contract/index';
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
    const pending = loadPending(repos);
    const users: CompactMatrix['users'] = { ids: [], names: [], emails: [] };
    const cells: CompactMatrix['cells'] = { user: [], org: [], code: [] };
    // Rows come in name order, so each user's memberships are contiguous (queryMatrix relies on
    // it) and users are already in the order the matrix shows by default.
    for (const r of ctx.repos.matrix.memberships()) {
      const o = orgIndex.get(r.org_id);
      if (o === undefined) continue;
      if (users.ids[users.ids.length - 1] !== r.user_id) {
        users.ids.push(r.user_id);
        users.names.push(userName({ id: r.user_id, first: r.first, last: r.last }, r.user_id));
        users.emails.push(r.email);
      }
      cells.user.push(users.ids.length - 1);
      cells.org.push(o);
      cells.code.push(
        encodeMatrixCell({
          level: r.level,
          allowBillableActivities: r.allow_billable_activities === 1,
          appAccess: r.app_access === 1,
          projectAccess: r.project_access,
          pending: pending.has(memberTarget(r.org_id, r.user_id)),
        }),
      );
    }
    return { orgs: { ids: orgs.map((o) => o.id), names: orgs.map((o) => o.name) }, users, cells };
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
            return code < 0 ? '' : cellText(decodeMatrixCell(code));
          }),
        ]);
      }
      return { name: 'membership-matrix.csv', content: toCsv(header, rows) };
    },
  };
}
export type MatrixService = ReturnType<typeof createMatrixService>;
