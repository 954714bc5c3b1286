import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from "jose";
import type { Account } from "./accounts";

/** Who a verified token says the request is for. */
export interface Viewer {
  name: string;
  role: "editor" | "admin";
  /** Clusters an editor may change (empty for an admin, who may change all). */
  clusters: string[];
  /** The claims as @neo4j/graphql reads them in @authentication/@authorization rules. */
  jwt: JWTPayload & { roles: string[]; clusters: string[]; sub: string };
}

export interface AuthSettings {
  /** Signs and checks this API's own tokens (HS256). */
  secret: Uint8Array;
  issuer: string;
  audience: string;
  tokenMinutes: number;
  /** Tokens of an OIDC provider, checked against its published keys, instead of ours. */
  oidc?: { jwksUrl: string; issuer: string; audience: string };
}

export class TokenError extends Error {}

/** The identity provider's keys could not be fetched: the token is neither good nor bad yet. */
export class KeysUnavailableError extends Error {}

const ALGORITHM = "HS256";

/** An admin is an editor of everything: the editor's rules let admins through. */
export function rolesOf(role: Account["role"]): string[] {
  return role === "admin" ? ["admin", "editor"] : ["editor"];
}

export async function issueToken(
  settings: AuthSettings,
  account: Pick<Account, "name" | "role" | "clusters">,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + settings.tokenMinutes * 60_000);
  const token = await new SignJWT({ roles: rolesOf(account.role), clusters: account.clusters })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(account.name)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(settings.secret);
  return { token, expiresAt };
}

function viewerOf(payload: JWTPayload): Viewer {
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === "string") : [];
  const clusters = Array.isArray(payload.clusters)
    ? payload.clusters.filter((c): c is string => typeof c === "string")
    : [];
  const name = payload.sub ?? (typeof payload.email === "string" ? payload.email : undefined);
  if (!name) throw new TokenError("The token names nobody (no sub claim).");
  const role = roles.includes("admin") ? "admin" : roles.includes("editor") ? "editor" : undefined;
  if (!role) throw new TokenError("The token gives no role this API knows (roles: editor or admin).");
  return { name, role, clusters, jwt: { ...payload, roles: rolesOf(role), clusters, sub: name } };
}

/** Checks tokens: ours (signed with the secret), or the OIDC provider's when one is configured. */
export function tokenVerifier(settings: AuthSettings): (token: string) => Promise<Viewer> {
  const remote: JWTVerifyGetKey | undefined = settings.oidc
    ? createRemoteJWKSet(new URL(settings.oidc.jwksUrl))
    : undefined;
  return async (token) => {
    try {
      const { payload } = remote
        ? await jwtVerify(token, remote, {
            issuer: settings.oidc!.issuer,
            // A token with no expiry would be valid for ever: refused.
            requiredClaims: ["exp"],
            audience: settings.oidc!.audience,
          })
        : await jwtVerify(token, settings.secret, {
            issuer: settings.issuer,
            audience: settings.audience,
            algorithms: [ALGORITHM],
            requiredClaims: ["exp"],
          });
      return viewerOf(payload);
    } catch (e) {
      if (e instanceof TokenError) throw e;
      if (e instanceof errors.JWTExpired) throw new TokenError("The token has expired: sign in again.");
      if (e instanceof errors.JWTClaimValidationFailed && e.claim === "exp" && e.reason === "missing")
        throw new TokenError("The token has no expiry: sign in again.");
      if (e instanceof errors.JWTClaimValidationFailed)
        throw new TokenError(`The token was not issued for this API (${e.claim}).`);
      if (e instanceof errors.JWSSignatureVerificationFailed || e instanceof errors.JWKSNoMatchingKey)
        throw new TokenError("The token's signature is not valid.");
      if (e instanceof errors.JWKSTimeout || (remote && !(e instanceof errors.JOSEError)))
        throw new KeysUnavailableError(
          `The identity provider's keys (AUTH_JWKS_URL) could not be fetched: ${(e as Error).message}`,
        );
      if (e instanceof errors.JOSEError) throw new TokenError(`The token is not valid (${e.code}).`);
      throw e;
    }
  };
}
