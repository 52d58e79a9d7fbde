// The bridge's per-run token: taken once from the URL fragment (#token=…), kept in
// sessionStorage for reloads, and wiped from the address bar so it is not copied or logged.
// Must never put the token anywhere else (no localStorage, no query string).
const STORAGE_KEY = 'orgdesk.bridgeToken';

export interface TokenEnv {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const token = params.get('token');
  return token && token.length > 0 ? token : null;
}

export function takeSessionToken(env: TokenEnv): string | null {
  const fromHash = tokenFromHash(env.location.hash);
  if (fromHash) {
    env.storage.setItem(STORAGE_KEY, fromHash);
    env.history.replaceState(env.history.state, '', env.location.pathname + env.location.search);
    return fromHash;
  }
  return env.storage.getItem(STORAGE_KEY);
}
