// Bad usage exits 2 with a message naming what is wrong, before any workspace is opened;
// help exits 0.
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runIn, tempWorkspace } from './cliHarness';
import type { TempWorkspace } from './cliHarness';

let ws: TempWorkspace | undefined;
afterEach(() => ws?.remove());

describe('orgdesk usage', () => {
  it('prints help for the command and for each command', async () => {
    const top = await runIn(['--help']);
    expect(top.code).toBe(0);
    for (const name of ['demo', 'whoami', 'orgs', 'members', 'member', 'project', 'app', 'access', 'explain', 'outbox', 'serve', 'import', 'export']) {
      expect(top.stdout).toContain(name);
      const help = await runIn([name, '--help']);
      expect(help.code, name).toBe(0);
      expect(help.stdout, name).toContain(`usage: orgdesk [--workspace FILE] ${name}`);
    }
    for (const sub of [['member', 'add'], ['member', 'set'], ['member', 'remove'], ['project', 'share'], ['project', 'unshare'], ['project', 'set'], ['app', 'authorize'], ['app', 'deauthorize']]) {
      const help = await runIn([...sub, '-h']);
      expect(help.code, sub.join(' ')).toBe(0);
      expect(help.stdout).toContain(`orgdesk [--workspace FILE] ${sub.join(' ')}`);
    }
    expect((await runIn(['help', 'explain'])).stdout).toContain('explain USER PROJECT');
    expect((await runIn(['--help', 'members'])).stdout).toContain('--csv');
  });

  it.each([
    [[], 'missing COMMAND'],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['--verbose', 'orgs'], "unknown option '--verbose'"],
    [['orgs', '--bogus'], "unknown option '--bogus'"],
    [['orgs', 'extra'], "unexpected argument 'extra'"],
    [['explain', 'user-b'], 'missing argument PROJECT'],
    [['member'], '`member` needs a subcommand: add, set or remove'],
    [['member', 'kick', 'org-lab', 'user-b'], 'unknown subcommand `member kick`'],
    [['member', 'set', 'org-lab', 'user-b', '--level', 'BOSS'], "invalid value 'BOSS' for --level: use ADMIN or MEMBER"],
    [['member', 'set', 'org-lab', 'user-b', '--billable', 'maybe'], "invalid value 'maybe' for --billable: use true, false, yes, no, 1 or 0"],
    [['member', 'set', 'org-lab', 'user-b', '--project-access', 'ALL'], 'for --project-access: use NONE, VIEW, UPLOAD, CONTRIBUTE or ADMINISTER'],
    [['member', 'set', 'org-lab', 'user-b'], 'needs at least one of --level'],
    [['member', 'add', 'org-lab', 'user-b', '--level'], "option '--level <value>' argument missing"],
    [['project', 'share', 'Raw Data', 'user-e'], 'missing --level: use VIEW, UPLOAD, CONTRIBUTE or ADMINISTER'],
    [['project', 'share', 'Raw Data', 'user-e', '--level', 'NONE'], "invalid value 'NONE' for --level"],
    [['project', 'set', 'Raw Data'], 'needs at least one of --copy-access'],
    [['project', 'set', 'Raw Data', '--copy-access', 'some'], "invalid value 'some' for --copy-access: use all or none"],
    [['project', 'set', 'Raw Data', '--delete-access', 'all'], 'for --delete-access: use contributors or admins'],
    [['access'], 'exactly one of --user USER or --project PROJECT'],
    [['access', '--user', 'user-b', '--project', 'Resources'], 'exactly one of --user USER or --project PROJECT'],
    [['members', '--json', '--csv'], '--json and --csv cannot be combined'],
    [['serve', '--port', 'http'], "invalid value 'http' for --port"],
  ])('orgdesk %j exits 2 and creates no workspace', async (argv, message) => {
    ws = tempWorkspace();
    const r = await ws.run(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith('orgdesk: ')).toBe(true);
    expect(r.stderr).toContain(message);
    expect(existsSync(ws.file)).toBe(false);
  });
});
