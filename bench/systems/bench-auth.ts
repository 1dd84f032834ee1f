import { SignJWT } from 'jose';
import type { AuthOptions } from '../../src/auth/auth-options';

/**
 * The bench API's token check, so the write scenarios can write: a shared secret of the bench only,
 * verified by the same `jose` path as any deployment's AUTH_JWT_SECRET.
 */
export const BENCH_AUTH: AuthOptions = {
  jwtSecret: 'bench-only-secret-of-at-least-32-bytes-long',
  issuer: 'https://bench.local',
  audience: 'knowledge-graph-bench',
};

/** An editor's bearer header, valid for the few hours a bench run may take. */
export async function benchEditorHeaders(): Promise<Record<string, string>> {
  const token = await new SignJWT({ roles: ['editor'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('bench-editor')
    .setIssuer(BENCH_AUTH.issuer)
    .setAudience(BENCH_AUTH.audience)
    .setIssuedAt()
    .setExpirationTime('6h')
    .sign(new TextEncoder().encode(BENCH_AUTH.jwtSecret));
  return { authorization: `Bearer ${token}` };
}
