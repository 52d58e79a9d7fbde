// Project routes over HTTP: the findProjects level quirk and filters, describe (caller level,
// permissions, every settings flag), invite / decreasePermissions, update with its version lock,
// one-way containsPHI and the download/preview coupling, and /project/new.
import { describe, expect, it } from 'vitest';
import type { FindProjectsResult, Page, ProjectDescribe } from '../../../main/emulator/index';
import { PLATFORM_ID_ALPHABET } from '../../../shared/domain/index';
import { DEMO_PROJECT_IDS } from '../../../main/seed/demoSeed';
import { demoSeed } from '../../../main/seed/demoSeed';
import { TOKEN, emulator, ok, refused } from './emuHelpers';

const RES = DEMO_PROJECT_IDS.resources;
const RAW = DEMO_PROJECT_IDS.rawData;

const ids = (page: Page<FindProjectsResult>): string[] => page.results.map((r) => r.id);

describe('/system/findProjects', () => {
  it('defaults to level CONTRIBUTE and so leaves out VIEW and UPLOAD projects (the platform quirk)', async () => {
    const emu = await emulator();
    expect((await ok<Page<FindProjectsResult>>(emu, TOKEN.b, '/system/findProjects')).results).toEqual([]);
    const view = await ok<Page<FindProjectsResult>>(emu, TOKEN.b, '/system/findProjects', { level: 'VIEW' });
    expect(view.results).toEqual(
      expect.arrayContaining([
        { id: RES, level: 'VIEW', public: false },
        { id: RAW, level: 'UPLOAD', public: false },
      ]),
    );
    expect(ids(await ok(emu, TOKEN.b, '/system/findProjects', { level: 'UPLOAD' }))).toEqual([RAW]);
    expect(ids(await ok(emu, TOKEN.d, '/system/findProjects'))).toEqual([RAW]);
    expect((await ok<Page<FindProjectsResult>>(emu, TOKEN.f, '/system/findProjects', { level: 'VIEW' })).results).toEqual([]);
  });

  it('filters by billTo, properties, name and explicitPermission, and describes on request', async () => {
    const emu = await emulator();
    const made = emu.act('user-e').newProject({ name: 'Tagged', billTo: 'org-lab_new', properties: { orgdeskLocalId: 'local-1', kind: 'x' } }).id;
    const asE = (body: object) => ok<Page<FindProjectsResult>>(emu, TOKEN.e, '/system/findProjects', { level: 'VIEW', ...body });
    expect(ids(await asE({ properties: { orgdeskLocalId: 'local-1' } }))).toEqual([made]);
    expect(ids(await asE({ properties: { orgdeskLocalId: 'local-2' } }))).toEqual([]);
    expect(ids(await asE({ properties: { kind: true } }))).toEqual([made]);
    expect(ids(await asE({ billTo: 'org-lab_new' }))).toEqual([made]);
    expect(ids(await asE({ billTo: ['org-lab'] })).sort()).toEqual([RES, RAW].sort());
    expect(ids(await asE({ name: { glob: 'Raw*' } }))).toEqual([RAW]);
    expect(ids(await asE({ name: 'Resources' }))).toEqual([RES]);
    const described = await asE({ id: [RES], describe: true });
    expect(described.results[0]?.describe).toMatchObject({ id: RES, name: 'Resources', level: 'VIEW', permissions: { 'user-a': 'ADMINISTER', 'org-lab': 'VIEW' } });
    const narrow = await asE({ id: [RES], describe: { fields: { name: true, version: true } } });
    expect(narrow.results[0]?.describe).toEqual({ id: RES, name: 'Resources', version: 0 });
    emu.act('user-a').projectInvite(RES, { invitee: 'PUBLIC', level: 'VIEW' });
    expect(ids(await ok(emu, TOKEN.f, '/system/findProjects', { level: 'VIEW' }))).toEqual([RES]);
    expect(ids(await ok(emu, TOKEN.f, '/system/findProjects', { level: 'VIEW', explicitPermission: true }))).toEqual([]);
  });
});

describe('project describe', () => {
  it("returns the caller's effective level, direct permissions and every settings flag", async () => {
    const emu = await emulator();
    expect(await ok<ProjectDescribe>(emu, TOKEN.b, `/${RAW}/describe`)).toEqual({
      id: RAW,
      class: 'project',
      name: 'Raw Data',
      summary: '',
      description: '',
      billTo: 'org-lab',
      level: 'UPLOAD',
      permissions: { 'user-d': 'ADMINISTER', 'org-lab': 'UPLOAD' },
      version: 0,
      properties: {},
      tags: [],
      created: expect.any(Number),
      modified: expect.any(Number),
      createdBy: { user: 'user-d' },
      region: 'aws:us-east-1',
      protected: false,
      restricted: false,
      downloadRestricted: false,
      previewViewerRestricted: false,
      containsPHI: false,
      externalUploadRestricted: false,
      databaseUIViewOnly: false,
      databaseResultsRestricted: null,
      allowedExecutables: null,
    });
    expect((await ok<ProjectDescribe>(emu, TOKEN.a, `/${RAW}/describe`)).level).toBe('UPLOAD');
    expect(await ok(emu, TOKEN.a, `/${RAW}/describe`, { fields: { level: true } })).toEqual({ id: RAW, level: 'UPLOAD' });
  });

  it('answers ResourceNotFound to callers without VIEW, and for unknown projects', async () => {
    const emu = await emulator();
    expect(await refused(emu, TOKEN.f, `/${RAW}/describe`)).toMatchObject({ status: 404, type: 'ResourceNotFound' });
    expect(await refused(emu, TOKEN.d, '/project-000000000000000000000000/describe')).toMatchObject({ status: 404 });
  });
});

describe('project invite and decreasePermissions', () => {
  it('invite raises a grant, never lowers it, and needs ADMINISTER', async () => {
    const emu = await emulator();
    expect(await ok(emu, TOKEN.d, `/${RAW}/invite`, { invitee: 'user-f', level: 'CONTRIBUTE' })).toEqual({ id: RAW, state: 'accepted' });
    await ok(emu, TOKEN.d, `/${RAW}/invite`, { invitee: 'user-f', level: 'VIEW' });
    await ok(emu, TOKEN.d, `/${RAW}/invite`, { invitee: 'org-lab_new', level: 'VIEW' });
    await ok(emu, TOKEN.d, `/${RAW}/invite`, { invitee: 'b@lab.example', level: 'CONTRIBUTE' });
    expect(emu.state().projects.find((p) => p.id === RAW)?.permissions).toEqual({
      'user-d': 'ADMINISTER',
      'org-lab': 'UPLOAD',
      'user-f': 'CONTRIBUTE',
      'org-lab_new': 'VIEW',
      'user-b': 'CONTRIBUTE',
    });
    expect(await refused(emu, TOKEN.b, `/${RAW}/invite`, { invitee: 'user-c', level: 'VIEW' })).toMatchObject({ status: 401, type: 'PermissionDenied' });
    expect(await refused(emu, TOKEN.d, `/${RAW}/invite`, { invitee: 'PUBLIC', level: 'UPLOAD' })).toMatchObject({ status: 422, type: 'InvalidInput' });
    expect(await refused(emu, TOKEN.d, `/${RAW}/invite`, { invitee: 'user-zz', level: 'VIEW' })).toMatchObject({ status: 404 });
    expect(await refused(emu, TOKEN.f, `/${RES}/invite`, { invitee: 'user-f', level: 'VIEW' })).toMatchObject({ status: 404 });
  });

  it('decreasePermissions lowers and revokes in one map, and rejects the whole map on a raise', async () => {
    const emu = await emulator();
    const d = emu.act('user-d');
    d.projectInvite(RAW, { invitee: 'user-f', level: 'CONTRIBUTE' });
    expect(await ok(emu, TOKEN.d, `/${RAW}/decreasePermissions`, { 'org-lab': 'VIEW', 'user-f': null, 'user-zz': null })).toEqual({ id: RAW });
    expect(d.describeProject(RAW).permissions).toEqual({ 'user-d': 'ADMINISTER', 'org-lab': 'VIEW' });
    // Repeating a decrease that already applied (a retried safe call) is a no-op.
    await ok(emu, TOKEN.d, `/${RAW}/decreasePermissions`, { 'org-lab': 'VIEW' });
    const raise = await refused(emu, TOKEN.d, `/${RAW}/decreasePermissions`, { 'user-d': 'VIEW', 'org-lab': 'CONTRIBUTE' });
    expect(raise).toMatchObject({ status: 422, type: 'InvalidInput' });
    expect(d.describeProject(RAW).permissions).toEqual({ 'user-d': 'ADMINISTER', 'org-lab': 'VIEW' });
    expect(await refused(emu, TOKEN.e, `/${RAW}/decreasePermissions`, { 'org-lab': null })).toMatchObject({ status: 401, type: 'PermissionDenied' });
  });
});

describe('project update', () => {
  it('applies settings, bumps version on each update, and refuses a stale version with InvalidState', async () => {
    const emu = await emulator();
    expect(await ok(emu, TOKEN.d, `/${RAW}/update`, { restricted: true, version: 0 })).toEqual({ id: RAW });
    await ok(emu, TOKEN.d, `/${RAW}/update`, { name: 'Raw' });
    const p = emu.act('user-d').describeProject(RAW);
    expect(p).toMatchObject({ name: 'Raw', restricted: true, version: 2 });
    const stale = await refused(emu, TOKEN.d, `/${RAW}/update`, { protected: true, version: 1 });
    expect(stale).toMatchObject({ status: 422, type: 'InvalidState' });
    expect(emu.act('user-d').describeProject(RAW)).toMatchObject({ protected: false, version: 2 });
    expect(await refused(emu, TOKEN.b, `/${RAW}/update`, { protected: true })).toMatchObject({ status: 401, type: 'PermissionDenied' });
  });

  it('containsPHI needs a PHI-enabled billTo org and can never be switched off', async () => {
    const seed = structuredClone(demoSeed);
    const lab = seed.orgs.find((o) => o.id === 'org-lab');
    if (lab) lab.phiFeaturesEnabled = true;
    const emu = await emulator({ seed });
    const newProject = emu.act('user-d').newProject({ name: 'Mine', billTo: 'org-lab_new' }).id;
    const denied = await refused(emu, TOKEN.d, `/${newProject}/update`, { containsPHI: true });
    expect(denied).toMatchObject({ status: 401, type: 'PermissionDenied' });
    expect(denied.message).toContain('PHI features must be enabled for org-lab_new');
    await ok(emu, TOKEN.d, `/${RAW}/update`, { containsPHI: true });
    expect(await refused(emu, TOKEN.d, `/${RAW}/update`, { containsPHI: false })).toMatchObject({ status: 422, type: 'InvalidInput' });
    expect(emu.act('user-d').describeProject(RAW).containsPHI).toBe(true);
  });

  it('turning downloadRestricted on sets previewViewerRestricted; it clears only after preview is off', async () => {
    const emu = await emulator();
    await ok(emu, TOKEN.d, `/${RAW}/update`, { downloadRestricted: true });
    expect(emu.act('user-d').describeProject(RAW)).toMatchObject({ downloadRestricted: true, previewViewerRestricted: true });
    expect(await refused(emu, TOKEN.d, `/${RAW}/update`, { downloadRestricted: false })).toMatchObject({ status: 422, type: 'InvalidInput' });
    expect(await refused(emu, TOKEN.d, `/${RAW}/update`, { downloadRestricted: false, previewViewerRestricted: false })).toMatchObject({ type: 'InvalidInput' });
    await ok(emu, TOKEN.d, `/${RAW}/update`, { previewViewerRestricted: false });
    await ok(emu, TOKEN.d, `/${RAW}/update`, { downloadRestricted: false });
    expect(emu.act('user-d').describeProject(RAW)).toMatchObject({ downloadRestricted: false, previewViewerRestricted: false, version: 3 });
  });

  it('moves billTo only with billing rights on the target', async () => {
    const emu = await emulator();
    expect(await refused(emu, TOKEN.d, `/${RAW}/update`, { billTo: 'org-nowhere' })).toMatchObject({ status: 422, type: 'InvalidInput' });
    await ok(emu, TOKEN.d, `/${RAW}/update`, { billTo: 'org-lab_new' });
    expect(emu.act('user-d').describeProject(RAW).billTo).toBe('org-lab_new');
  });
});

describe('/project/new', () => {
  it('creates a project with a platform-style ID, the creator at ADMINISTER, and its properties', async () => {
    const emu = await emulator();
    const { id } = await ok<{ id: string }>(emu, TOKEN.e, '/project/new', {
      name: 'Sequencing',
      billTo: 'org-lab',
      downloadRestricted: true,
      properties: { orgdeskLocalId: 'p-1' },
    });
    expect(id).toMatch(new RegExp(`^project-[${PLATFORM_ID_ALPHABET}]{24}$`));
    expect(emu.act('user-e').describeProject(id)).toMatchObject({
      name: 'Sequencing',
      billTo: 'org-lab',
      level: 'ADMINISTER',
      permissions: { 'user-e': 'ADMINISTER' },
      properties: { orgdeskLocalId: 'p-1' },
      downloadRestricted: true,
      previewViewerRestricted: true,
      createdBy: { user: 'user-e' },
    });
    const own = await ok<{ id: string }>(emu, TOKEN.f, '/project/new', { name: 'Own' });
    expect(emu.act('user-f').describeProject(own.id).billTo).toBe('user-f');
  });

  it('refuses billTo without allowBillableActivities, unknown orgs, other users and PHI without PHI features', async () => {
    const emu = await emulator();
    expect(await refused(emu, TOKEN.f, '/project/new', { name: 'X', billTo: 'org-lab_new' })).toMatchObject({ status: 401, type: 'PermissionDenied' });
    expect(await refused(emu, TOKEN.f, '/project/new', { name: 'X', billTo: 'org-nowhere' })).toMatchObject({ status: 422, type: 'InvalidInput' });
    expect(await refused(emu, TOKEN.f, '/project/new', { name: 'X', billTo: 'user-e' })).toMatchObject({ status: 422, type: 'InvalidInput' });
    expect(await refused(emu, TOKEN.d, '/project/new', { name: 'X', billTo: 'org-lab', containsPHI: true })).toMatchObject({ status: 401, type: 'PermissionDenied' });
    expect(await refused(emu, TOKEN.d, '/project/new', {})).toMatchObject({ status: 422, details: { field: 'name' } });
    expect(emu.state().projects).toHaveLength(2);
  });
});
