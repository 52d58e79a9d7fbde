// Static checks of the Electron wiring that unit tests of the pieces cannot see: the entry point
// really installs the deny-all permission handlers, the sandbox, the per-WebContents hardening,
// the single-instance lock and the sender-checked IPC; windows are built only from
// windowOptions and load only app://orgdesk; no source anywhere weakens webPreferences.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (rel: string): string => readFileSync(path.join(root, rel), 'utf8');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sources(rel));
    else if (/\.(ts|tsx|mts|mjs)$/.test(entry.name)) out.push(rel);
  }
  return out;
}

/** Source text without comments, so a comment mentioning an API never satisfies a check. */
function code(rel: string): string {
  return read(rel)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

const entry = code('main/electron/main.ts');

describe('main/electron/main.ts wiring', () => {
  it.each([
    ['the deny-all permission request handler', /setPermissionRequestHandler\(denyAllPermissionRequests\)/],
    ['the deny-all permission check handler', /setPermissionCheckHandler\(denyAllPermissionChecks\)/],
    ['the sandbox for every renderer', /app\.enableSandbox\(\)/],
    ['hardening of every WebContents', /on\('web-contents-created',[\s\S]{0,120}hardenWebContents\(/],
    ['the single-instance lock', /claimSingleInstance\(app,/],
    ['sender-checked IPC over the session router', /registerIpcHandlers\(\{ ipcMain, router: workspace\.router, getMainWindow \}\)/],
    ['the confined app:// protocol', /protocol\.handle\(APP_SCHEME, createProtocolHandler\(rendererDir\)\)/],
    ['the privileged scheme registration', /registerSchemesAsPrivileged\(\[APP_SCHEME_PRIVILEGES\]\)/],
    ['the application menu', /Menu\.setApplicationMenu\(/],
    ['closing the workspace on quit', /app\.on\('will-quit', shutdown\)/],
  ])('installs %s', (_label, pattern) => {
    expect(entry).toMatch(pattern);
  });

  it('builds windows only from windowOptions and loads only the app entry URL', () => {
    const files = sources('main/electron').map((f) => [f, code(f)] as const);
    const windows = files.flatMap(([f, text]) => [...text.matchAll(/new BrowserWindow\(([^)]*)/g)].map((m) => `${f}: ${m[1]}`));
    expect(windows).toEqual(['main/electron/main.ts: windowOptions(preloadPath, placement.bounds']);
    const loads = files.flatMap(([f, text]) => [...text.matchAll(/\.(loadURL|loadFile)\(([^)]*)\)/g)].map((m) => `${f}: ${m[1]}(${m[2]})`));
    expect(loads).toEqual(['main/electron/main.ts: loadURL(APP_ENTRY_URL)']);
  });
});

describe('no source weakens the renderer', () => {
  const files = ['main', 'preload', 'renderer', 'shared'].flatMap(sources);
  it.each([
    /nodeIntegration\w*\s*:\s*true/,
    /contextIsolation\s*:\s*false/,
    /sandbox\s*:\s*false/,
    /webSecurity\s*:\s*false/,
    /allowRunningInsecureContent\s*:\s*true/,
    /webviewTag\s*:\s*true/,
    /enableRemoteModule/,
    /@electron\/remote/,
    /\{\s*action\s*:\s*['"]allow['"]/,
  ])('nothing matches %s', (pattern) => {
    expect(files.filter((f) => pattern.test(code(f)))).toEqual([]);
  });

  it('checks the files it means to', () => {
    expect(files).toEqual(expect.arrayContaining(['main/electron/window.ts', 'preload/index.ts', 'renderer/main.tsx']));
  });
});
