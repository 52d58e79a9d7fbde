// Where the Electron binary would be, found without triggering electron's lazy download, and
// the reason the desktop smoke test gives when it is absent.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const ELECTRON_SKIP_REASON =
  'Electron binary not installed (node_modules/electron/dist missing; it is downloaded lazily and this machine has no internet) — run npx electron --version on a machine with internet first';

/** The binary require('electron') would run, without triggering its lazy download. */
export function electronBinary(): string | null {
  const pathFile = path.join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(root, 'node_modules', 'electron', 'dist');
  const binary = path.join(distDir, relative);
  return existsSync(binary) ? binary : null;
}

