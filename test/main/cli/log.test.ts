// `orgdesk log` and `orgdesk log verify` end to end on a demo workspace: CLI edits and an
// import appear newest first, --json prints one document, and a row edited by hand in SQLite
// makes `log verify` exit 1 naming that row on stderr.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { LogEntry, LogVerify } from '../../../shared/contract/index';
import { tempWorkspace } from './cliHarness';
import type { TempWorkspace } from './cliHarness';

let ws: TempWorkspace;
afterEach(() => ws.remove());

interface LogJson {
  entries: LogEntry[];
  nextCursor: number | null;
  total: number;
}

/** Demo workspace, two member edits and an import of one row. */
async function edited(): Promise<TempWorkspace> {
  ws = tempWorkspace();
  expect((await ws.run('demo')).code).toBe(0);
  expect((await ws.run('member', 'set', 'org-lab', 'user-b', '--project-access', 'VIEW')).code).toBe(0);
  expect((await ws.run('member', 'set', 'org-lab', 'user-e', '--app-access', 'false')).code).toBe(0);
  const file = path.join(ws.dir, 'more.csv');
  fs.writeFileSync(file, 'org,user,level\norg-lab,user-f,MEMBER\n');
  expect((await ws.run('import', file)).code).toBe(0);
  return ws;
}

function tamper(sql: string): void {
  const db = new Database(ws.file);
  try {
    db.prepare(sql).run();
  } finally {
    db.close();
  }
}

describe('orgdesk log', () => {
  it('lists CLI edits and the import newest first, each with its status', async () => {
    await edited();
    const r = await ws.run('log');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^SEQ\s+TIME\s+ACTOR\s+STATUS\s+OP\s+TARGET\s+SUMMARY$/);
    expect(lines[1]).toMatch(/^3\s+20\d\d-\d\d-\d\d \d\d:\d\d:\d\dZ\s+user-d\s+pending 1\s+import\.apply\s+import:more\.csv\s+Import more\.csv: 1 created/);
    expect(lines[2]).toMatch(/^2\s+.*user-d\s+pending\s+member\.update\s+member:org-lab:user-e\s+/);
    expect(lines[3]).toMatch(/^1\s+.*member:org-lab:user-b/);
  });

  it('--json prints one document; --limit, --actor and --target filter', async () => {
    await edited();
    const all = await ws.json<LogJson>('log', '--json');
    expect(all.entries.map((e) => [e.seq, e.kind, e.status])).toEqual([
      [3, 'import', 'pending'],
      [2, 'edit', 'pending'],
      [1, 'edit', 'pending'],
    ]);
    expect(all.total).toBe(3);
    expect((await ws.json<LogJson>('log', '--json', '--limit', '1')).entries.map((e) => e.seq)).toEqual([3]);
    expect((await ws.json<LogJson>('log', '--json', '--target', 'user-b')).entries.map((e) => e.seq)).toEqual([1]);
    expect((await ws.json<LogJson>('log', '--json', '--actor', 'user-a')).entries).toEqual([]);
    expect((await ws.run('log', '--actor', 'user-a')).stdout).toBe('No edits match.\n');
  });

  it('refuses bad flags with exit 2', async () => {
    await edited();
    expect(await ws.run('log', '--limit', '0')).toMatchObject({ code: 2, stderr: expect.stringContaining('--limit') });
    expect(await ws.run('log', '--kind', 'outcome')).toMatchObject({ code: 2, stderr: expect.stringContaining('--kind') });
    expect(await ws.run('log', 'verfy')).toMatchObject({ code: 2, stderr: expect.stringContaining('log verify') });
  });
});

describe('orgdesk log verify', () => {
  it('says ok with the number of entries, and prints one JSON document with --json', async () => {
    await edited();
    const r = await ws.run('log', 'verify');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^ok: 3 entries verified \(head 3:[0-9a-f]{64}\)\n$/);
    expect(await ws.json<LogVerify>('log', 'verify', '--json')).toMatchObject({ ok: true, checked: 3 });
  });

  it('exits 1 naming the row whose summary was edited by hand', async () => {
    await edited();
    tamper("UPDATE edit_log SET summary = 'nothing to see' WHERE seq = 2");
    const r = await ws.run('log', 'verify');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^orgdesk: log verify failed: row seq 2 \(member\.update member:org-lab:user-e at 20\d\d-[^)]+\): contents do not match its hash\n$/);
    const json = await ws.run('log', 'verify', '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, firstBad: { seq: 2 } });
  });

  it('--expect SEQ:HASH holds the chain to a head printed earlier', async () => {
    await edited();
    const head = /\(head (\d+:[0-9a-f]{64})\)/.exec((await ws.run('log', 'verify')).stdout)?.[1] ?? '';
    expect((await ws.run('member', 'set', 'org-lab', 'user-c', '--project-access', 'VIEW')).code).toBe(0);
    expect(await ws.run('log', 'verify', '--expect', head)).toMatchObject({ code: 0, stdout: expect.stringContaining('ok: 4 entries verified') });
    const forged = `${head.split(':')[0]}:${'0'.repeat(64)}`;
    expect(await ws.run('log', 'verify', '--expect', forged)).toMatchObject({ code: 1, stderr: expect.stringContaining('row seq 3') });
    expect(await ws.run('log', 'verify', '--expect', 'nonsense')).toMatchObject({ code: 2, stderr: expect.stringContaining('--expect') });
  });

  it('exits 1 when a row was deleted', async () => {
    await edited();
    tamper('DELETE FROM edit_log WHERE seq = 1');
    const r = await ws.run('log', 'verify');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('row seq 1 is missing');
  });
});
