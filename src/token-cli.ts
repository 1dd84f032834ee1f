import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { loadConfig } from './config';

/**
 * `npm run token -- --role editor --sub alice`: prints a token signed with the configured
 * AUTH_JWT_SECRET, for local use and the README's walkthrough. Production tokens come from the
 * identity provider; with AUTH_JWKS_URL there is no secret here to sign with.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true, default: ['editor'] },
      sub: { type: 'string', default: 'local-editor' },
      expires: { type: 'string', default: '1h' },
    },
  });
  const auth = loadConfig().auth;
  if (auth?.jwtSecret === undefined) {
    throw new Error('set AUTH_JWT_SECRET, AUTH_ISSUER and AUTH_AUDIENCE first: tokens are signed with the configured secret');
  }
  const token = await new SignJWT({ [auth.rolesClaim ?? 'roles']: values.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(values.sub)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime(values.expires)
    .sign(new TextEncoder().encode(auth.jwtSecret));
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`token: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
