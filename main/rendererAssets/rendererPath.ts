// URL path -> file inside the renderer build, for both the HTTP bridge and app://. Owns path
// confinement: the raw path is judged before any normalisation, so "..", "." and dot-files
// (also percent-encoded), backslashes, NUL, absolute paths and drive letters are refused.
import path from 'node:path';

/**
 * `urlPath` is the part after the origin, e.g. "/assets/index-abc.js" (query and fragment
 * are ignored). "/" means index.html. Returns an absolute path inside rendererDir, or null.
 */
export function resolveRendererFile(rendererDir: string, urlPath: string): string | null {
  const rawPath = urlPath.replace(/[?#].*$/s, '');
  if (!rawPath.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath.slice(1));
  } catch {
    return null;
  }
  if (decoded.includes('\\') || decoded.includes('\0')) return null;
  if (decoded.startsWith('/') || /^[a-zA-Z]:/.test(decoded)) return null;
  const segments = decoded === '' ? ['index.html'] : decoded.split('/');
  if (segments.some((s) => s === '' || s.startsWith('.'))) return null;
  const root = path.resolve(rendererDir);
  const resolved = path.resolve(root, ...segments);
  const relative = path.relative(root, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}
