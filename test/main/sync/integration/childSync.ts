// A separate process that runs one sync on a workspace file and reports every platform call
// on stdout ("call /route") before it is sent, so the kill -9 test can shoot it mid-push.
// Usage: node --import tsx childSync.ts WORKSPACE PLATFORM_URL USER TOKEN
import { openApp } from '../../../../main/app';
import { createSyncEngine } from '../../../../main/sync/engine/index';
import { createPlatformClient } from '../../../../main/sync/platform/index';

const [file, url, user, token] = process.argv.slice(2);
if (!file || !url || !user || !token) {
  process.stderr.write('usage: childSync.ts WORKSPACE PLATFORM_URL USER TOKEN\n');
  process.exit(2);
}
const app = openApp({ workspacePath: file });
const client = createPlatformClient({
  baseUrl: url,
  token,
  sleep: () => new Promise((r) => setImmediate(r)),
  onCall: (route) => process.stdout.write(`call ${route}\n`),
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
