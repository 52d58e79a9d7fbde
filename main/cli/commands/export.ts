// `orgdesk export members|access [--out FILE]`: the CSV exports (UTF-8 BOM, CRLF, formula
// prefix) to a file or stdout. Goes through router.dispatch like every other command.
import fs from 'node:fs';
import { COMMON_OPTIONS, parseCommand, takePositionals } from '../args';
import { CommandFailure, UsageError } from '../errors';
import type { Command } from './command';
import { handleCommon } from './common';

const HELP = `usage: orgdesk [--workspace FILE] export members|access [--out FILE] [--org ORG] [--user USER] [--project PROJECT]

members   one row per membership: org, user, name, email, level, allowBillableActivities,
          appAccess, projectAccess (imports back as-is); --org limits it to one org
access    effective access: user, user name, project, project name, level, how
          (direct, via ORG (cap LEVEL), public); --user or --project limits it

  --out FILE   write the CSV to FILE instead of stdout
`;

export const exportCommand: Command = {
  name: 'export',
  summary: 'CSV export of members or access',
  help: HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({
      args,
      options: { ...COMMON_OPTIONS, out: { type: 'string' }, org: { type: 'string' }, user: { type: 'string' }, project: { type: 'string' } },
      allowPositionals: true,
    });
    if (handleCommon(values, ctx, HELP)) return 0;
    const [what = ''] = takePositionals(positionals, ['members|access']);
    if (what !== 'members' && what !== 'access') throw new UsageError(`unknown export '${what}': use members or access`);
    if (what === 'members' && (values.user !== undefined || values.project !== undefined)) throw new UsageError('export members takes --org only');
    if (what === 'access' && values.org !== undefined) throw new UsageError('export access takes --user or --project, not --org');
    const doc =
      what === 'members'
        ? await ctx.call('exports.members', values.org === undefined ? {} : { org: values.org })
        : await ctx.call('exports.access', { ...(values.user === undefined ? {} : { user: values.user }), ...(values.project === undefined ? {} : { project: values.project }) });
    if (values.out === undefined) {
      ctx.io.stdout.write(doc.content);
      return 0;
    }
    try {
      fs.writeFileSync(values.out, doc.content, 'utf8');
    } catch (err) {
      throw new CommandFailure(`cannot write ${values.out}: ${err instanceof Error ? err.message : String(err)}`);
    }
    ctx.io.stderr.write(`Wrote ${doc.name.replace(/\.csv$/, '')} export to ${values.out}\n`);
    return 0;
  },
};
