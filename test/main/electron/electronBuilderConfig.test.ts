// Validates electron-builder.yml offline with electron-builder's own loader and JSON-schema
// check (the same code `electron-builder --config` runs first), then pins the packaging rules.
import { readFileSync, readdirSync } from 'node:fs';
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

/** Width and height from a PNG's IHDR chunk, or null when the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } | null {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('icons and package metadata', () => {
  it('wires an icon for every platform', () => {
    expect(config.mac?.icon).toBe('build/icon.png');
    expect(config.win?.icon).toBe('build/icon.png');
    expect(config.linux?.icon).toBe('build/icons');
    expect(config.directories?.buildResources).toBe('build');
  });

  it('has the 1024x1024 master icon that .icns and .ico are made from', () => {
    expect(pngSize(path.join(root, 'build', 'icon.png'))).toEqual({ width: 1024, height: 1024 });
  });

  it('has the Linux icon set, each PNG the size its name says', () => {
    const dir = path.join(root, 'build', 'icons');
    const names = readdirSync(dir).filter((n) => n.endsWith('.png')).sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
    expect(names).toEqual(['16x16.png', '24x24.png', '32x32.png', '48x48.png', '64x64.png', '128x128.png', '256x256.png', '512x512.png']);
    for (const name of names) {
      const n = parseInt(name, 10);
      expect(pngSize(path.join(dir, name)), name).toEqual({ width: n, height: n });
    }
  });

  it('names a reachable maintainer for the deb package', () => {
    expect(config.linux?.maintainer).toMatch(/^[^<>]+ <[^@\s]+@[^@\s]+\.[a-z]+>$/);
    expect(config.linux?.maintainer).not.toMatch(/\.invalid>|example\.(com|org)>/);
  });
});
