// `orgdesk app authorize|deauthorize`: queued changes to an app's authorizedUsers. Only the
// app's developers may make them; the services check that, this module only parses.
import type { AppSummary } from '../../../shared/contract/index';
import { COMMON_OPTIONS, parseCommand, takePositionals } from '../args';
import type { CliContext } from '../context';
import type { Subcommand } from './command';
import { handleCommon } from './common';
import { groupCommand } from './group';

function printApp(ctx: CliContext, what: string, app: AppSummary, json: boolean | undefined): void {
  if (json) {
    ctx.printJson(app);
    return;
  }
  ctx.print(`Queued: ${what} on app ${app.name} (${app.id}). Authorized: ${app.authorizedUsers.join(', ') || 'nobody'}.`);
  ctx.print('The edit is pending until `orgdesk sync` sends it to the platform.');
}

function appChange(name: 'authorize' | 'deauthorize'): Subcommand {
  const help = `usage: orgdesk [--workspace FILE] app ${name} APP PRINCIPAL [--json]

Queues ${name === 'authorize' ? 'adding PRINCIPAL to' : 'removing PRINCIPAL from'} APP's authorizedUsers. APP is app-… or its
name; PRINCIPAL is user-…, org-… or PUBLIC. Only the app's developers may do this.

  --json   print the app as JSON
`;
  return {
    name,
    help,
    async run(args, ctx) {
      const { values, positionals } = parseCommand({
        args,
        options: { ...COMMON_OPTIONS, json: { type: 'boolean' } },
        allowPositionals: true,
      });
      if (handleCommon(values, ctx, help)) return 0;
      const [app = '', principal = ''] = takePositionals(positionals, ['APP', 'PRINCIPAL']);
      const summary = await ctx.call(name === 'authorize' ? 'apps.authorize' : 'apps.deauthorize', { app, principal });
      printApp(ctx, `${name} ${principal}`, summary, values.json);
      return 0;
    },
  };
}

export const appCommand = groupCommand('app', "queue a change to an app's authorized users", [appChange('authorize'), appChange('deauthorize')]);
