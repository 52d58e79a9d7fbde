// The one origin our renderer runs on (app://orgdesk) and the test for "is this URL ours".
// Everything that trusts a sender or a navigation compares against this; nothing else may.
export const APP_SCHEME = 'app';
export const APP_HOST = 'orgdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True only for URLs on exactly app://orgdesk. WHATWG URL gives non-special schemes an opaque
 * ("null") origin, so protocol and host are compared instead; credentials and ports never match.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    url.startsWith(`${APP_ORIGIN}/`)
  );
}
