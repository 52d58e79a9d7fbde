// `orgdesk orgs`: the orgs of the workspace with member and project counts. Read-only.
import { formatTable } from '../table';
import type { Command } from './command';
import { parseJsonOnly } from './common';
import { PENDING_NOTE } from './format';

const HELP = `usage: orgdesk [--workspace FILE] orgs [--json]

Lists the orgs in the workspace with their member, admin, project and app counts and
your level in each. Projects counts the projects shared with the org.

  --json   print {"orgs": [...]} as JSON
`;

export const orgsCommand: Command = {
  name: 'orgs',
  summary: 'orgs with member and project counts',
  help: HELP,
  async run(args, ctx) {
    const values = parseJsonOnly(args, ctx, HELP);
    if (values === null) return 0;
    const { orgs } = await ctx.call('orgs.list', {});
    if (values.json) {
      ctx.printJson({ orgs });
      return 0;
    }
    if (orgs.length === 0) {
      ctx.print('No orgs in this workspace. Run `orgdesk demo` to load the demo.');
      return 0;
    }
    const rows = orgs.map((o) => [
      o.pending ? `${o.id} *` : o.id,
      o.name,
      String(o.memberCount),
      String(o.adminCount),
      String(o.projectCount),
      String(o.appCount),
      o.myLevel ?? '-',
    ]);
    ctx.print(formatTable(['ORG', 'NAME', 'MEMBERS', 'ADMINS', 'PROJECTS', 'APPS', 'YOU'], rows));
    if (orgs.some((o) => o.pending)) ctx.print(PENDING_NOTE);
    return 0;
  },
};
