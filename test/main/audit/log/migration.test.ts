// Migration 0003 on a workspace written at schema 2: one chained 'edit' row per existing outbox
// entry, plus an outcome row for each entry already decided, and a chain that verifies.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../../../main/app';
import type { OrgDeskApp } from '../../../../main/app';
import { openDatabase } from '../../../../main/db/connection';
import { migrate, schemaVersion } from '../../../../main/db/migrate';
import { MIGRATIONS } from '../../../../main/db/migrations/index';
import type { MethodOutput } from '../../../../shared/contract/index';
import { tempDir } from '../../services/fixtures';
import { logRows } from './helpers';

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const f of cleanup.splice(0)) f();
});

const ENTRIES = [
  { op: 'member.update', target: 'member:org-lab:user-b', state: 'sent', error: null, theirs: null },
  { op: 'member.update', target: 'member:org-lab:user-c', state: 'conflict', error: null, theirs: '{"projectAccess":"VIEW"}' },
  { op: 'member.remove', target: 'member:org-lab:user-e', state: 'failed', error: 'PermissionDenied: not an ADMIN', theirs: null },
  { op: 'project.share', target: 'grant:project-x:user-f', state: 'pending', error: null, theirs: null },
] as const;

/** A schema-2 workspace with outbox entries in several states, then opened by this build. */
function upgraded(): OrgDeskApp {
  const dir = tempDir();
  const file = path.join(dir, 'workspace.sqlite');
  const db = openDatabase(file);
  migrate(db, MIGRATIONS.slice(0, 2));
  const insert = db.prepare(
    `INSERT INTO outbox (op, target, summary, payload, base, acting_user, created_at, state, error, theirs, last_attempt_at) VALUES (?, ?, ?, ?, ?, 'user-d', ?, ?, ?, ?, ?)`,
  );
  ENTRIES.forEach((e, i) => insert.run(e.op, e.target, `edit ${i + 1}`, '{"projectAccess":"UPLOAD"}', '{"projectAccess":"CONTRIBUTE"}', 1_000 + i, e.state, e.error, e.theirs, e.state === 'pending' ? null : 2_000 + i));
  db.close();
  const app = openApp({ workspacePath: file, validateOutput: true });
  cleanup.push(() => {
    app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return app;
}

describe('migration 0003 back-fill', () => {
  it('logs every existing outbox entry and its decided state, in a chain that verifies', async () => {
    const app = upgraded();
    expect(schemaVersion(app.db)).toBeGreaterThanOrEqual(3);
    const rows = logRows(app);
    expect(rows.map((r) => [r.kind, r.outbox_id, r.op])).toEqual([
      ['edit', 1, 'member.update'],
      ['outcome', 1, 'sent'],
      ['edit', 2, 'member.update'],
      ['outcome', 2, 'conflict'],
      ['edit', 3, 'member.remove'],
      ['outcome', 3, 'failed'],
      ['edit', 4, 'project.share'],
    ]);
    expect(rows[0]).toMatchObject({ actor: 'user-d', summary: 'edit 1', before: '{"projectAccess":"CONTRIBUTE"}', after: '{"projectAccess":"UPLOAD"}' });
    expect(JSON.parse(rows[0]?.detail ?? '{}')).toEqual({ backfilled: true });

    const verify = await app.router.dispatch('log.verify', {});
    expect(verify).toMatchObject({ ok: true, value: { ok: true, checked: 7 } });
    const listed = await app.router.dispatch('log.list', {});
    if (!listed.ok) throw new Error(listed.error.message);
    const list = { value: listed.value as MethodOutput<'log.list'> };
    expect(list.value.entries.map((e) => [e.outboxId, e.status])).toEqual([
      [4, 'pending'],
      [3, 'failed'],
      [2, 'conflict'],
      [1, 'sent'],
    ]);
    expect(list.value.entries[1]?.outcomes[0]).toMatchObject({ outcome: 'failed', message: 'PermissionDenied: not an ADMIN', at: 2_002 });
  });

  it('new edits chain onto the back-filled rows', async () => {
    const app = upgraded();
    app.services.demo.openDemo();
    const r = await app.router.dispatch('members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'VIEW' });
    expect(r.ok).toBe(true);
    expect(await app.router.dispatch('log.verify', {})).toMatchObject({ ok: true, value: { ok: true } });
    expect(logRows(app).at(-1)).toMatchObject({ kind: 'edit', target: 'member:org-lab:user-b' });
  });
});
