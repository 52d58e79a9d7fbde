// Shared test fixtures for the platform client: a client with recorded (instant) sleeps and a
// fixed random, and a recognisable token so secrecy assertions can look for it.
import { createPlatformClient, type PlatformClient, type PlatformClientOptions } from '../../../../main/sync/platform/index';

export const TOKEN = 'tok-SECRET-9f8e7d6c5b4a';

export interface TestClient {
  client: PlatformClient;
  delays: number[];
  routes: string[];
}

export function clientFor(baseUrl: string, overrides: Partial<PlatformClientOptions> = {}): TestClient {
  const delays: number[] = [];
  const routes: string[] = [];
  const client = createPlatformClient({
    baseUrl,
    token: TOKEN,
    timeoutMs: 5_000,
    random: () => 0.5,
    sleep: async (ms) => {
      delays.push(ms);
    },
    onCall: (route) => routes.push(route),
    ...overrides,
  });
  return { client, delays, routes };
}

/** Resolves with the rejection so tests can inspect it; fails if the promise resolves. */
export async function rejectionOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

/** A port nothing listens on (bound, then released). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
