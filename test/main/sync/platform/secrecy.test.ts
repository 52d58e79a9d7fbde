// The token must never appear in an error's message, stack, JSON or inspection, nor in any
// log line, whatever the failure: every error path is driven with a server that echoes it.
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlatformClient, PlatformError, type PlatformClient } from '../../../../main/sync/platform/index';
import { clientFor, freePort, rejectionOf, TOKEN } from './fixtures';
import { drop, empty, hang, html, json, platformError, startScriptedServer, text, type ScriptedServer } from './scriptedServer';

const PROJECT = 'project-Gq4pF2kZ0bXv8J9yKQfYbP1x';
let server: ScriptedServer | null = null;
const consoleSpies: Array<ReturnType<typeof vi.spyOn>> = [];

beforeEach(() => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    consoleSpies.push(vi.spyOn(console, method).mockImplementation(() => undefined));
  }
});
afterEach(async () => {
  for (const spy of consoleSpies.splice(0)) {
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  }
  await server?.close();
  server = null;
});

function expectNoToken(e: unknown): void {
  expect(e).toBeInstanceOf(PlatformError);
  const err = e as PlatformError;
  for (const rendering of [err.message, String(err.stack), JSON.stringify(err), inspect(err, { depth: 20, showHidden: true }), String(err)]) {
    expect(rendering).not.toContain(TOKEN);
  }
}

const echo = `token ${TOKEN} was rejected`;

interface Path {
  name: string;
  script: Parameters<typeof startScriptedServer>[0];
  run: (c: PlatformClient) => Promise<unknown>;
  opts?: Parameters<typeof clientFor>[1];
}

const paths: Path[] = [
  {
    name: 'platform error echoing the token in type, message, details and request id',
    script: [platformError(401, `InvalidAuthentication-${TOKEN}`, echo, { 'x-request-id': TOKEN }, { token: TOKEN, [TOKEN]: [TOKEN] })],
    run: (c) => c.whoami(),
  },
  { name: 'HTML error page', script: [text(502, `<html>${TOKEN}</html>`, 'text/html'), html(502)], run: (c) => c.whoami(), opts: { maxRetries: 1 } },
  { name: 'plain-text error body', script: [text(400, echo)], run: (c) => c.whoami() },
  { name: 'empty error body', script: [empty(500)], run: (c) => c.whoami(), opts: { maxRetries: 0 } },
  { name: 'non-JSON success body', script: [text(200, echo)], run: (c) => c.newProject({ name: 'x' }) },
  { name: 'reply of the wrong shape', script: [json(200, { id: 42, note: TOKEN })], run: (c) => c.whoami() },
  { name: 'member of the wrong shape', script: [json(200, { results: [{ id: TOKEN, level: TOKEN }], next: null })], run: (c) => c.findMembers('org-lab') },
  { name: 'repeated page cursor', script: () => json(200, { results: [], next: TOKEN }), run: (c) => c.findOrgs() },
  { name: 'dropped connection', script: [drop()], run: (c) => c.projectInvite(PROJECT, { invitee: 'user-b', level: 'VIEW' }) },
  { name: 'timeout', script: [hang()], run: (c) => c.projectInvite(PROJECT, { invitee: 'user-b', level: 'VIEW' }), opts: { timeoutMs: 100 } },
  { name: 'budget exhausted', script: () => platformError(503, 'ServiceUnavailable', echo), run: (c) => c.describeOrg('org-lab'), opts: { maxRetries: 2 } },
];

describe('the token never leaks', () => {
  it.each(paths)('$name', async ({ script, run, opts }) => {
    server = await startScriptedServer(script);
    const { client } = clientFor(server.url, opts);
    expectNoToken(await rejectionOf(run(client)));
  });

  it('connection refused', async () => {
    const { client } = clientFor(`http://127.0.0.1:${await freePort()}`, { maxRetries: 0 });
    expectNoToken(await rejectionOf(client.whoami()));
  });

  it('a token that cannot be sent in a header (fetch would quote it)', async () => {
    server = await startScriptedServer([]);
    for (const bad of [`${TOKEN}\n`, `${TOKEN} extra`, `${TOKEN}\u00e9`]) {
      const client = createPlatformClient({ baseUrl: server.url, token: bad });
      const e = await rejectionOf(client.whoami());
      expectNoToken(e);
      expect(e).toMatchObject({ type: 'ClientError', code: 'BAD_TOKEN', reachedServer: false });
    }
    expect(server.calls).toHaveLength(0);
  });

  it('an ID that is the token', async () => {
    server = await startScriptedServer([]);
    const { client } = clientFor(server.url);
    expectNoToken(await rejectionOf(client.describeOrg(`org-${TOKEN}/x`)));
  });

  it('a hook that throws with the token in its message', async () => {
    server = await startScriptedServer([json(200, { id: 'user-d' })]);
    const { client } = clientFor(server.url, {
      onCall: () => {
        throw new Error(`hook saw ${TOKEN}`);
      },
    });
    const e = await rejectionOf(client.whoami());
    expectNoToken(e);
    expect(e).toMatchObject({ type: 'ClientError', code: 'UNEXPECTED' });
  });

  it('the client object itself does not expose the token', async () => {
    server = await startScriptedServer([]);
    const { client } = clientFor(server.url);
    expect(JSON.stringify(client) ?? '').not.toContain(TOKEN);
    expect(inspect(client, { depth: 20, showHidden: true })).not.toContain(TOKEN);
  });
});
