import { SignJWT } from 'jose';

/** The auth configuration of the curation tests: a shared HS256 secret, as AUTH_JWT_SECRET sets it. */
export const TEST_AUTH = {
  jwtSecret: 'curation-tests-secret-of-at-least-32-bytes',
  issuer: 'https://issuer.test',
  audience: 'knowledge-graph-test',
};

/** A token signed with the test secret; every claim may be overridden (null removes it). */
export async function signToken(claims: Record<string, unknown> = {}, options: { expiresIn?: string | number } = {}): Promise<string> {
  const payload: Record<string, unknown> = { sub: 'alice', roles: ['editor'], ...claims };
  for (const key of Object.keys(payload)) if (payload[key] === null) delete payload[key];
  const jwt = new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).setIssuedAt();
  if (claims.iss !== null) jwt.setIssuer((claims.iss as string | undefined) ?? TEST_AUTH.issuer);
  if (claims.aud !== null) jwt.setAudience((claims.aud as string | undefined) ?? TEST_AUTH.audience);
  if (claims.exp === undefined) jwt.setExpirationTime(options.expiresIn ?? '5m');
  return jwt.sign(new TextEncoder().encode(TEST_AUTH.jwtSecret));
}

export async function bearer(claims: Record<string, unknown> = {}): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await signToken(claims)}` };
}
