/**
 * A centre signs in by pasting its credential (a JWT from `npm run token`). It is kept in
 * sessionStorage, so it lasts as long as the tab and is never written to disk by the page, and
 * sent as `Authorization: Bearer`. The gateway and the subgraphs verify it; the page only reads
 * its claims to know which records to offer for editing, and trusts them for nothing else.
 */
const KEY = "ngo-graph.credential";

export interface Principal {
  /** The centre's organisation id, or undefined for a coordinator without one. */
  organizationId?: string;
  role: string;
  expiresAt?: Date;
}

/** The stored credential, if any. */
export function credential(): string | undefined {
  return sessionStorage.getItem(KEY) ?? undefined;
}

function decodePart(part: string): Record<string, unknown> {
  const base64 = part.replace(/-/g, "+").replace(/_/g, "/");
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

/** The claims of a credential, or undefined when it is not a readable JWT. */
export function readPrincipal(token: string): Principal | undefined {
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  try {
    const claims = decodePart(parts[1]);
    return {
      organizationId: typeof claims.sub === "string" ? claims.sub : undefined,
      role: typeof claims.role === "string" ? claims.role : "centre",
      expiresAt: typeof claims.exp === "number" ? new Date(claims.exp * 1000) : undefined,
    };
  } catch {
    return undefined;
  }
}

/** Who is signed in, or undefined. */
export function principal(): Principal | undefined {
  const token = credential();
  return token ? readPrincipal(token) : undefined;
}

/** Keeps a pasted credential; returns false (and keeps nothing) when it is not a JWT. */
export function signIn(token: string): boolean {
  const trimmed = token.trim().replace(/^Bearer\s+/i, "");
  if (!readPrincipal(trimmed)) return false;
  sessionStorage.setItem(KEY, trimmed);
  return true;
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
}

/** Whether the signed-in principal may edit a record with this owner. */
export function mayEdit(ownerId: string | undefined): boolean {
  const who = principal();
  if (!who || !ownerId) return false;
  return who.role === "coordinator" || ownerId === who.organizationId;
}
