// Retries, error mapping and timeouts of the platform client over real HTTP on loopback.
import { afterEach, describe, expect, it } from 'vitest';
import { PlatformError } from '../../../../main/sync/platform/index';
import { clientFor, freePort, rejectionOf, TOKEN } from './fixtures';
import { drop, empty, hang, html, json, platformError, startScriptedServer, text, type ScriptedServer } from './scriptedServer';

const PROJECT = 'project-Gq4pF2kZ0bXv8J9yKQfYbP1x';
let server: ScriptedServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function platformErrorOf(p: Promise<unknown>): Promise<PlatformError> {
  const e = await rejectionOf(p);
  expect(e).toBeInstanceOf(PlatformError);
  return e as PlatformError;
}

describe('transport', () => {
  it('POSTs JSON with the Bearer token to the route', async () => {
    server = await startScriptedServer([json(200, { id: 'user-d' })]);
    const { client } = clientFor(server.url);
    await expect(client.whoami()).resolves.toEqual({ id: 'user-d' });
    const [call] = server.calls;
    expect(call?.route).toBe('/system/whoami');
    expect(call?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(call?.headers['content-type']).toBe('application/json');
    expect(call?.rawBody).toBe('{}');
  });

  it('accepts a base URL with a trailing slash', async () => {
    server = await startScriptedServer([json(200, { id: 'user-d' })]);
    const { client } = clientFor(`${server.url}/`);
    await client.whoami();
    expect(server.calls[0]?.route).toBe('/system/whoami');
  });

  it('refuses a base URL that is not http(s) or carries credentials', () => {
    expect(() => clientFor('ftp://example.org')).toThrow(/http:\/\/ or https:\/\//);
    expect(() => clientFor('https://me:pw@example.org')).toThrow(PlatformError);
    expect(() => clientFor('not a url')).toThrow(PlatformError);
  });
});

describe('retries (platform-api.md §1)', () => {
  it('retries a 503 then succeeds', async () => {
    server = await startScriptedServer([platformError(503, 'ServiceUnavailable', 'busy'), json(200, { id: 'org-lab' })]);
    const { client, delays } = clientFor(server.url);
    await expect(client.updateOrg('org-lab', { name: 'Lab' })).resolves.toEqual({ id: 'org-lab' });
    expect(server.calls).toHaveLength(2);
    expect(delays).toEqual([750]);
  });

  it('honours Retry-After on 429 and does not count it against the budget', async () => {
    server = await startScriptedServer([
      platformError(429, 'RateLimitConditional', 'slow down', { 'Retry-After': '2' }),
      platformError(429, 'RateLimitConditional', 'slow down', { 'Retry-After': '2' }),
      platformError(503, 'ServiceUnavailable', 'busy'),
      json(200, { id: 'org-lab' }),
    ]);
    const { client, delays } = clientFor(server.url, { maxRetries: 1 });
    await expect(client.describeOrg('org-lab')).resolves.toMatchObject({ id: 'org-lab' });
    // 2 s, then 2 s + 25 %, then the one counted retry: backoff for attempt 3 (2-4 s, random 0.5).
    expect(delays).toEqual([2000, 2500, 3000]);
    expect(server.calls).toHaveLength(4);
  });

  it('never retries 422 InvalidInput and keeps the platform message, details and request id', async () => {
    server = await startScriptedServer([
      platformError(422, 'InvalidInput', 'Cannot set flags for an ADMIN', {}, { field: 'allowBillableActivities' }),
    ]);
    const { client, delays } = clientFor(server.url);
    const e = await platformErrorOf(client.setMemberAccess('org-lab', { 'user-a': { level: 'ADMIN', appAccess: true } }));
    expect(e).toMatchObject({
      type: 'InvalidInput',
      status: 422,
      message: 'Cannot set flags for an ADMIN',
      details: { field: 'allowBillableActivities' },
      requestId: 'req-422',
      transient: false,
      attempts: 1,
      route: '/org-lab/setMemberAccess',
    });
    expect(delays).toEqual([]);
  });

  it('never retries 401 InvalidAuthentication', async () => {
    server = await startScriptedServer([platformError(401, 'InvalidAuthentication', 'The token has expired')]);
    const { client } = clientFor(server.url);
    const e = await platformErrorOf(client.whoami());
    expect(e).toMatchObject({ type: 'InvalidAuthentication', status: 401, transient: false });
    expect(server.calls).toHaveLength(1);
  });

  it('reports the last error when the budget is spent', async () => {
    server = await startScriptedServer([
      platformError(500, 'InternalError', 'first'),
      platformError(502, 'InternalError', 'second'),
      platformError(503, 'ServiceUnavailable', 'third'),
    ]);
    const { client, delays } = clientFor(server.url, { maxRetries: 2 });
    const e = await platformErrorOf(client.describeOrg('org-lab'));
    expect(e).toMatchObject({ type: 'ServiceUnavailable', status: 503, message: 'third', transient: true, attempts: 3 });
    expect(delays).toEqual([750, 1500]);
  });

  it('retries a dropped connection on a safe route', async () => {
    server = await startScriptedServer([drop(), json(200, { id: PROJECT })]);
    const { client } = clientFor(server.url);
    await expect(client.decreasePermissions(PROJECT, { 'user-b': null })).resolves.toEqual({ id: PROJECT });
    expect(server.calls).toHaveLength(2);
  });

  it('does not retry a dropped connection on /project-x/invite', async () => {
    server = await startScriptedServer([drop(), json(200, { id: PROJECT, state: 'accepted' })]);
    const { client } = clientFor(server.url);
    const e = await platformErrorOf(client.projectInvite(PROJECT, { invitee: 'user-b', level: 'VIEW' }));
    expect(e).toMatchObject({ type: 'NetworkError', status: 0, reachedServer: true, transient: true, attempts: 1 });
    expect(e.message).toMatch(/connection closed before a reply/);
    expect(server.calls).toHaveLength(1);
  });

  it('retries ECONNREFUSED even on an unsafe route: the request never arrived', async () => {
    const port = await freePort();
    let started: Promise<ScriptedServer> | null = null;
    const { client, delays } = clientFor(`http://127.0.0.1:${port}`, {
      sleep: async (ms) => {
        delays.push(ms);
        started ??= startScriptedServer([json(200, { id: PROJECT })], port);
        server = await started;
      },
    });
    await expect(client.newProject({ name: 'New', billTo: 'org-lab' })).resolves.toEqual({ id: PROJECT });
    expect(delays).toHaveLength(1);
    expect(server?.calls.map((c) => c.route)).toEqual(['/project/new']);
  });

  it('surfaces ECONNREFUSED as a NetworkError that never reached the server', async () => {
    const port = await freePort();
    const { client, delays } = clientFor(`http://127.0.0.1:${port}`, { maxRetries: 2 });
    const e = await platformErrorOf(client.newProject({ name: 'New' }));
    expect(e).toMatchObject({ type: 'NetworkError', code: 'ECONNREFUSED', reachedServer: false, transient: true, attempts: 3 });
    expect(e.message).toContain(`127.0.0.1:${port}`);
    expect(delays).toHaveLength(2);
  });

  it('times out an attempt and retries it on a safe route', async () => {
    server = await startScriptedServer([hang(), json(200, { id: 'org-lab' })]);
    const { client } = clientFor(server.url, { timeoutMs: 150 });
    await expect(client.describeOrg('org-lab')).resolves.toMatchObject({ id: 'org-lab' });
  });

  it('does not repeat a timed-out unsafe request', async () => {
    server = await startScriptedServer([hang()]);
    const { client } = clientFor(server.url, { timeoutMs: 150 });
    const e = await platformErrorOf(client.projectInvite(PROJECT, { invitee: 'user-b', level: 'VIEW' }));
    expect(e).toMatchObject({ type: 'NetworkError', code: 'TIMEOUT', reachedServer: true, attempts: 1 });
    expect(e.message).toBe(`No reply from the platform at 127.0.0.1:${server.port} to /${PROJECT}/invite within 150 ms`);
  });
});

describe('error bodies', () => {
  it('maps an HTML gateway page', async () => {
    server = await startScriptedServer([html(502)]);
    const { client } = clientFor(server.url, { maxRetries: 0 });
    const e = await platformErrorOf(client.describeOrg('org-lab'));
    expect(e).toMatchObject({ type: 'HttpError', status: 502, transient: true });
    expect(e.message).toBe('HTTP 502 from the platform (HTML error page) on /org-lab/describe');
  });

  it('maps an empty error body', async () => {
    server = await startScriptedServer([empty(503)]);
    const { client } = clientFor(server.url, { maxRetries: 0 });
    const e = await platformErrorOf(client.describeOrg('org-lab'));
    expect(e.message).toBe('HTTP 503 from the platform (empty body) on /org-lab/describe');
  });

  it('maps a plain-text and a JSON body without an error object', async () => {
    server = await startScriptedServer([text(400, 'bad things happened'), json(404, { oops: true })]);
    const { client } = clientFor(server.url);
    const first = await platformErrorOf(client.describeOrg('org-lab'));
    expect(first).toMatchObject({ type: 'HttpError', status: 400, transient: false });
    expect(first.message).toContain('non-JSON body: bad things happened');
    const second = await platformErrorOf(client.describeOrg('org-lab'));
    expect(second.message).toContain('JSON without an error object');
  });

  it('keeps unknown error types by name', async () => {
    server = await startScriptedServer([platformError(409, 'SomethingNew', 'new kind of error')]);
    const { client } = clientFor(server.url);
    const e = await platformErrorOf(client.describeOrg('org-lab'));
    expect(e).toMatchObject({ type: 'SomethingNew', status: 409, message: 'new kind of error', transient: false });
  });

  it('retries a non-JSON success body on a safe route only', async () => {
    server = await startScriptedServer([text(200, '<html>portal</html>', 'text/html'), json(200, { id: 'org-lab' })]);
    const { client } = clientFor(server.url);
    await expect(client.describeOrg('org-lab')).resolves.toMatchObject({ id: 'org-lab' });
    await server.close();
    server = await startScriptedServer([text(200, 'garbage')]);
    const unsafe = clientFor(server.url).client;
    const e = await platformErrorOf(unsafe.newProject({ name: 'x' }));
    expect(e).toMatchObject({ type: 'InvalidResponse', code: 'NON_JSON_REPLY', attempts: 1 });
  });
});
