// The wire rules of platform-api.md §1 as the emulator enforces them: POST with a JSON object
// body and Content-Type application/json (else MalformedJSON 400), Bearer tokens (else
// InvalidAuthentication 401), unknown routes 404, error bodies {"error":{type,message}}.
import { describe, expect, it } from 'vitest';
import { TOKEN, emulator, ok, post, refused } from './emuHelpers';

describe('emulator transport', () => {
  it('answers /system/whoami with the token owner, on 127.0.0.1, with a request id', async () => {
    const emu = await emulator();
    expect(emu.url).toBe(`http://127.0.0.1:${emu.port}`);
    const r = await post(emu, '/system/whoami', {}, { token: TOKEN.b });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ id: 'user-b' });
    expect(r.headers['x-request-id']).toMatch(/^emu-\d+$/);
    expect(await ok(emu, TOKEN.d, '/system/whoami?ignored=1')).toEqual({ id: 'user-d' });
  });

  it('refuses a missing or unknown token with InvalidAuthentication 401', async () => {
    const emu = await emulator();
    const missing = await post(emu, '/system/whoami', {}, { token: null });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toEqual({ error: { type: 'InvalidAuthentication', message: expect.any(String) } });
    const unknown = await refused(emu, 'token-nobody', '/system/whoami');
    expect(unknown).toMatchObject({ status: 401, type: 'InvalidAuthentication' });
    expect(unknown.message).not.toContain('token-nobody');
  });

  it('refuses other content types, invalid JSON, empty and non-object bodies with MalformedJSON 400', async () => {
    const emu = await emulator();
    for (const opts of [
      { contentType: 'text/plain' },
      { contentType: null },
      { raw: '{"unterminated": ' },
      { raw: '' },
      { raw: '[1,2]' },
      { raw: 'null' },
    ]) {
      const r = await post(emu, '/system/whoami', {}, opts);
      expect(r.status, JSON.stringify(opts)).toBe(400);
      expect(JSON.parse(r.body).error.type).toBe('MalformedJSON');
    }
    expect((await post(emu, '/system/whoami', {}, { contentType: 'application/json; charset=utf-8' })).status).toBe(200);
  });

  it('answers unknown routes, unknown entities and non-POST methods with ResourceNotFound 404', async () => {
    const emu = await emulator();
    for (const path of ['/system/nope', '/org-lab/explode', '/nothing', '/org-/describe', '/org-lab/describe/extra']) {
      expect(await refused(emu, TOKEN.d, path), path).toMatchObject({ status: 404, type: 'ResourceNotFound' });
    }
    expect(await refused(emu, TOKEN.d, '/org-nope/describe')).toMatchObject({ status: 404, type: 'ResourceNotFound' });
    const get = await post(emu, '/system/whoami', undefined, { method: 'GET' });
    expect(get.status).toBe(404);
    expect(JSON.parse(get.body).error.type).toBe('ResourceNotFound');
  });

  it('reports invalid input as InvalidInput 422 naming the field', async () => {
    const emu = await emulator();
    const r = await refused(emu, TOKEN.d, '/org-lab/invite', { invitee: 'user-f', level: 'OWNER' });
    expect(r).toMatchObject({ status: 422, type: 'InvalidInput', details: { field: 'level' } });
    expect(r.message).toContain('level');
  });

  it('counts calls per route and in total, faults aside', async () => {
    const emu = await emulator();
    await ok(emu, TOKEN.d, '/system/whoami');
    await ok(emu, TOKEN.d, '/org-lab/describe');
    await ok(emu, TOKEN.d, '/org-lab/describe');
    await refused(emu, TOKEN.d, '/system/nope');
    expect(emu.stats()).toEqual({
      calls: 4,
      byRoute: { '/system/whoami': 1, '/org-lab/describe': 2, '/system/nope': 1 },
      faultsInjected: 0,
    });
  });

  it('stops listening on close()', async () => {
    const emu = await emulator();
    await ok(emu, TOKEN.d, '/system/whoami');
    await emu.close();
    await expect(post(emu, '/system/whoami')).rejects.toThrow();
  });
});
