import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildSteps,
  childEnv,
  electronSqliteBindingPath,
  electronSqliteDir,
  failureMessage,
  isStampCurrent,
  nodeGypCandidates,
} from '../../../main/tools/electronSqlite.mjs';
import { chooseNativeBinding, type NativeBindingContext } from '../../../main/electron/nativeBinding';

const root = path.resolve('/w/orgdesk');
const expectedPath = path.join(root, '.cache', 'electron-sqlite', '45.4.1-linux-x64', 'better_sqlite3.node');

describe('Electron sqlite binding location', () => {
  it('is keyed by electron version, platform and arch, outside node_modules', () => {
    expect(electronSqliteBindingPath(root, '45.4.1', 'linux', 'x64')).toBe(expectedPath);
    expect(electronSqliteDir(root, '45.4.1', 'darwin', 'arm64')).toBe(path.join(root, '.cache', 'electron-sqlite', '45.4.1-darwin-arm64'));
    expect(electronSqliteBindingPath(root, '46.0.0', 'linux', 'x64')).not.toBe(expectedPath);
  });
});

describe('isStampCurrent', () => {
  const expected = { electronVersion: '45.4.1', betterSqlite3Version: '12.6.2', platform: 'linux', arch: 'x64' };
  it('accepts a stamp for the same electron, better-sqlite3, platform and arch', () => {
    expect(isStampCurrent({ ...expected, builtAt: '2025-01-01' }, expected)).toBe(true);
  });
  it.each([
    ['missing', null],
    ['not an object', 'x'],
    ['older electron', { ...expected, electronVersion: '44.0.0' }],
    ['older better-sqlite3', { ...expected, betterSqlite3Version: '12.0.0' }],
    ['other arch', { ...expected, arch: 'arm64' }],
  ])('rebuilds when the stamp is %s', (_label, stamp) => {
    expect(isStampCurrent(stamp, expected)).toBe(false);
  });
});

describe('buildSteps', () => {
  const base = { packageDir: '/tmp/x/better-sqlite3', electronVersion: '45.4.1', platform: 'linux', arch: 'x64', nodePath: '/usr/bin/node' };

  it('tries the published prebuild first, then a compile against the Electron headers', () => {
    const steps = buildSteps({ ...base, prebuildInstallBin: '/nm/prebuild-install/bin.js', nodeGypBin: '/nm/node-gyp/bin/node-gyp.js' });
    expect(steps.map((s) => s.args[0])).toEqual(['/nm/prebuild-install/bin.js', '/nm/node-gyp/bin/node-gyp.js']);
    expect(steps[0]?.args).toEqual(expect.arrayContaining(['--runtime', 'electron', '--target', '45.4.1', '--arch', 'x64']));
    expect(steps[1]?.args).toEqual(
      expect.arrayContaining(['rebuild', '--runtime=electron', '--target=45.4.1', '--dist-url=https://electronjs.org/headers']),
    );
    expect(steps.every((s) => s.cwd === base.packageDir && s.command === '/usr/bin/node')).toBe(true);
  });

  it('skips tools that are not installed', () => {
    expect(buildSteps({ ...base, prebuildInstallBin: null, nodeGypBin: '/g.js' })).toHaveLength(1);
    expect(buildSteps({ ...base, prebuildInstallBin: null, nodeGypBin: null })).toEqual([]);
  });
});

describe('childEnv', () => {
  it('drops npm config that would steer the build to Node’s ABI, keeps the rest', () => {
    const env = childEnv({
      PATH: '/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_TARGET: '20.0.0',
      npm_config_runtime: 'node',
      npm_config_disturl: 'https://nodejs.org/dist',
      npm_config_cache: '/c',
      HTTPS_PROXY: 'http://proxy:3128',
    });
    expect(env).toEqual({ PATH: '/bin', npm_config_cache: '/c', HTTPS_PROXY: 'http://proxy:3128' });
  });
});

describe('nodeGypCandidates', () => {
  it('prefers the project copy, then npm’s bundled node-gyp', () => {
    const list = nodeGypCandidates(root, '/usr/local/bin/node', '/usr/local/lib/node_modules/npm/bin/npm-cli.js');
    expect(list[0]).toBe(path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
    expect(list).toContain(path.join('/usr/local/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js'));
  });
});

describe('failureMessage', () => {
  it('says what was tried, what is needed and that the Node build is untouched', () => {
    const text = failureMessage({
      electronVersion: '45.4.1',
      platform: 'linux',
      arch: 'x64',
      target: expectedPath,
      failures: [{ name: 'prebuild-install', reason: 'exited with status 1' }],
    });
    expect(text).toContain('Electron 45.4.1 (linux-x64)');
    expect(text).toContain('prebuild-install: exited with status 1');
    expect(text).toMatch(/internet access/);
    expect(text).toContain(expectedPath);
    expect(text).toContain('node_modules/better-sqlite3');
  });
});

describe('chooseNativeBinding', () => {
  const ctx: NativeBindingContext = {
    isPackaged: false,
    appPath: root,
    electronVersion: '45.4.1',
    platform: 'linux',
    arch: 'x64',
    exists: (p) => p === expectedPath,
  };

  it('uses the cached Electron build when running unpackaged', () => {
    expect(chooseNativeBinding(ctx)).toEqual({ kind: 'path', path: expectedPath });
  });

  it('explains how to build it when it is missing', () => {
    const choice = chooseNativeBinding({ ...ctx, exists: () => false });
    expect(choice.kind).toBe('missing');
    expect(choice.kind === 'missing' && choice.message).toContain('ensureElectronSqlite.mjs');
  });

  it('leaves packaged apps on the copy electron-builder rebuilt', () => {
    expect(chooseNativeBinding({ ...ctx, isPackaged: true })).toEqual({ kind: 'default' });
  });
});
