// Makes sure an Electron-ABI build of better-sqlite3 exists in .cache/electron-sqlite/, next to
// (never instead of) the Node build in node_modules that npm test and the CLI use. Does nothing
// when the cached build matches the installed electron and better-sqlite3 versions.
// Run by `npm start`; needs the network (or a warm node-gyp cache) only when it has to build.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, copyFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  STAMP_FILE,
  buildSteps,
  childEnv,
  electronSqliteBindingPath,
  electronSqliteDir,
  failureMessage,
  isStampCurrent,
  nodeGypCandidates,
} from './electronSqlite.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'package.json'));

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function resolveOrNull(request) {
  try {
    return require.resolve(request);
  } catch {
    return null;
  }
}

const electronPkg = readJson(path.join(root, 'node_modules', 'electron', 'package.json'));
const sqlitePkgDir = path.join(root, 'node_modules', 'better-sqlite3');
const sqlitePkg = readJson(path.join(sqlitePkgDir, 'package.json'));
if (!electronPkg || !sqlitePkg) {
  console.error('ensureElectronSqlite: node_modules/electron or node_modules/better-sqlite3 is missing; run npm install first.');
  process.exit(1);
}

const expected = {
  electronVersion: electronPkg.version,
  betterSqlite3Version: sqlitePkg.version,
  platform: process.platform,
  arch: process.arch,
};
const outDir = electronSqliteDir(root, expected.electronVersion, expected.platform, expected.arch);
const target = electronSqliteBindingPath(root, expected.electronVersion, expected.platform, expected.arch);
const stampFile = path.join(outDir, STAMP_FILE);

if (existsSync(target) && isStampCurrent(readJson(stampFile), expected)) {
  process.exit(0);
}

console.log(`ensureElectronSqlite: building better-sqlite3 ${expected.betterSqlite3Version} for Electron ${expected.electronVersion} (${expected.platform}-${expected.arch})`);

// A throw-away copy, so neither download nor compile can touch the Node build in node_modules.
const workDir = mkdtempSync(path.join(os.tmpdir(), 'orgdesk-electron-sqlite-'));
const packageDir = path.join(workDir, 'better-sqlite3');
cpSync(sqlitePkgDir, packageDir, {
  recursive: true,
  filter: (src) => path.relative(sqlitePkgDir, src).split(path.sep)[0] !== 'build',
});

const steps = buildSteps({
  packageDir,
  electronVersion: expected.electronVersion,
  platform: expected.platform,
  arch: expected.arch,
  nodePath: process.execPath,
  prebuildInstallBin: resolveOrNull('prebuild-install/bin.js'),
  nodeGypBin: nodeGypCandidates(root, process.execPath, process.env.npm_execpath).find((p) => existsSync(p)) ?? null,
});

const failures = [];
const built = path.join(packageDir, 'build', 'Release', 'better_sqlite3.node');
try {
  for (const step of steps) {
    console.log(`ensureElectronSqlite: ${step.name}`);
    const run = spawnSync(step.command, step.args, { cwd: step.cwd, env: childEnv(process.env), stdio: 'inherit', timeout: 15 * 60_000 });
    if (run.status === 0 && existsSync(built)) break;
    failures.push({ name: step.name, reason: run.error ? run.error.message : `exited with status ${run.status ?? run.signal}` });
  }
  if (!existsSync(built)) {
    console.error(failureMessage({ ...expected, target, failures }));
    process.exitCode = 1;
  } else {
    mkdirSync(outDir, { recursive: true });
    copyFileSync(built, target);
    writeFileSync(stampFile, `${JSON.stringify({ ...expected, builtAt: new Date().toISOString() }, null, 2)}\n`);
    console.log(`ensureElectronSqlite: wrote ${path.relative(root, target)}`);
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
