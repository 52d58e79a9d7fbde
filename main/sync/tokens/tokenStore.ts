// The one place a host keeps the platform token. Each host picks its store (CLI: environment,
// serve/bridge: memory, desktop: safeStorage file); the sync service only asks for the token.
// A store must never log the token, write it to the workspace, or put it in an error message.

export interface TokenStoreDescription {
  /** Where the token lives, in words for the status bar ("OS keychain (safeStorage)"). */
  label: string;
  /** Survives a restart of the host. */
  persistent: boolean;
  /** Set when the store is weaker than the user would assume. */
  warning: string | null;
}

export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
  describe(): TokenStoreDescription;
}

/** Removes every occurrence of `token` from `text`: a last guard for messages shown or stored. */
export function redactToken(text: string, token: string | null): string {
  if (token === null || token.length === 0) return text;
  return text.split(token).join('[token]');
}
