// Serves the built renderer (index.html and its assets) from one folder. Owns path safety:
// nothing outside rendererDir, no dot-files, no directory listings. Must not serve anything
// that needs the token; the renderer bundle holds no secrets.
import { promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { sendText } from './securityHeaders';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export type StaticPath = { ok: true; relative: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps a URL pathname to a file path relative to the renderer folder, or refuses it. Checks
 * the decoded segments, so `..`, `%2e%2e`, encoded slashes and backslashes are all caught.
 */
export function resolveStaticPath(pathname: string): StaticPath {
  if (pathname === '/' || pathname === '/index.html') return { ok: true, relative: 'index.html' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 403 };
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '..' || s === '.' || s.startsWith('.'))) return { ok: false, status: 403 };
  if (segments.some((s) => s === '')) return { ok: false, status: 404 };
  // Root-level files (favicon from vite's public/) and anything under assets/.
  if (segments.length !== 1 && segments[0] !== 'assets') return { ok: false, status: 404 };
  return { ok: true, relative: segments.join('/') };
}

async function realInside(root: string, relative: string): Promise<string | null> {
  try {
    const realRoot = await fs.realpath(root);
    const real = await fs.realpath(path.join(realRoot, relative));
    // Symlinks inside the build must not lead out of it.
    if (!real.startsWith(realRoot + path.sep)) return null;
    const stat = await fs.stat(real);
    return stat.isFile() ? real : null;
  } catch {
    return null;
  }
}

export async function serveStatic(req: IncomingMessage, res: ServerResponse, rendererDir: string, pathname: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const resolved = resolveStaticPath(pathname);
  if (!resolved.ok) {
    sendText(res, resolved.status, resolved.status === 403 ? 'Forbidden' : resolved.status === 400 ? 'Bad request' : 'Not found');
    return;
  }
  const file = await realInside(rendererDir, resolved.relative);
  if (file === null) {
    const missingIndex = resolved.relative === 'index.html';
    sendText(res, 404, missingIndex ? 'The renderer is not built; run `npm run build`.' : 'Not found');
    return;
  }
  const body = await fs.readFile(file);
  res.statusCode = 200;
  res.setHeader('Content-Type', CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
  res.setHeader('Content-Length', body.length);
  // index.html carries no hash, so it must be re-fetched; hashed assets may be revalidated.
  res.setHeader('Cache-Control', resolved.relative === 'index.html' ? 'no-store' : 'no-cache');
  res.end(req.method === 'HEAD' ? undefined : body);
}
