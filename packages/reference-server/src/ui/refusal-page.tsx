import type { Context } from 'hono';
import { problem, problemResponse } from '../problem.js';
import { Layout } from './layout.js';

/** Pages a browser shows; everything else is an API answer. */
export function isPagePath(path: string): boolean {
  return path === '/' || path === '/ui' || path.startsWith('/ui/');
}

/**
 * A security refusal (bad host, cross-site request, missing CSRF token, too many sign-ins): an
 * HTML page for the web UI, problem details for the API. Both name the reason.
 *
 * @example return refuse(c, 403, 'Cross-site request refused', 'Origin https://evil.example is not this server.');
 */
export function refuse(
  c: Context,
  status: number,
  title: string,
  detail: string
): Response | Promise<Response> {
  if (!isPagePath(c.req.path)) return problemResponse(c, problem(status, detail, { title }));
  return c.html(
    <Layout title={title} signedOut>
      <h1>{title}</h1>
      <div class="error" id="refusal">
        {detail}
      </div>
      <p>
        <a href="/ui">Back to Living Schema</a>
      </p>
    </Layout>,
    status as 403
  );
}
