// `orgdesk import` and `orgdesk export` end to end on a demo workspace: human and --json output
// (the interfaces.md shape), dry run, exit 1 on blocking errors, --partial, the undo file, and
// exports to stdout and --out in the spreadsheet encoding (BOM, CRLF, formula prefix).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../../main/app';
import { tempWorkspace } from './cliHarness';
import type { TempWorkspace } from './cliHarness';

let ws: TempWorkspace;
afterEach(() => ws.remove());

async function demo(): Promise<TempWorkspace> {
  ws = tempWorkspace();
  expect((await ws.run('demo')).code).toBe(0);
  return ws;
}

function write(name: string, text: string): string {
  const file = path.join(ws.dir, name);
  fs.writeFileSync(file, text);
  return file;
}

interface ImportJson {
  summary: Record<'create' | 'update' | 'unchanged' | 'remove' | 'error', number>;
  rows: Array<{ row: number; action: string; org: string | null; user: string | null; changes: unknown[]; errors: Array<{ row: number; column: string | null; value: string | null; message: string }> }>;
  applied: boolean;
  undoPath: string | null;
}

describe('orgdesk import', () => {
  it('--dry-run --json prints the interfaces.md shape and queues nothing', async () => {
    await demo();
    const file = write('in.csv', 'org,user,level,projectAccess\norg-lab,user-f,MEMBER,VIEW\norg-lab,user-b,,VIEW\norg-lab,user-c,,\n');
    const out = await ws.json<ImportJson>('import', file, '--dry-run', '--json');
    expect(out.summary).toMatchObject({ create: 1, update: 1, unchanged: 1, remove: 0, error: 0 });
    expect(out.rows.map((r) => Object.keys(r))).toEqual(Array(3).fill(expect.arrayContaining(['row', 'action', 'org', 'user', 'changes', 'errors'])));
    expect(out.rows[1]).toMatchObject({ row: 3, action: 'update', org: 'org-lab', user: 'user-b', changes: [{ field: 'projectAccess', from: 'CONTRIBUTE', to: 'VIEW' }], errors: [] });
    expect(out.applied).toBe(false);
    expect(await ws.json<{ entries: unknown[] }>('outbox', '--json')).toMatchObject({ entries: [] });
  });

  it('applies, prints the summary and table, writes the undo file; importing it restores the state', async () => {
    await demo();
    const before = (await ws.run('members', '--csv')).stdout;
    const file = write('in.csv', 'org,user,level,projectAccess,action\norg-lab,user-f,MEMBER,VIEW,\norg-lab,user-c,,,remove\n');
    const r = await ws.run('import', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('in.csv (utf-8, 2 rows): 1 to create, 0 to update, 0 unchanged, 1 to remove, 0 skipped, 0 with errors');
    expect(r.stdout).toMatch(/3\s+remove\s+org-lab\s+user-c\s+level MEMBER -> -/);
    const undoPath = /Undo file: (.+)\n/.exec(r.stdout)?.[1] ?? '';
    expect(path.dirname(undoPath)).toBe(path.join(ws.dir, 'imports'));
    expect((await ws.run('import', file)).stdout).toContain('0 to create, 0 to update, 2 unchanged');
    const undo = await ws.json<ImportJson>('import', undoPath, '--json');
    expect(undo.summary).toMatchObject({ create: 1, remove: 1, error: 0 });
    expect((await ws.run('members', '--csv')).stdout).toBe(before);
  });

  it('exits 1 when errors block the apply, listing row, column, value and message; --partial applies the rest', async () => {
    await demo();
    const file = write('bad.csv', 'Org,User,Level\norg-lab,user-f,MEMBER\norg-lab,ghost,BOSS\n');
    const r = await ws.run('import', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('row 3, column Level, value "BOSS": "BOSS" is not a level: use ADMIN or MEMBER');
    expect(r.stdout).toContain('row 3, column User, value "ghost": no user user-ghost');
    expect(r.stderr).toBe('orgdesk: 1 row has errors, so nothing was applied; fix them or use --partial\n');
    const json = await ws.run('import', file, '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ summary: { create: 1, error: 1 }, applied: false });
    const partial = await ws.json<ImportJson>('import', file, '--partial', '--json');
    expect(partial).toMatchObject({ applied: true, summary: { create: 1, error: 1 } });
  });

  it('--on-existing skip and fail', async () => {
    await demo();
    const file = write('in.csv', 'org,user,projectAccess\norg-lab,user-b,VIEW\n');
    expect((await ws.json<ImportJson>('import', file, '--dry-run', '--json', '--on-existing', 'skip')).rows[0]?.action).toBe('skip');
    expect((await ws.run('import', file, '--on-existing', 'fail')).code).toBe(1);
    expect((await ws.run('import', file, '--on-existing', 'maybe')).code).toBe(2);
  });

  it('explains a missing file and an empty file', async () => {
    await demo();
    const missing = await ws.run('import', path.join(ws.dir, 'nope.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read');
    const empty = await ws.run('import', write('empty.csv', ''));
    expect(empty).toMatchObject({ code: 1, stderr: 'orgdesk: file: The file is empty.\n' });
  });
});

describe('orgdesk export', () => {
  it('members to stdout: BOM, CRLF, one row per membership', async () => {
    await demo();
    const r = await ws.run('export', 'members');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('\uFEFForg,user,name,email,level,allowBillableActivities,appAccess,projectAccess');
    expect(lines[1]).toBe('org-lab,user-a,Ada Adams,a@lab.example,ADMIN,true,true,ADMINISTER');
    expect(lines).toHaveLength(1 + 8 + 1);
  });

  it('access to --out with how each access comes', async () => {
    await demo();
    const out = path.join(ws.dir, 'access.csv');
    const r = await ws.run('export', 'access', '--out', out);
    expect(r.code).toBe(0);
    const text = fs.readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFuser,user name,project,project name,level,how\r\n')).toBe(true);
    expect(text).toMatch(/user-a,Ada Adams,project-\w+,Resources,ADMINISTER,direct\r\n/);
    expect(text).toMatch(/user-b,Ben Baker,project-\w+,Raw Data,UPLOAD,via org-lab \(cap CONTRIBUTE\)\r\n/);
  });

  it('formula-looking cells are prefixed', async () => {
    await demo();
    const app = openApp({ workspacePath: ws.file });
    app.repos.users.upsert({ id: 'user-b', email: 'b@lab.example', first: '=HYPERLINK("x")', last: '' });
    app.close();
    const r = await ws.run('export', 'members', '--org', 'org-lab');
    expect(r.stdout).toContain(`org-lab,user-b,"'=HYPERLINK(""x"")",b@lab.example,MEMBER,false,true,CONTRIBUTE\r\n`);
  });

  it('bad usage exits 2', async () => {
    ws = tempWorkspace();
    expect((await ws.run('export', 'everything')).code).toBe(2);
    expect((await ws.run('export')).code).toBe(2);
    expect((await ws.run('import')).code).toBe(2);
  });
});
