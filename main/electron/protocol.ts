// Serves the built renderer (dist/renderer) on app://orgdesk/. Owns URL -> file resolution, which
// must never leave the renderer folder, and the response headers (CSP, nosniff). It must not
// serve anything but files under rendererDir, and only for GET/HEAD.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_ORIGIN, APP_SCHEME } from './appOrigin';
import { CONTENT_SECURITY_POLICY } from './security';

/** Registered before app 'ready': a standard, secure scheme so the renderer gets a real origin. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
} as const;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app://orgdesk/ URL to a file inside rendererDir, or null. The raw path is judged
 * before any normalisation, so "..", "." (also percent-encoded), backslashes, NUL, absolute
 * paths and drive letters are refused rather than silently folded back into the folder.
 */
export function resolveRendererPath(rendererDir: string, url: string): string | null {
  const prefix = `${APP_ORIGIN}/`;
  if (!url.startsWith(prefix)) return null;
  const rawPath = url.slice(prefix.length).replace(/[?#].*$/s, '');
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\\') || decoded.includes('\0')) return null;
  if (decoded.startsWith('/') || /^[a-zA-Z]:/.test(decoded)) return null;
  const segments = decoded === '' ? ['index.html'] : decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.' || s === '')) return null;
  const root = path.resolve(rendererDir);
  const resolved = path.resolve(root, ...segments);
  const relative = path.relative(root, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}

export type ReadFileFn = (filePath: string) => Promise<Uint8Array>;

/** The protocol.handle('app', …) handler; a plain Request -> Response function, testable in Node. */
export function createProtocolHandler(rendererDir: string, read: ReadFileFn = readFile): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed');
    const filePath = resolveRendererPath(rendererDir, request.url);
    if (filePath === null) return plain(404, 'Not Found');
    let body: Uint8Array;
    try {
      body = await read(filePath);
    } catch {
      return plain(404, 'Not Found');
    }
    const headers = securityHeaders(contentTypeFor(filePath));
    if (filePath.endsWith('.html')) headers.set('Cache-Control', 'no-store');
    // Copied into an ArrayBuffer-backed view, which is what the Response body type accepts.
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

function securityHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}
