// `orgdesk demo` and `orgdesk whoami`: set up the scenarios.md demo state and show who acts in
// this workspace. Reads and writes only through router.dispatch.
import { COMMON_OPTIONS, parseCommand, takePositionals } from '../args';
import { CommandFailure } from '../errors';
import type { Command } from './command';
import { handleCommon } from './common';

const DEMO_HELP = `usage: orgdesk [--workspace FILE] demo [--json]

Fills an empty workspace with the demo orgs, members, projects and app of scenarios.md
(the state after Example 2), as the synced baseline, acting as user-d. A workspace that
already holds data is left untouched (exit 1).

  --json   print the workspace info as JSON
`;

export const demoCommand: Command = {
  name: 'demo',
  summary: 'fill the workspace with the scenarios.md demo (after Example 2), acting as user-d',
  help: DEMO_HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({
      args,
      options: { ...COMMON_OPTIONS, json: { type: 'boolean' } },
      allowPositionals: true,
    });
    if (handleCommon(values, ctx, DEMO_HELP)) return 0;
    takePositionals(positionals, []);
    const info = await ctx.call('workspace.openDemo', {});
    if (values.json) ctx.printJson(info);
    else ctx.print(`Demo workspace ready in ${info.path}, acting as ${info.actingUser ?? '?'}${info.actingUserName ? ` (${info.actingUserName})` : ''}.`);
    return 0;
  },
};

const WHOAMI_HELP = `usage: orgdesk [--workspace FILE] whoami [--json]

Prints the user this workspace acts as and, when connected, the platform URL.
Exits 1 when the workspace has no acting user yet (run \`orgdesk demo\` or \`orgdesk connect\`).

  --json   print the workspace info as JSON
`;

export const whoamiCommand: Command = {
  name: 'whoami',
  summary: 'the acting user and, when connected, the platform URL',
  help: WHOAMI_HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({
      args,
      options: { ...COMMON_OPTIONS, json: { type: 'boolean' } },
      allowPositionals: true,
    });
    if (handleCommon(values, ctx, WHOAMI_HELP)) return 0;
    takePositionals(positionals, []);
    const info = await ctx.call('workspace.info', {});
    if (info.actingUser === null) {
      throw new CommandFailure('this workspace has no acting user yet; run `orgdesk demo` or `orgdesk connect --platform URL`');
    }
    if (values.json) {
      ctx.printJson(info);
      return 0;
    }
    const name = info.actingUserName && info.actingUserName !== info.actingUser ? ` (${info.actingUserName})` : '';
    ctx.print(`${info.actingUser}${name}`);
    ctx.print(info.platformUrl ? `connected to ${info.platformUrl}` : 'not connected to a platform (offline workspace)');
    return 0;
  },
};
