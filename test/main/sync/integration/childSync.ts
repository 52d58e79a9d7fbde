// A separate process that runs one sync on a workspace file and reports every platform call
// on stdout ("call /route") before it is sent, so the kill -9 test can shoot it mid-push.
// Usage: node --import tsx childSync.ts WORKSPACE PLATFORM_URL USER TOKEN [KILL_AFTER_MUTATIONS]
// With KILL_AFTER_MUTATIONS = N the process SIGKILLs itself 20 ms after announcing its Nth
// changing call: the request is on the wire, and (with the emulator's latency) its answer is
// not back yet. Killing from inside makes the point exact; a parent reading stdout under load
// could be late and let the next call out first.
import { openApp } from '../../../../main/app';
import { createSyncEngine } from '../../../../main/sync/engine/index';
import { createPlatformClient } from '../../../../main/sync/platform/index';
import { isMutation } from './mutatingRoutes';

const [file, url, user, token, killAfterArg] = process.argv.slice(2);
const killAfter = killAfterArg === undefined ? null : Number(killAfterArg);
let mutations = 0;
if (!file || !url || !user || !token) {
  process.stderr.write('usage: childSync.ts WORKSPACE PLATFORM_URL USER TOKEN\n');
  process.exit(2);
}
const app = openApp({ workspacePath: file });
const client = createPlatformClient({
  baseUrl: url,
  token,
  sleep: () => new Promise((r) => setImmediate(r)),
  onCall: (route) => {
    process.stdout.write(`call ${route}\n`);
    if (!isMutation(route)) return;
    mutations += 1;
    if (mutations === killAfter) setTimeout(() => process.kill(process.pid, 'SIGKILL'), 20);
  },
});
const engine = createSyncEngine({ db: app.db, events: app.events, client, actingUser: user });
engine.sync().then(
  (report) => {
    process.stdout.write(`report ${JSON.stringify(report)}\n`);
    app.close();
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    app.close();
    process.exitCode = 1;
  },
);
