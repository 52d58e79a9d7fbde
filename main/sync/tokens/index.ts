// Token stores for every host that is not Electron (the desktop one lives in main/electron).
export type { TokenStore, TokenStoreDescription } from './tokenStore';
export { redactToken } from './tokenStore';
export { envTokenStore, TOKEN_ENV_VAR } from './envTokenStore';
export { memoryTokenStore } from './memoryTokenStore';
