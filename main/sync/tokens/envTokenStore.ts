// The CLI's token store: $ORGDESK_TOKEN, read on demand and never written anywhere, so a token
// given to the CLI lives only in the caller's environment. set() refuses instead of persisting.
import { AppError } from '../../../shared/rpc/index';
import type { TokenStore } from './tokenStore';

export const TOKEN_ENV_VAR = 'ORGDESK_TOKEN';

export function envTokenStore(env: Record<string, string | undefined>): TokenStore {
  // clear() cannot unset the caller's shell variable; it makes this process stop using it.
  let cleared = false;
  return {
    get() {
      if (cleared) return null;
      const value = env[TOKEN_ENV_VAR]?.trim();
      return value ? value : null;
    },
    set() {
      throw new AppError(
        'InvalidInput',
        `The command line does not store tokens: set $${TOKEN_ENV_VAR} in the environment instead of passing a token`,
        { field: 'token' },
      );
    },
    clear() {
      cleared = true;
    },
    describe() {
      return { label: `$${TOKEN_ENV_VAR}`, persistent: false, warning: null };
    },
  };
}
