// `orgdesk connect --platform URL`: checks $ORGDESK_TOKEN with /system/whoami and records the
// platform and the acting user in the workspace. The token itself is never stored or printed.
import { COMMON_OPTIONS, parseCommand, takePositionals } from '../args';
import { UsageError } from '../errors';
import type { Command } from './command';
import { handleCommon } from './common';
import { plural, verb } from '../../../shared/text/plural';

const HELP = `usage: orgdesk [--workspace FILE] connect --platform URL [--json]

Connects this workspace to the platform at URL with the API token in $ORGDESK_TOKEN and
records who you are there (/system/whoami) as the acting user. The token stays in your
environment: OrgDesk never writes it to the workspace or prints it.

  --platform URL   the API server, e.g. https://api.dnanexus.com or an \`orgdesk emulator\` URL
  --json           print the sync status as JSON

Refused when the workspace holds unsynced edits made as another user.
Example: ORGDESK_TOKEN=... orgdesk connect --platform http://127.0.0.1:8124
`;

export const connectCommand: Command = {
  name: 'connect',
  summary: 'connect the workspace to a platform (token from $ORGDESK_TOKEN)',
  help: HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({
      args,
      options: { ...COMMON_OPTIONS, platform: { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: true,
    });
    if (handleCommon(values, ctx, HELP)) return 0;
    takePositionals(positionals, []);
    if (values.platform === undefined || values.platform.trim() === '') throw new UsageError('missing --platform URL');
    const status = await ctx.call('sync.connect', { platformUrl: values.platform });
    if (values.json) {
      ctx.printJson(status);
      return 0;
    }
    const info = await ctx.call('workspace.info', {});
    const user = status.connectedUser ?? '?';
    const name = info.actingUserName && info.actingUserName !== user ? ` (${info.actingUserName})` : '';
    ctx.print(`Connected to ${status.platformUrl ?? values.platform} as ${user}${name}.`);
    ctx.print(
      status.pending > 0
        ? `${plural(status.pending, 'edit')} ${verb(status.pending, 'waits', 'wait')} in the outbox; run \`orgdesk sync\` to send them and pull the platform's state.`
        : 'Run `orgdesk sync` to pull the platform\'s orgs, members, projects and apps.',
    );
    return 0;
  },
};
