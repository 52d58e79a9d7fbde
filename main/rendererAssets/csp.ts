// The renderer's Content-Security-Policy, sent as a header by every transport that serves it
// (renderer/index.html repeats it as a meta tag for the dev server). No inline styles: React
// sets style props through the CSSOM, which CSP does not block.
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "worker-src 'none'",
].join('; ');
