import type { Context, MiddlewareHandler } from 'hono';
import { hasBearer, isSafeMethod, ownOrigin } from './csrf.js';
import { isPagePath, refuse } from './ui/refusal-page.js';

/** Why a state-changing request looks cross-site, or null when it does not. */
function crossSiteReason(c: Context, trustedOrigins: string[]): string | null {
  const origin = c.req.header('origin');
  if (
    origin !== undefined &&
    origin.toLowerCase() !== ownOrigin(c) &&
    !trustedOrigins.includes(origin)
  ) {
    return `The request comes from ${origin}, not from this server (${ownOrigin(c)}).`;
  }
  const fetchSite = c.req.header('sec-fetch-site');
  // `none` is the user's own action (typed address, bookmark); only a page of ours is same-origin.
  // Neither header at all: a program such as curl, not a browser page of another site.
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return `The browser marked this request as coming from another site (Sec-Fetch-Site: ${fetchSite}).`;
  }
  return null;
}

/**
 * Refuses (403) a state-changing request a browser sent from another origin: its Origin is not
 * ours (nor, for the API, a CORS origin) or its Sec-Fetch-Site is not same-origin. Requests
 * with a bearer header and requests without either header (curl, scripts) pass.
 *
 * @example app.use('*', rejectCrossSite(options.corsOrigins))
 */
export function rejectCrossSite(trustedOrigins: string[]): MiddlewareHandler {
  return async (c, next) => {
    if (isSafeMethod(c.req.method) || hasBearer(c)) return next();
    // CORS origins may call the API; only our own pages may post to the web UI.
    const reason = crossSiteReason(c, isPagePath(c.req.path) ? [] : trustedOrigins);
    if (reason) return refuse(c, 403, 'Cross-site request refused', reason);
    await next();
  };
}
