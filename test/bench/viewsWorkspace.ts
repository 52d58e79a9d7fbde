// The views benchmark's workspace: 20k users x 200 orgs x 5k projects (accessBench's
// buildWorkspace, same seed) written to a temp SQLite file, acting as an ADMIN of some org, plus
// the size of the matrix payloads at that scale. Builds files only; starts no server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../../main/app';
import type { AccessBenchSize } from './accessBench';
import { FULL_SIZE, buildWorkspace } from './accessBench';
import { round, seededRandom, timed } from './benchModule';

export interface ViewsWorkspace {
  dir: string;
  file: string;
  size: AccessBenchSize & { memberships: number; grants: number };
  buildMs: number;
  /** Server-side cost and JSON size of the old and the compact matrix shapes. */
  payloads: Record<string, { ms: number; bytes: number }>;
  remove(): void;
}

export function createViewsWorkspace(size: AccessBenchSize = FULL_SIZE): ViewsWorkspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgdesk-views-bench-'));
  const file = path.join(dir, 'views.sqlite');
  const app = openApp({ workspacePath: file });
  try {
    const build = timed(() => buildWorkspace(app, size, seededRandom(20_000)));
    const admin = app.db.prepare<[], { user_id: string }>("SELECT user_id FROM memberships WHERE level = 'ADMIN' ORDER BY user_id LIMIT 1").get();
    if (admin) app.services.workspace.setActingUser(admin.user_id);
    const payload = (fn: () => unknown): { ms: number; bytes: number } => {
      const t = timed(() => JSON.stringify(fn()));
      return { ms: round(t.ms), bytes: t.value.length };
    };
    const payloads = {
      'members.matrix': payload(() => app.services.members.matrix({})),
      'matrix.load': payload(() => app.services.matrix.load()),
    };
    return {
      dir,
      file,
      size: { ...size, ...build.value },
      buildMs: round(build.ms),
      payloads,
      remove: () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  } finally {
    app.close();
  }
}
