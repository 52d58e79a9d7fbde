// Validates electron-builder.yml offline with electron-builder's own loader and JSON-schema
// check (the same code `electron-builder --config` runs first), then pins the packaging rules.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DebugLogger } from 'builder-util';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let config: Configuration;

beforeAll(async () => {
  config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
});

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema validation", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is really checked: an unknown option is rejected', async () => {
    const broken: Configuration = Object.assign({}, config, { asarUnpak: ['x'] });
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/asarUnpak/);
  });

  it('packages only the built output and unpacks the native SQLite module', () => {
    expect(config.appId).toBe('com.orgdesk.app');
    expect(config.productName).toBe('OrgDesk');
    // getConfig normalises a plain list into one FileSet.
    expect(config.files).toEqual([{ filter: ['dist/**/*', '!dist/**/*.map', 'package.json'] }]);
    expect(config.extraMetadata).toEqual({ main: 'dist/main/electron.cjs' });
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/**/*']);
    expect(config.npmRebuild).toBe(true);
    expect(config.directories?.output).toBe('release');
  });

  it('builds AppImage+deb, dmg for arm64 and x64, and nsis', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['arm64', 'x64'] }]);
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
  });

  it('turns off the Electron fuses that would let anyone run the binary as plain Node', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
    });
  });
});
