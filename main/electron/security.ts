// Electron security policy as plain functions: the CSP, which navigations and external links are
// allowed, and the deny-all permission/window-open handlers. Holds no Electron objects itself
// (only structural types), so every rule is unit-tested without the Electron binary.
import { isAppUrl } from './appOrigin';
import { RENDERER_CSP } from '../rendererAssets/csp';

/** Strict CSP for everything served from app://orgdesk (sent as a response header by protocol.ts). */
export const CONTENT_SECURITY_POLICY = RENDERER_CSP;

/** Hosts whose https pages may be opened in the user's browser; everything else is dropped. */
export const EXTERNAL_LINK_HOSTS: readonly string[] = ['documentation.dnanexus.com'];

/** The window may only ever show our own bundle. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    EXTERNAL_LINK_HOSTS.includes(parsed.hostname)
  );
}

export type OpenExternal = (url: string) => Promise<void>;

/** Never opens an Electron window; allow-listed documentation links go to the system browser. */
export function createWindowOpenHandler(openExternal: OpenExternal): (details: { url: string }) => { action: 'deny' } {
  return ({ url }) => {
    openIfAllowed(url, openExternal);
    return { action: 'deny' };
  };
}

export function denyAllPermissionRequests(_webContents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

export function denyAllPermissionChecks(): boolean {
  return false;
}

interface PreventableEvent {
  preventDefault(): void;
}

/** The subset of WebContents that hardening needs; real WebContents satisfy it structurally. */
export interface HardenableContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** Applied to every WebContents the app creates (app 'web-contents-created'), not only ours. */
export function hardenWebContents(contents: HardenableContents, openExternal: OpenExternal): void {
  const blockForeign = (event: PreventableEvent, url: string): void => {
    if (isAllowedNavigation(url)) return;
    event.preventDefault();
    openIfAllowed(url, openExternal);
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(createWindowOpenHandler(openExternal));
}

function openIfAllowed(url: string, openExternal: OpenExternal): void {
  if (!isAllowedExternalUrl(url)) return;
  openExternal(url).catch((error: unknown) => {
    console.error(`could not open ${url} in the browser: ${error instanceof Error ? error.message : String(error)}`);
  });
}
