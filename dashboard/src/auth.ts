import { currentSession } from "./sign-in";

/**
 * Who is signed in, read from the access token the provider issued. The gateway and the
 * subgraphs verify every request; the page only reads these claims to know which records to
 * offer for editing, and trusts them for nothing else.
 */
export interface Principal {
  /** The centre's organisation id, or undefined for the coordinator. */
  organizationId?: string;
  role: string;
  /** The person's name, as the provider gives it. */
  name?: string;
  expiresAt?: Date;
}

/** The access token of this tab's session, if any. */
export function credential(): string | undefined {
  return currentSession()?.accessToken;
}

function decodePart(part: string): Record<string, unknown> {
  const base64 = part.replace(/-/g, "+").replace(/_/g, "/");
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

/**
 * The claims of an access token, or undefined when it is not a readable JWT: the coordinator
 * when its groups name the coordinator, else the centre the person works for.
 */
export function readPrincipal(token: string): Principal | undefined {
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  try {
    const claims = decodePart(parts[1]);
    const groups = Array.isArray(claims.groups) ? claims.groups : [];
    const coordinator = groups.includes("coordinator") || claims.role === "coordinator";
    const centre = typeof claims.centre === "string" ? claims.centre : undefined;
    return {
      organizationId: coordinator ? undefined : (centre ?? (claims.sub as string | undefined)),
      role: coordinator ? "coordinator" : "centre",
      name: typeof claims.name === "string" ? claims.name : undefined,
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

/** Whether the signed-in principal may edit a record with this owner. */
export function mayEdit(ownerId: string | undefined): boolean {
  const who = principal();
  if (!who || !ownerId) return false;
  return who.role === "coordinator" || ownerId === who.organizationId;
}
