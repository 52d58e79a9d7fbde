// Where the Electron-ABI copy of better-sqlite3's native module lives, and how it is built.
// Pure functions only (no I/O): shared by ensureElectronSqlite.mjs and the Electron main,
// which must agree on the path. node_modules/better-sqlite3 itself stays the Node build.
import path from 'node:path';

export const BINDING_FILE = 'better_sqlite3.node';
export const STAMP_FILE = 'stamp.json';

/** <root>/.cache/electron-sqlite/<electronVersion>-<platform>-<arch> */
export function electronSqliteDir(root, electronVersion, platform, arch) {
  return path.join(root, '.cache', 'electron-sqlite', `${electronVersion}-${platform}-${arch}`);
}

export function electronSqliteBindingPath(root, electronVersion, platform, arch) {
  return path.join(electronSqliteDir(root, electronVersion, platform, arch), BINDING_FILE);
}

/** A cached binding is reusable only if it was built for this Electron and this better-sqlite3. */
export function isStampCurrent(stamp, expected) {
  return (
    stamp !== null &&
    typeof stamp === 'object' &&
    stamp.electronVersion === expected.electronVersion &&
    stamp.betterSqlite3Version === expected.betterSqlite3Version &&
    stamp.platform === expected.platform &&
    stamp.arch === expected.arch
  );
}

/**
 * The two ways to get an Electron build, tried in order inside a throw-away copy of the
 * package: the published prebuilt binary, then a local compile against Electron's headers.
 */
export function buildSteps({ packageDir, electronVersion, platform, arch, nodePath, prebuildInstallBin, nodeGypBin }) {
  const steps = [];
  if (prebuildInstallBin) {
    steps.push({
      name: 'prebuild-install (download the published Electron prebuild)',
      command: nodePath,
      args: [prebuildInstallBin, '--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--platform', platform, '--verbose'],
      cwd: packageDir,
    });
  }
  if (nodeGypBin) {
    steps.push({
      name: 'node-gyp rebuild (compile against the Electron headers)',
      command: nodePath,
      args: [nodeGypBin, 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers'],
      cwd: packageDir,
    });
  }
  return steps;
}

/**
 * The environment for the build steps. npm exports its config as npm_config_* variables, and
 * keys such as nodedir (set in ~/.npmrc on some machines), target or runtime would silently
 * point prebuild-install/node-gyp at Node's ABI instead of Electron's.
 */
const ABI_STEERING_KEYS = new Set(['nodedir', 'target', 'runtime', 'disturl', 'dist_url', 'arch', 'target_arch', 'platform', 'build_from_source', 'libc']);
export function childEnv(env) {
  const out = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^npm_config_(.+)$/i.exec(key);
    if (match && ABI_STEERING_KEYS.has(match[1].toLowerCase().replace(/-/g, '_'))) continue;
    out[key] = value;
  }
  return out;
}

/** Where node-gyp may be found: the project's own copy, then the one bundled with npm. */
export function nodeGypCandidates(root, execPath, npmExecPath) {
  const candidates = [path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')];
  if (npmExecPath) candidates.push(path.join(path.dirname(npmExecPath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  const nodeDir = path.dirname(execPath);
  candidates.push(path.join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  candidates.push(path.join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  return candidates;
}

/** The message printed when every step failed: what was tried and what each needs. */
export function failureMessage({ electronVersion, platform, arch, target, failures }) {
  const tried = failures.map((f) => `  - ${f.name}: ${f.reason}`).join('\n');
  return [
    `Could not build better-sqlite3 for Electron ${electronVersion} (${platform}-${arch}).`,
    'Tried:',
    tried || '  - nothing: neither prebuild-install nor node-gyp was found',
    'One of these is needed:',
    `  - internet access to https://github.com/WiseLibs/better-sqlite3/releases (prebuilt binary), or`,
    '  - internet access to https://electronjs.org/headers (or headers already in the node-gyp cache)',
    '    plus a C++ toolchain: python3, make and a C++20 compiler (Xcode CLT on macOS, VS Build Tools on Windows).',
    `The result goes to ${target}; node_modules/better-sqlite3 (used by npm test and the CLI) is left untouched.`,
    'Then re-run: node main/tools/ensureElectronSqlite.mjs',
  ].join('\n');
}
