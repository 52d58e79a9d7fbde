// Token store for `orgdesk serve` and tests: the token lives in this process only and is gone
// when it exits. Nothing is written to disk.
import type { TokenStore } from './tokenStore';

export function memoryTokenStore(initial: string | null = null): TokenStore {
  let token = initial;
  return {
    get: () => token,
    set(value) {
      token = value;
    },
    clear() {
      token = null;
    },
    describe: () => ({ label: 'this session only', persistent: false, warning: null }),
  };
}
