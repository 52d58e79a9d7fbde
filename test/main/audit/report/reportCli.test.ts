// `orgdesk report` and `orgdesk review` end to end on a demo workspace, in-process: formats,
// --out, scope and --at flags, exit codes (0 ok, 1 explained failure, 2 bad usage), and the
// review round trip template -> filled decisions -> plan -> apply with an evidence file.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PROJECT_IDS } from '../../../../main/seed/demoSeed';
import { tempWorkspace } from '../../cli/cliHarness';
import type { TempWorkspace } from '../../cli/cliHarness';

let ws: TempWorkspace;
afterEach(() => ws.remove());

const RAW = DEMO_PROJECT_IDS.rawData;

async function demo(): Promise<TempWorkspace> {
  ws = tempWorkspace();
  expect((await ws.run('demo')).code).toBe(0);
  return ws;
}

describe('orgdesk report', () => {
  it('prints the text report with the hash; --json has the rows', async () => {
    await demo();
    const text = await ws.run('report', '--project', 'Raw Data');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Access report: project project-GzKV1p9bXQ0yJ4fZk8qPvY2B at now\ncontent hash [0-9a-f]{64}\n/);
    expect(text.stdout).toMatch(/user-b\s+Raw Data\s+UPLOAD\s+via org-lab \(cap CONTRIBUTE\)/);
    const json = await ws.json<{ access: Array<{ user: string; level: string; via: string }> }>('report', '--user', 'user-b', '--json');
    expect(json.access.map((a) => [a.user, a.level, a.via])).toEqual([
      ['user-b', 'UPLOAD', 'via org-lab (cap CONTRIBUTE)'],
      ['user-b', 'VIEW', 'via org-lab (cap CONTRIBUTE)'],
    ]);
  });

  it('--html --out writes one self-contained file; --csv goes to stdout', async () => {
    await demo();
    const out = path.join(ws.dir, 'lab.html');
    const r = await ws.run('report', '--org', 'org-lab', '--html', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Wrote the HTML report \(content hash [0-9a-f]{64}\) to /);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('Org Lab (org-lab)');
    expect(html).not.toMatch(/https?:\/\//);
    const csv = await ws.run('report', '--csv');
    expect(csv.stdout.startsWith('\uFEFFReport,Access report\r\n')).toBe(true);
  });

  it('bad usage exits 2 naming the flag; an unknown snapshot or org exits 1', async () => {
    await demo();
    const both = await ws.run('report', '--org', 'org-lab', '--user', 'user-b');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--org and --user cannot be combined');
    const at = await ws.run('report', '--at', 'yesterday');
    expect(at.code).toBe(2);
    expect(at.stderr).toContain("invalid value 'yesterday' for --at");
    expect((await ws.run('report', '--csv', '--html')).code).toBe(2);
    const snap = await ws.run('report', '--at', '42');
    expect(snap.code).toBe(1);
    const org = await ws.run('report', '--org', 'nope');
    expect(org.code).toBe(1);
    expect(org.stderr).toContain('no org org-nope');
  });
});

describe('orgdesk review', () => {
  it('template -> decisions -> plan (exit 1 on a blocked via-org row) -> apply --partial with evidence', async () => {
    await demo();
    expect((await ws.run('project', 'share', 'Raw Data', 'user-f', '--level', 'CONTRIBUTE')).code).toBe(0);
    const templateFile = path.join(ws.dir, 'decisions.csv');
    expect((await ws.run('review', 'template', '--project', 'Raw Data', '--out', templateFile)).code).toBe(0);
    const lines = fs.readFileSync(templateFile, 'utf8').split('\r\n');
    const filled = lines
      .map((line) => {
        if (line.includes(`,user-f,Fay Foster,${RAW},`)) return line.replace(/,,,$/, ',revoke,,no longer on the project');
        if (line.includes(`,user-b,Ben Baker,${RAW},`)) return line.replace(/,,,$/, ',revoke,,should not see raw data');
        if (line.includes(',user-d,Dana Diaz,,,org-lab,')) return line.replace(/,,,$/, ',keep,,owner');
        return line;
      })
      .join('\r\n');
    fs.writeFileSync(templateFile, filled);

    const plan = await ws.run('review', 'plan', templateFile);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain('1 decision is blocked or has errors; an apply would be refused');
    expect(plan.stdout).toMatch(/user-b\s+project-\w+\s+revoke\s+BLOCKED\s+cannot be revoked on Raw Data alone: user-b keeps UPLOAD via org-lab/);

    const refused = await ws.run('review', 'apply', templateFile);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('so nothing was applied');
    expect(fs.existsSync(path.join(ws.dir, 'reviews'))).toBe(false);

    const evidenceCopy = path.join(ws.dir, 'evidence.csv');
    const applied = await ws.json<{ applied: boolean; queued: number; evidencePath: string; summary: Record<string, number> }>('review', 'apply', templateFile, '--partial', '--json', '--evidence', evidenceCopy);
    expect(applied).toMatchObject({ applied: true, queued: 1, summary: { edit: 1, keep: 1, blocked: 1 } });
    expect(fs.readFileSync(applied.evidencePath, 'utf8')).toBe(fs.readFileSync(evidenceCopy, 'utf8'));
    const outbox = await ws.json<{ entries?: Array<{ op: string }> } | Array<{ op: string }>>('outbox', '--json');
    expect(JSON.stringify(outbox)).toContain('project.unshare');
  });

  it('a missing decisions file exits 1; a missing argument exits 2', async () => {
    await demo();
    const missing = await ws.run('review', 'plan', path.join(ws.dir, 'nope.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
    expect((await ws.run('review', 'apply')).code).toBe(2);
    expect((await ws.run('review', 'frobnicate')).code).toBe(2);
  });
});
