import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createWindowOpenHandler,
  denyAllPermissionChecks,
  denyAllPermissionRequests,
  hardenWebContents,
  isAllowedExternalUrl,
  isAllowedNavigation,
  type HardenableContents,
} from '../../../main/electron/security';

function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('CONTENT_SECURITY_POLICY', () => {
  const d = directives(CONTENT_SECURITY_POLICY);

  it('denies by default and allows scripts only from our own origin', () => {
    expect(d.get('default-src')).toBe("'none'");
    expect(d.get('script-src')).toBe("'self'");
    expect(d.get('object-src')).toBe("'none'");
    expect(d.get('base-uri')).toBe("'none'");
    expect(d.get('frame-ancestors')).toBe("'none'");
  });

  it('never allows inline or eval-ed code, nor remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});

describe('isAllowedNavigation', () => {
  it.each(['app://orgdesk/index.html', 'app://orgdesk/', 'app://orgdesk/index.html#/members'])('allows %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(true);
  });

  it.each([
    'https://documentation.dnanexus.com/',
    'http://127.0.0.1:3000/',
    'file:///etc/passwd',
    'app://orgdesk.evil.com/index.html',
    'app://evil/index.html',
    'app://user@orgdesk/index.html',
    'app://orgdesk:8080/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it('allows https documentation links', () => {
    expect(isAllowedExternalUrl('https://documentation.dnanexus.com/user/projects')).toBe(true);
  });

  it.each([
    'http://documentation.dnanexus.com/',
    'https://documentation.dnanexus.com.evil.com/',
    'https://evil.com/?documentation.dnanexus.com',
    'https://user:pw@documentation.dnanexus.com/',
    'https://documentation.dnanexus.com:8443/',
    'file:///C:/Windows/System32/calc.exe',
    'smb://documentation.dnanexus.com/share',
    'app://orgdesk/index.html',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('window-open handler', () => {
  it('denies every new window and opens only allow-listed links externally', async () => {
    const openExternal = vi.fn(async (_url: string) => {});
    const handler = createWindowOpenHandler(openExternal);
    expect(handler({ url: 'https://documentation.dnanexus.com/x' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'https://evil.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://orgdesk/index.html' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://documentation.dnanexus.com/x']]);
  });
});

describe('permission handlers', () => {
  it('deny every request and every check', () => {
    const callback = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      denyAllPermissionRequests({}, permission, callback);
    }
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
    expect(callback).toHaveBeenCalledTimes(5);
    expect(denyAllPermissionChecks()).toBe(false);
  });
});

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let windowOpen: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents: HardenableContents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler) {
      windowOpen = handler;
    },
  };
  const fire = (name: string, url = ''): boolean => {
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    let prevented = false;
    listener({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  return { contents, fire, windowOpen: () => windowOpen };
}

describe('hardenWebContents', () => {
  it('blocks navigation away from app://orgdesk and webview attachment', () => {
    const openExternal = vi.fn(async (_url: string) => {});
    const fake = fakeContents();
    hardenWebContents(fake.contents, openExternal);

    expect(fake.fire('will-navigate', 'app://orgdesk/index.html')).toBe(false);
    expect(fake.fire('will-navigate', 'https://evil.com/')).toBe(true);
    expect(fake.fire('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(fake.fire('will-navigate', 'https://documentation.dnanexus.com/a')).toBe(true);
    expect(fake.fire('will-attach-webview')).toBe(true);
    expect(openExternal.mock.calls).toEqual([['https://documentation.dnanexus.com/a']]);
    expect(fake.windowOpen()?.({ url: 'https://evil.com/' })).toEqual({ action: 'deny' });
  });
});
