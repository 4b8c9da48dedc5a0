/**
 * The Content-Security-Policy of the dashboard's pages. The build (Vite) emits no inline script:
 * index.html loads one hashed module and one stylesheet from `/dashboard/assets/`, and the page
 * calls `/graphql` on the same origin, so everything is `'self'`. Scripts have no inline,
 * `eval` or foreign source, so an injected `<script>` or `onerror=` in a record's text does not
 * run. Two allowances, both for what the page does itself:
 * - `style-src-attr 'unsafe-inline'`: ECharts writes its tooltips as HTML with `style`
 *   attributes. Style attributes cannot run script; `<style>` elements stay refused.
 * - `img-src data:`: the empty `data:,` icon in index.html (it stops a /favicon.ico 404), and the
 *   charts' `data:` images.
 * `frame-ancestors 'none'` (and X-Frame-Options for older browsers) keeps the page out of
 * other sites' frames, where a centre could be tricked into clicking its own edit buttons.
 */
function contentSecurityPolicy(connectSources: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...connectSources].join(" "),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The headers every answer under `/dashboard` carries. `Referrer-Policy: no-referrer`: the
 * dashboard's URLs name the records a centre looks at, which no other site needs to learn.
 * `connectSources` are the other origins the page may call: the sign-in provider, whose
 * discovery document and token endpoint the page fetches (sign-in itself is a navigation).
 */
export function pageSecurityHeaders(
  connectSources: string[] = [],
): Readonly<Record<string, string>> {
  return {
    "content-security-policy": contentSecurityPolicy(connectSources),
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
  };
}

/** The headers of a page that calls only its own origin. */
export const PAGE_SECURITY_HEADERS = pageSecurityHeaders();
