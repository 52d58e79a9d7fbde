// The desktop token store: the platform token encrypted with Electron's safeStorage (the OS
// keychain) in userData/token.bin, mode 0600. Never writes the token in plain text; when the OS
// offers no encryption, or only Linux's basic_text (a fixed key: obfuscation, not encryption),
// the token is kept for this session only rather than written weakly, and the sync status says so.
import fs from 'node:fs';
import path from 'node:path';
import type { TokenStore, TokenStoreDescription } from '../sync/tokens/index';

/** The parts of Electron's safeStorage this store uses (injected, so tests need no Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?: () => string;
}

export const TOKEN_FILE = 'token.bin';
export const KEYCHAIN_LABEL = 'OS keychain (safeStorage)';
export const BASIC_TEXT_WARNING =
  'Your desktop has no keyring (Linux basic_text): the token is kept for this session only, since on disk it would only be obfuscated';
export const NO_ENCRYPTION_WARNING = 'This system offers no encryption for secrets: the token is kept for this session only';

export function safeStorageTokenStore(opts: { safeStorage: SafeStorageLike; dir: string }): TokenStore {
  const { safeStorage } = opts;
  const file = path.join(opts.dir, TOKEN_FILE);
  // Read once: on macOS every decrypt may ask the keychain, and the token changes only here.
  let cached: { token: string | null } | null = null;
  const weakBackend = (): boolean => safeStorage.getSelectedStorageBackend?.() === 'basic_text';
  const canPersist = (): boolean => safeStorage.isEncryptionAvailable() && !weakBackend();

  const readFile = (): string | null => {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      return null;
    }
    if (!canPersist()) return null;
    try {
      const token = safeStorage.decryptString(bytes);
      return token.length > 0 ? token : null;
    } catch {
      // Encrypted under another OS account or keyring: unusable, so ask for a new token.
      return null;
    }
  };

  const writeFile = (token: string): void => {
    fs.mkdirSync(opts.dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, safeStorage.encryptString(token), { mode: 0o600 });
    fs.chmodSync(tmp, 0o600);
    fs.renameSync(tmp, file);
  };

  const removeFile = (): void => {
    fs.rmSync(file, { force: true });
  };

  return {
    get() {
      if (cached === null) cached = { token: readFile() };
      return cached.token;
    },
    set(token) {
      if (canPersist()) writeFile(token);
      else removeFile();
      cached = { token };
    },
    clear() {
      removeFile();
      cached = { token: null };
    },
    describe(): TokenStoreDescription {
      if (!safeStorage.isEncryptionAvailable()) return { label: 'this session only', persistent: false, warning: NO_ENCRYPTION_WARNING };
      if (weakBackend()) return { label: 'this session only', persistent: false, warning: BASIC_TEXT_WARNING };
      return { label: KEYCHAIN_LABEL, persistent: true, warning: null };
    },
  };
}
