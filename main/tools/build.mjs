// Builds every runnable piece into dist/: the Electron main process, the sandboxed preload,
// the orgdesk CLI (which also hosts the HTTP bridge and the emulator) and the renderer.
// Native and Electron modules stay external: better-sqlite3 is loaded from node_modules at run time.
import { build, context } from 'esbuild';
import { build as viteBuild } from 'vite';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
  absWorkingDir: root,
};

const targets = [
  { ...common, entryPoints: ['main/electron/main.ts'], outfile: 'dist/main/electron.cjs' },
  // Sandboxed preloads may require only 'electron'; everything else must be bundled in.
  { ...common, entryPoints: ['preload/index.ts'], outfile: 'dist/preload/index.cjs', external: ['electron'] },
  { ...common, entryPoints: ['main/cli/main.ts'], outfile: 'dist/cli.cjs' },
];

async function buildRenderer() {
  await viteBuild({ configFile: path.join(root, 'renderer/vite.config.ts'), logLevel: 'warn', build: { watch: watch ? {} : null } });
}

if (watch) {
  for (const t of targets) await (await context(t)).watch();
  await buildRenderer();
  console.log('watching main, preload, cli and renderer for changes');
} else {
  await Promise.all([...targets.map((t) => build(t)), buildRenderer()]);
  console.log('built dist/ (main, preload, cli, renderer)');
}
