// The router over real services: unknown methods, field-named input errors, AppError codes,
// generic Internal errors, and every method's output checked against the contract.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../main/rpc/handlers';
import type { Handlers } from '../../../main/rpc/router';
import { createRouter } from '../../../main/rpc/router';
import { DEMO_PROJECT_IDS } from '../../../main/seed/demoSeed';
import type { MethodInput, MethodName } from '../../../shared/contract/index';
import { METHOD_NAMES } from '../../../shared/contract/index';
import { AppError } from '../../../shared/rpc/index';
import { closeAll, demoApp, emptyApp } from '../services/fixtures';

afterEach(() => {
  closeAll();
  vi.restoreAllMocks();
});

function withHandler<M extends MethodName>(method: M, handler: Handlers[M]) {
  const app = emptyApp();
  const handlers: Handlers = { ...createHandlers(app.services), [method]: handler };
  return createRouter(handlers, { validateOutput: true });
}

describe('router.dispatch', () => {
  it('has a handler for exactly the contract methods', () => {
    const app = emptyApp();
    expect(Object.keys(createHandlers(app.services)).sort()).toEqual(METHOD_NAMES);
  });

  it('rejects unknown methods, including prototype names', async () => {
    const app = emptyApp();
    for (const name of ['members.nope', 'toString', '__proto__', '']) {
      const r = await app.router.dispatch(name, {});
      expect(r).toMatchObject({ ok: false, error: { code: 'UnknownMethod' } });
    }
  });

  it('names the invalid field in message and details', async () => {
    const app = demoApp();
    const r = await app.router.dispatch('members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'SUPER' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('InvalidInput');
    expect(r.error.message).toMatch(/^Invalid input for members\.update: projectAccess: /);
    expect(r.error.details).toMatchObject({ field: 'projectAccess', issues: [{ path: ['projectAccess'] }] });

    const missing = await app.router.dispatch('access.explain', { user: 'user-b' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'InvalidInput', message: 'Invalid input for access.explain: project: is required', details: { field: 'project' } } });

    const extra = await app.router.dispatch('orgs.list', { verbose: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'InvalidInput', details: { field: 'verbose' } } });

    const nested = await app.router.dispatch('projects.updateSettings', { project: 'Raw Data', settings: { protected: 'yes' } });
    expect(nested).toMatchObject({ ok: false, error: { details: { field: 'settings.protected' } } });
  });

  it('treats a missing body as an empty input', async () => {
    const app = demoApp();
    expect(await app.router.dispatch('orgs.list', undefined)).toMatchObject({ ok: true });
  });

  it('passes AppError codes, messages and details through', async () => {
    const app = demoApp('user-b');
    expect(await app.router.dispatch('members.invite', { org: 'org-lab', user: 'user-f' })).toEqual({
      ok: false,
      error: { code: 'PermissionDenied', message: 'Only ADMINs of org-lab can change members, its name or its policies (user-b is a MEMBER)' },
    });
    expect(await app.router.dispatch('access.explain', { user: 'user-zz', project: 'Raw Data' })).toEqual({
      ok: false,
      error: { code: 'NotFound', message: 'user: no user user-zz in this workspace', details: { field: 'user' } },
    });
    const router = withHandler('outbox.summary', () => {
      throw new AppError('Unavailable', 'platform unreachable', { retryAfter: 3 });
    });
    expect(await router.dispatch('outbox.summary', {})).toEqual({ ok: false, error: { code: 'Unavailable', message: 'platform unreachable', details: { retryAfter: 3 } } });
  });

  it('hides unexpected errors behind a generic Internal message and logs them', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const router = withHandler('outbox.summary', async () => {
      throw new Error('secret token abc123 leaked in a message');
    });
    const r = await router.dispatch('outbox.summary', {});
    expect(r).toEqual({ ok: false, error: { code: 'Internal', message: 'Internal error while running outbox.summary; see the OrgDesk log for details' } });
    expect(log).toHaveBeenCalled();
  });

  it('with validateOutput, reports a handler that breaks the contract', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const router = withHandler('outbox.summary', () => ({ pending: -0.5, failed: 0, conflict: 0 }));
    expect(await router.dispatch('outbox.summary', {})).toMatchObject({ ok: false, error: { code: 'Internal' } });
    expect(log).toHaveBeenCalled();
  });

  it('serves every read method of the demo workspace within the contract', async () => {
    const app = demoApp();
    const reads: { [M in MethodName]?: MethodInput<M> } = {
      'workspace.info': {},
      'users.list': { query: 'lab' },
      'orgs.list': {},
      'members.list': { org: 'org-lab' },
      'members.matrix': {},
      'members.previewChange': { org: 'org-lab', user: 'user-a', level: 'MEMBER' },
      'members.previewRemoval': { org: 'org-lab', user: 'user-c' },
      'projects.list': {},
      'projects.get': { project: DEMO_PROJECT_IDS.rawData },
      'projects.previewShare': { project: 'Resources', principal: 'PUBLIC', level: 'VIEW' },
      'apps.list': {},
      'apps.explain': { app: 'qc', user: 'user-b' },
      'access.byUser': { user: 'user-a' },
      'access.byProject': { project: 'Resources' },
      'access.explain': { user: 'user-b', project: 'Raw Data' },
      'outbox.list': {},
      'outbox.summary': {},
    };
    for (const [method, input] of Object.entries(reads)) {
      const r = await app.router.dispatch(method, input);
      expect(r, method).toMatchObject({ ok: true });
    }
    expect(app.services.outbox.list({}).entries).toEqual([]);
  });

  it('serves every edit method within the contract', async () => {
    const app = demoApp();
    const edits: Array<[MethodName, unknown]> = [
      ['orgs.create', { handle: 'core', name: 'Core' }],
      ['orgs.update', { org: 'org-core', policies: { restrictProjectTransfer: 'MEMBER' } }],
      ['members.invite', { org: 'org-core', user: 'user-b' }],
      ['members.update', { org: 'org-core', user: 'user-b', allowBillableActivities: true }],
      ['members.remove', { org: 'org-core', user: 'user-b', revokeProjectPermissions: false }],
      ['projects.create', { name: 'Core data', billTo: 'org-core' }],
      ['projects.share', { project: 'Raw Data', principal: 'org-core', level: 'CONTRIBUTE' }],
      ['projects.unshare', { project: 'Raw Data', principal: 'org-core' }],
      ['projects.updateSettings', { project: 'Raw Data', settings: { restricted: true } }],
      ['apps.authorize', { app: 'qc', principal: 'org-core' }],
      ['apps.deauthorize', { app: 'qc', principal: 'org-core' }],
    ];
    for (const [method, input] of edits) expect(await app.router.dispatch(method, input), method).toMatchObject({ ok: true });
    expect(app.services.outbox.list({}).entries.map((e) => e.op)).toEqual([
      'org.create',
      'org.update',
      'member.invite',
      'member.update',
      'member.remove',
      'project.create',
      'project.share',
      'project.unshare',
      'project.update',
      'app.authorize',
      'app.deauthorize',
    ]);
    expect(await app.router.dispatch('workspace.openDemo', {})).toMatchObject({ ok: false, error: { code: 'InvalidState' } });
  });

  it('opens the demo through the router on an empty workspace', async () => {
    const app = emptyApp();
    expect(await app.router.dispatch('workspace.openDemo', {})).toMatchObject({ ok: true, value: { actingUser: 'user-d', isEmpty: false } });
  });
});
