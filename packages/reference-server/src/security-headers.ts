import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { PAGE_STYLE_SOURCE } from './ui/page-style.js';

/**
 * The headers every response carries. The CSP allows no script at all and only the pages' own
 * stylesheet (by hash); forms post only to this server; no page may be framed (clickjacking).
 * HSTS is left to the TLS proxy in front, which knows whether the site is served over TLS.
 */
const headers = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    styleSrc: [PAGE_STYLE_SOURCE],
    imgSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
  },
  xFrameOptions: 'DENY',
  // same-origin, not no-referrer: under no-referrer Chromium sends `Origin: null` with our own
  // form posts, and the cross-site check could no longer tell them from another site's.
  referrerPolicy: 'same-origin',
  xContentTypeOptions: 'nosniff',
  strictTransportSecurity: false,
});

/**
 * Security headers (CSP, frame-ancestors, nosniff, Referrer-Policy) on every response, and
 * `Cache-Control: no-store`: every answer is data a token unlocked, so no cache (shared proxy
 * or the browser's back button after sign-out) may keep it.
 *
 * @example app.use('*', securityHeaders())
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await headers(c, next);
    c.header('cache-control', 'no-store');
  };
}
