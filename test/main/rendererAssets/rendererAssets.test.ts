import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../../../main/rendererAssets/csp';
import { resolveRendererFile } from '../../../main/rendererAssets/rendererPath';
import { contentTypeFor } from '../../../main/rendererAssets/contentTypes';

const directives = (csp: string) =>
  new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d] as const));

describe('RENDERER_CSP', () => {
  it('is repeated by the meta tag in renderer/index.html (minus frame-ancestors, which meta tags ignore)', () => {
    const html = readFileSync(path.resolve(__dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const header = directives(RENDERER_CSP);
    header.delete('frame-ancestors');
    expect(directives(meta ?? '')).toEqual(header);
  });

  it('allows nothing inline, nothing evaluated and nothing remote', () => {
    expect(RENDERER_CSP).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(directives(RENDERER_CSP).get('default-src')).toBe("default-src 'none'");
  });
});

describe('resolveRendererFile', () => {
  const root = path.resolve('/srv/renderer');
  it.each([
    ['/', 'index.html'],
    ['/index.html?x=1#y', 'index.html'],
    ['/assets/app-1.js', 'assets/app-1.js'],
    ['/assets/a%20b.css', 'assets/a b.css'],
  ])('maps %s inside the folder', (url, relative) => {
    expect(resolveRendererFile(root, url)).toBe(path.join(root, relative));
  });

  it.each([
    '/../etc/passwd',
    '/assets/../../x',
    '/%2e%2e/x',
    '/assets/%2e%2e/%2e%2e/x',
    '/assets%2f..%2f..%2fx',
    '/.env',
    '/assets/.hidden',
    '/a\\..\\b',
    '/%5c..%5cx',
    '//etc/passwd',
    '/C:/Windows',
    '/assets//x',
    '/x%00.js',
    '/%E0%A4%A',
    'relative/path',
  ])('refuses %s', (url) => {
    expect(resolveRendererFile(root, url)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('knows the build outputs and falls back to octet-stream', () => {
    expect(contentTypeFor('a/index.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a/x.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a/x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a/x.exe')).toBe('application/octet-stream');
  });
});
