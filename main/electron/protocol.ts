// Serves the built renderer (dist/renderer) on app://orgdesk/. Owns URL -> file resolution, which
// must never leave the renderer folder, and the response headers (CSP, nosniff). It must not
// serve anything but files under rendererDir, and only for GET/HEAD.
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { APP_ORIGIN, APP_SCHEME } from './appOrigin';
import { CONTENT_SECURITY_POLICY } from './security';
import { contentTypeFor } from '../rendererAssets/contentTypes';
import { resolveRendererFile } from '../rendererAssets/rendererPath';

export { contentTypeFor };

/** Registered before app 'ready': a standard, secure scheme so the renderer gets a real origin. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
} as const;

/**
 * Maps an app://orgdesk/ URL to a file inside rendererDir, or null; the confinement rules are
 * shared with the HTTP bridge (main/rendererAssets/rendererPath.ts).
 */
export function resolveRendererPath(rendererDir: string, url: string): string | null {
  if (!url.startsWith(`${APP_ORIGIN}/`)) return null;
  return resolveRendererFile(rendererDir, url.slice(APP_ORIGIN.length));
}

export type ReadFileFn = (filePath: string) => Promise<Uint8Array>;

/**
 * The file a request may read after following symlinks, or null: a link inside the renderer
 * folder that points outside it (planted, or left by a build tool) must not widen what is served.
 */
export async function confineRealPath(rendererDir: string, filePath: string): Promise<string | null> {
  try {
    const [root, real] = await Promise.all([realpath(rendererDir), realpath(filePath)]);
    const relative = path.relative(root, real);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? real : null;
  } catch {
    return null;
  }
}

/** The protocol.handle('app', …) handler; a plain Request -> Response function, testable in Node. */
export function createProtocolHandler(rendererDir: string, read: ReadFileFn = readFile): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed');
    const requested = resolveRendererPath(rendererDir, request.url);
    const filePath = requested === null ? null : await confineRealPath(rendererDir, requested);
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
