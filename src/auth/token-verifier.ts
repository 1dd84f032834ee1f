import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { ErrorCode } from '../errors';
import type { AuthOptions } from './auth-options';

/** Who a verified token speaks for. */
export interface Actor {
  /** The token's `sub`: recorded as the actor of every revision it writes. */
  readonly sub: string;
  readonly roles: readonly string[];
}

/** Checks an `Authorization` header; resolves the actor or rejects with UNAUTHENTICATED. */
export type TokenVerifier = (authorization: string | undefined) => Promise<Actor>;

/**
 * A real token is well under 4 KB; refusing anything over 8 KB before any parsing keeps a hostile
 * 16 KB header from costing signature work (and from landing in logs).
 */
const MAX_TOKEN_BYTES = 8 * 1024;
/** RFC 7519 leaves the skew to us; 30 s covers honest clock drift without stretching expiry. */
const CLOCK_TOLERANCE_SECONDS = 30;
const BEARER = /^Bearer ([A-Za-z0-9_\-.]+)$/;

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

/**
 * The one token verifier: `jose` does all parsing and cryptography. Algorithms are pinned to the key's
 * kind (HS256 for a secret; RS256/ES256 for a JWKS), so `alg: none` and HS/RS confusion are refused;
 * `iss`, `aud`, `exp` and `sub` are required.
 */
export function createTokenVerifier(options: AuthOptions): TokenVerifier {
  const rolesClaim = options.rolesClaim ?? 'roles';
  const verifyOptions = {
    issuer: options.issuer,
    audience: options.audience,
    requiredClaims: ['iss', 'aud', 'exp', 'sub'],
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  };
  const verify: (token: string) => Promise<JWTPayload> =
    options.jwtSecret !== undefined
      ? secretVerifier(new TextEncoder().encode(options.jwtSecret), verifyOptions)
      : jwksVerifier(new URL(options.jwksUrl ?? ''), verifyOptions);

  return async (authorization) => {
    if (authorization === undefined || authorization === '') throw unauthenticated('A bearer token is required (Authorization: Bearer <token>)');
    if (authorization.length > MAX_TOKEN_BYTES) throw unauthenticated('The token is too large');
    const token = BEARER.exec(authorization)?.[1];
    if (token === undefined) throw unauthenticated('The Authorization header must be "Bearer <token>"');
    let payload: JWTPayload;
    try {
      payload = await verify(token);
    } catch (error) {
      throw unauthenticated(reasonOf(error));
    }
    if (typeof payload.sub !== 'string' || payload.sub.trim() === '') throw unauthenticated('The token has no subject (sub)');
    return { sub: payload.sub, roles: rolesOf(payload[rolesClaim], rolesClaim) };
  };
}

type VerifyOptions = Parameters<typeof jwtVerify>[2];

function secretVerifier(secret: Uint8Array, options: VerifyOptions): (token: string) => Promise<JWTPayload> {
  return async (token) => (await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] })).payload;
}

function jwksVerifier(url: URL, options: VerifyOptions): (token: string) => Promise<JWTPayload> {
  // jose caches the key set and refetches on an unknown `kid`, at most every 30 s (its cooldown).
  const keys = createRemoteJWKSet(url, { timeoutDuration: 5_000 });
  return async (token) => (await jwtVerify(token, keys, { ...options, algorithms: ['RS256', 'ES256'] })).payload;
}

/** Roles must be a list of strings; anything else is a malformed token, not an empty role set. */
function rolesOf(value: unknown, claim: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((role) => typeof role === 'string')) {
    throw unauthenticated(`The token's "${claim}" claim must be a list of strings`);
  }
  return value;
}

/** A client-safe reason: jose's codes say what failed without echoing the token. */
function reasonOf(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'The token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `The token's "${error.claim}" claim is not acceptable`;
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'The token is signed with an algorithm this server does not accept';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'The token signature is not valid';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'No key of the issuer matches the token';
  if (error instanceof joseErrors.JOSEError) return 'The token is not valid';
  return 'The token could not be verified';
}
