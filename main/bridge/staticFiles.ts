// Serves the built renderer (index.html and its assets) from one folder over HTTP. Path
// confinement is main/rendererAssets/rendererPath.ts; this adds the symlink check. Must not serve anything
// that needs the token; the renderer bundle holds no secrets.
import { promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { sendText } from './securityHeaders';
import { contentTypeFor } from '../rendererAssets/contentTypes';
import { resolveRendererFile } from '../rendererAssets/rendererPath';

async function realInside(root: string, candidate: string): Promise<string | null> {
  try {
    const realRoot = await fs.realpath(root);
    const real = await fs.realpath(candidate);
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
  const candidate = resolveRendererFile(rendererDir, pathname);
  if (candidate === null) {
    sendText(res, 404, 'Not found');
    return;
  }
  const isIndex = path.relative(path.resolve(rendererDir), candidate) === 'index.html';
  const file = await realInside(rendererDir, candidate);
  if (file === null) {
    const missingIndex = isIndex;
    sendText(res, 404, missingIndex ? 'The renderer is not built; run `npm run build`.' : 'Not found');
    return;
  }
  const body = await fs.readFile(file);
  res.statusCode = 200;
  res.setHeader('Content-Type', contentTypeFor(file));
  res.setHeader('Content-Length', body.length);
  // index.html carries no hash, so it must be re-fetched; hashed assets may be revalidated.
  res.setHeader('Cache-Control', isIndex ? 'no-store' : 'no-cache');
  res.end(req.method === 'HEAD' ? undefined : body);
}
