import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confineRealPath, contentTypeFor, createProtocolHandler, resolveRendererPath } from '../../../main/electron/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../main/electron/security';

const rendererDir = path.resolve('/srv/orgdesk/dist/renderer');

describe('resolveRendererPath', () => {
  it.each([
    ['app://orgdesk/', 'index.html'],
    ['app://orgdesk/index.html', 'index.html'],
    ['app://orgdesk/index.html?x=1#/members', 'index.html'],
    ['app://orgdesk/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://orgdesk/assets/a%20b.css', 'assets/a b.css'],
  ])('maps %s inside the renderer folder', (url, relative) => {
    expect(resolveRendererPath(rendererDir, url)).toBe(path.join(rendererDir, relative));
  });

  it.each([
    'app://orgdesk/../secrets.txt',
    'app://orgdesk/assets/../../secrets.txt',
    'app://orgdesk/%2e%2e/secrets.txt',
    'app://orgdesk/%2E%2E/%2E%2E/etc/passwd',
    'app://orgdesk/assets/%2e%2e%2f%2e%2e%2fsecrets.txt',
    'app://orgdesk/..%5c..%5csecrets.txt',
    'app://orgdesk/assets\\..\\..\\secrets.txt',
    'app://orgdesk//etc/passwd',
    'app://orgdesk/%2fetc%2fpasswd',
    'app://orgdesk/C:/Windows/win.ini',
    'app://orgdesk/c%3a%5cWindows%5cwin.ini',
    'app://orgdesk/./index.html',
    'app://orgdesk/index.html%00.png',
    'app://orgdesk/%E0%A4%A',
    'app://evil/index.html',
    'app://orgdesk.evil/index.html',
    'file:///etc/passwd',
    'https://orgdesk/index.html',
  ])('refuses %s', (url) => {
    expect(resolveRendererPath(rendererDir, url)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('labels what the renderer bundle contains and falls back to a download type', () => {
    expect(contentTypeFor('x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('x/a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('x/a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('x/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('createProtocolHandler', () => {
  let dir = '';
  let handler: (request: Request) => Promise<Response>;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'orgdesk-protocol-'));
    mkdirSync(path.join(dir, 'renderer', 'assets'), { recursive: true });
    writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>OrgDesk</title>');
    writeFileSync(path.join(dir, 'renderer', 'assets', 'main.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'secret.txt'), 'token');
    handler = createProtocolHandler(path.join(dir, 'renderer'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves index.html with the CSP, nosniff and no-store', async () => {
    const res = await handler(new Request('app://orgdesk/'));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>OrgDesk</title>');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('serves assets with their type', async () => {
    const res = await handler(new Request('app://orgdesk/assets/main.js'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('answers 404 for missing files, folders and anything outside the renderer folder', async () => {
    for (const url of ['app://orgdesk/nope.js', 'app://orgdesk/assets', 'app://orgdesk/%2e%2e/secret.txt']) {
      const res = await handler(new Request(url));
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain('token');
    }
  });

  it('refuses methods other than GET and HEAD, and sends no body for HEAD', async () => {
    expect((await handler(new Request('app://orgdesk/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handler(new Request('app://orgdesk/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('symlinks inside the renderer folder', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'orgdesk-protocol-links-'));
    mkdirSync(path.join(dir, 'renderer', 'assets'), { recursive: true });
    writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html>');
    writeFileSync(path.join(dir, 'renderer', 'assets', 'real.js'), 'ok');
    writeFileSync(path.join(dir, 'secret.txt'), 'token');
    symlinkSync(path.join(dir, 'secret.txt'), path.join(dir, 'renderer', 'assets', 'leak.js'));
    symlinkSync(dir, path.join(dir, 'renderer', 'up'));
    symlinkSync(path.join(dir, 'renderer', 'assets', 'real.js'), path.join(dir, 'renderer', 'assets', 'alias.js'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('never serves a file that a link points to outside the folder', async () => {
    const handler = createProtocolHandler(path.join(dir, 'renderer'));
    for (const url of ['app://orgdesk/assets/leak.js', 'app://orgdesk/up/secret.txt']) {
      const res = await handler(new Request(url));
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain('token');
    }
    expect(await confineRealPath(path.join(dir, 'renderer'), path.join(dir, 'renderer', 'assets', 'leak.js'))).toBeNull();
  });

  it('still serves links that stay inside it', async () => {
    const res = await createProtocolHandler(path.join(dir, 'renderer'))(new Request('app://orgdesk/assets/alias.js'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
  });
});
