/**
 * The site's Content-Security-Policy (DESIGN.md §4: no other origin, no eval, no inline script).
 * The build puts it in a <meta> of index.html (vite-plugins.ts); a host that can set headers
 * should send CSP_HEADER, which adds what a <meta> cannot carry.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** As a header: `frame-ancestors` (ignored in a <meta>) lets any page embed the site. */
export const CSP_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors *`;
