// App routes and user describe over HTTP: who sees an app, developers-only management of
// authorizedUsers (directly or through a developer org), idempotent add/remove, and
// /user-x/describe.
import { describe, expect, it } from 'vitest';
import { DEMO_APP_ID } from '../../../main/seed/demoSeed';
import { demoSeed } from '../../../main/seed/demoSeed';
import { TOKEN, emulator, ok, refused } from './emuHelpers';

const QC = `/${DEMO_APP_ID}`;

describe('apps', () => {
  it('describes an app to users who can run it, by ID or by name', async () => {
    const emu = await emulator();
    const described = await ok(emu, TOKEN.b, `${QC}/describe`);
    expect(described).toEqual({
      id: DEMO_APP_ID,
      class: 'app',
      name: 'qc',
      version: '1.0.0',
      published: true,
      billTo: 'org-lab',
      developers: ['user-d'],
      authorizedUsers: ['org-lab'],
      created: expect.any(Number),
    });
    expect(await ok(emu, TOKEN.b, '/app-qc/describe')).toEqual(described);
    expect(await ok(emu, TOKEN.b, '/app-qc/1.0.0/describe')).toEqual(described);
    expect(await refused(emu, TOKEN.f, `${QC}/describe`)).toMatchObject({ status: 404, type: 'ResourceNotFound' });
  });

  it('lets developers list, add and remove authorized users; others are refused', async () => {
    const emu = await emulator();
    expect(await ok(emu, TOKEN.d, `${QC}/listAuthorizedUsers`)).toEqual({ authorizedUsers: ['org-lab'] });
    expect(await ok(emu, TOKEN.d, `${QC}/addAuthorizedUsers`, { authorizedUsers: ['org-lab_new', 'user-f', 'org-lab'] })).toEqual({ id: DEMO_APP_ID });
    expect(emu.state().apps[0]?.authorizedUsers).toEqual(['org-lab', 'org-lab_new', 'user-f']);
    await ok(emu, TOKEN.d, `${QC}/removeAuthorizedUsers`, { authorizedUsers: ['org-lab', 'user-zz'] });
    expect(emu.state().apps[0]?.authorizedUsers).toEqual(['org-lab_new', 'user-f']);
    expect(await refused(emu, TOKEN.e, `${QC}/listAuthorizedUsers`)).toMatchObject({ status: 401, type: 'PermissionDenied' });
    expect(await refused(emu, TOKEN.a, `${QC}/addAuthorizedUsers`, { authorizedUsers: ['user-a'] })).toMatchObject({ status: 401, type: 'PermissionDenied' });
    expect(await refused(emu, TOKEN.d, `${QC}/addAuthorizedUsers`, { authorizedUsers: ['user-zz'] })).toMatchObject({ status: 422, type: 'InvalidInput' });
    expect(await refused(emu, TOKEN.d, `${QC}/addAuthorizedUsers`, { authorizedUsers: ['PUBLIC'] })).toMatchObject({ status: 401, type: 'PermissionDenied' });
    expect(await refused(emu, TOKEN.d, `${QC}/addAuthorizedUsers`, { authorizedUsers: 'user-a' })).toMatchObject({ status: 422 });
  });

  it('counts members of a developer org as developers', async () => {
    const seed = structuredClone(demoSeed);
    const app = seed.apps[0];
    if (app) app.developers = ['org-lab_new'];
    const emu = await emulator({ seed });
    await ok(emu, TOKEN.f, `${QC}/addAuthorizedUsers`, { authorizedUsers: ['user-f'] });
    expect(await refused(emu, TOKEN.b, `${QC}/addAuthorizedUsers`, { authorizedUsers: ['user-b'] })).toMatchObject({ type: 'PermissionDenied' });
  });
});

describe('/user-x/describe', () => {
  it('returns id, names and email to any caller', async () => {
    const emu = await emulator();
    expect(await ok(emu, TOKEN.f, '/user-a/describe')).toEqual({
      id: 'user-a',
      class: 'user',
      handle: 'a',
      first: 'Ada',
      last: 'Adams',
      email: 'a@lab.example',
      billTo: 'user-a',
    });
    expect(await refused(emu, TOKEN.f, '/user-zz/describe')).toMatchObject({ status: 404, type: 'ResourceNotFound' });
  });
});
