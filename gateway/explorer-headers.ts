import { PAGE_SECURITY_HEADERS } from "./page-headers";

/**
 * The Content-Security-Policy of the GraphQL explorer at `/explorer/` (GraphiQL, bundled by Vite
 * into `dashboard/explorer/dist`). Like the dashboard's (page-headers.ts) everything comes from
 * `'self'`: the page loads nothing from another host, which is the point of it (Apollo Sandbox,
 * at GET /graphql, comes from Apollo's CDN). Scripts stay `'self'` only: no inline, no `eval`.
 * What GraphiQL needs beyond the dashboard's policy, and why:
 * - `style-src 'self' 'unsafe-inline'`: its editor (Monaco) writes `<style>` elements at run time
 *   (syntax colours, decorations) and GraphiQL sets pane sizes in `style` attributes. Styles
 *   cannot run script; the page shows no one's stored records, only what its user types and the
 *   graph's answers, which the editors render as text.
 * - `worker-src 'self'`: Monaco parses and validates GraphQL and JSON in web workers, built as
 *   separate files under `/explorer/assets/`.
 * - `font-src 'self' data:`: GraphiQL's stylesheet carries its fonts (and Monaco's icon font) as
 *   `data:` URLs, so the bundle needs no font files from a font host. A font cannot run script.
 * The explorer calls `/graphql` on the same origin (`connect-src 'self'`) with whatever headers
 * its user types, so it needs no sign-in provider's origin.
 */
const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** The dashboard's page headers (no framing, no referrer, `nosniff`) with the explorer's CSP. */
export const EXPLORER_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...PAGE_SECURITY_HEADERS,
  "content-security-policy": EXPLORER_CSP,
};
