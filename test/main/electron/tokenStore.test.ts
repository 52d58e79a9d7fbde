// The desktop token store over a fake safeStorage and a temp userData folder: encrypted file
// with mode 0600, never the plain token on disk, the Linux basic_text warning, and the
// session-only fallback when the OS offers no encryption. No Electron binary needed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SafeStorageLike } from '../../../main/electron/tokenStore';
import { BASIC_TEXT_WARNING, KEYCHAIN_LABEL, TOKEN_FILE, safeStorageTokenStore } from '../../../main/electron/tokenStore';

const TOKEN = 'tok-PLAINTEXT-5f3a9c';
const dirs: string[] = [];

function userData(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgdesk-userdata-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Reversible "encryption" that never leaves the plain text in the bytes. */
function fakeSafeStorage(opts: { available?: boolean; backend?: string } = {}): SafeStorageLike & { decrypts: number } {
  const fake = {
    decrypts: 0,
    isEncryptionAvailable: () => opts.available ?? true,
    encryptString: (s: string) => Buffer.from(Buffer.from(s, 'utf8').map((b) => b ^ 0x5a)),
    decryptString(b: Buffer) {
      fake.decrypts += 1;
      if (b[0] === 0) throw new Error('bad key');
      return Buffer.from(b.map((x) => x ^ 0x5a)).toString('utf8');
    },
    ...(opts.backend === undefined ? {} : { getSelectedStorageBackend: () => opts.backend ?? 'unknown' }),
  };
  return fake;
}

describe('safeStorage token store', () => {
  it('stores the token encrypted in token.bin with mode 0600 and reads it back in a new store', () => {
    const dir = userData();
    const safe = fakeSafeStorage();
    const store = safeStorageTokenStore({ safeStorage: safe, dir });
    expect(store.get()).toBeNull();
    store.set(TOKEN);
    const file = path.join(dir, TOKEN_FILE);
    const bytes = fs.readFileSync(file);
    expect(bytes.includes(Buffer.from(TOKEN))).toBe(false);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual([TOKEN_FILE]);
    expect(safeStorageTokenStore({ safeStorage: safe, dir }).get()).toBe(TOKEN);
  });

  it('decrypts once and then answers from memory', () => {
    const dir = userData();
    const safe = fakeSafeStorage();
    safeStorageTokenStore({ safeStorage: safe, dir }).set(TOKEN);
    const store = safeStorageTokenStore({ safeStorage: safe, dir });
    store.get();
    store.get();
    expect(safe.decrypts).toBe(1);
  });

  it('clear() removes the file', () => {
    const dir = userData();
    const store = safeStorageTokenStore({ safeStorage: fakeSafeStorage(), dir });
    store.set(TOKEN);
    store.clear();
    expect(store.get()).toBeNull();
    expect(fs.existsSync(path.join(dir, TOKEN_FILE))).toBe(false);
    store.clear();
  });

  it('a file it cannot decrypt (another keyring) reads as no token', () => {
    const dir = userData();
    fs.writeFileSync(path.join(dir, TOKEN_FILE), Buffer.from([0, 1, 2]));
    expect(safeStorageTokenStore({ safeStorage: fakeSafeStorage(), dir }).get()).toBeNull();
  });

  it('on Linux basic_text keeps the token for this session only, writes nothing and warns', () => {
    const dir = userData();
    const store = safeStorageTokenStore({ safeStorage: fakeSafeStorage({ backend: 'basic_text' }), dir });
    store.set(TOKEN);
    expect(store.get()).toBe(TOKEN);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(store.describe()).toEqual({ label: 'this session only', persistent: false, warning: BASIC_TEXT_WARNING });
    expect(safeStorageTokenStore({ safeStorage: fakeSafeStorage({ backend: 'basic_text' }), dir }).get()).toBeNull();
  });

  it('ignores a token file written under basic_text by an older build', () => {
    const dir = userData();
    safeStorageTokenStore({ safeStorage: fakeSafeStorage(), dir }).set(TOKEN);
    expect(safeStorageTokenStore({ safeStorage: fakeSafeStorage({ backend: 'basic_text' }), dir }).get()).toBeNull();
  });

  it('describes itself as the OS keychain, warning on Linux basic_text only', () => {
    const dir = userData();
    expect(safeStorageTokenStore({ safeStorage: fakeSafeStorage({ backend: 'gnome_libsecret' }), dir }).describe()).toEqual({
      label: KEYCHAIN_LABEL,
      persistent: true,
      warning: null,
    });
    expect(safeStorageTokenStore({ safeStorage: fakeSafeStorage(), dir }).describe().warning).toBeNull();
    expect(safeStorageTokenStore({ safeStorage: fakeSafeStorage({ backend: 'basic_text' }), dir }).describe()).toEqual({
      label: 'this session only',
      persistent: false,
      warning: BASIC_TEXT_WARNING,
    });
  });

  it('without OS encryption keeps the token for this session only and writes nothing', () => {
    const dir = userData();
    const store = safeStorageTokenStore({ safeStorage: fakeSafeStorage({ available: false }), dir });
    store.set(TOKEN);
    expect(store.get()).toBe(TOKEN);
    expect(fs.readdirSync(dir)).toEqual([]);
    const d = store.describe();
    expect(d.persistent).toBe(false);
    expect(d.warning).toMatch(/session only/);
  });

  it('creates the userData folder when it does not exist yet', () => {
    const dir = path.join(userData(), 'OrgDesk');
    safeStorageTokenStore({ safeStorage: fakeSafeStorage(), dir }).set(TOKEN);
    expect(fs.existsSync(path.join(dir, TOKEN_FILE))).toBe(true);
  });
});

describe('the basic_text warning reaches the app through the contract', () => {
  it('sync.status carries it (the Connect dialog shows status.tokenWarning)', async () => {
    const { openApp } = await import('../../../main/app');
    const dir = userData();
    const app = openApp({
      workspacePath: path.join(dir, 'workspace.sqlite'),
      tokenStore: safeStorageTokenStore({ safeStorage: fakeSafeStorage({ backend: 'basic_text' }), dir }),
      validateOutput: true,
    });
    try {
      const status = await app.router.dispatch('sync.status', {});
      expect(status).toMatchObject({ ok: true, value: { tokenWarning: BASIC_TEXT_WARNING, tokenStorage: 'this session only' } });
      const keyring = await import('../../../main/app').then((m) =>
        m.openApp({ workspacePath: path.join(dir, 'other.sqlite'), tokenStore: safeStorageTokenStore({ safeStorage: fakeSafeStorage({ backend: 'gnome_libsecret' }), dir }) }),
      );
      expect(await keyring.router.dispatch('sync.status', {})).toMatchObject({ ok: true, value: { tokenWarning: null, tokenStorage: KEYCHAIN_LABEL } });
      keyring.close();
    } finally {
      app.close();
    }
  });
});
