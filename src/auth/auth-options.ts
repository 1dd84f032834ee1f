/**
 * How writers prove who they are. Exactly one key source: a shared HS256 secret, or the URL of a
 * JWKS holding the issuer's RS256/ES256 public keys. Issuer and audience are always required: without
 * them a token minted for another tenant of the same provider would pass (neo4j/graphql PR #3107).
 */
export interface AuthOptions {
  /** HS256 shared secret, at least 32 bytes. Exclusive with `jwksUrl`. */
  jwtSecret?: string;
  /** URL of a JWKS with RS256 or ES256 keys. Exclusive with `jwtSecret`. */
  jwksUrl?: string;
  /** The `iss` every token must carry. */
  issuer: string;
  /** The `aud` every token must carry (one of its values when it is a list). */
  audience: string;
  /** The claim holding the caller's roles, a list of strings. Taken literally (dots included). Defaults to `roles`. */
  rolesClaim?: string;
  /** When true, queries and subscriptions need a valid token too. Defaults to false: reads are open. */
  readsRequired?: boolean;
  /**
   * With `readsRequired`: the role a token must hold to read (`editor` and `admin` read too), for an
   * issuer whose tokens also serve other applications. Unset: any valid token reads.
   */
  readRole?: string;
}

/** The smallest HS256 secret accepted: RFC 7518 asks for a key at least as long as the hash (256 bits). */
export const MIN_SECRET_BYTES = 32;

/**
 * What is wrong with `options`, each naming the variable an operator sets (`AUTH_JWT_SECRET`, ...).
 * Empty when they are sound. Shared by `loadConfig` and `createKnowledgeGraph`.
 */
export function authOptionProblems(options: Partial<AuthOptions>): string[] {
  const problems: string[] = [];
  if (options.readRole !== undefined && options.readRole.trim() === '') problems.push('AUTH_READ_ROLE must not be empty');
  else if (options.readRole !== undefined && options.readsRequired !== true) problems.push('AUTH_READ_ROLE is set but AUTH_READS is not "required"');
  const hasSecret = options.jwtSecret !== undefined;
  const hasJwks = options.jwksUrl !== undefined;
  if (hasSecret && hasJwks) problems.push('AUTH_JWT_SECRET and AUTH_JWKS_URL are both set: set only one');
  if (!hasSecret && !hasJwks) {
    for (const [name, value] of [['AUTH_ISSUER', options.issuer], ['AUTH_AUDIENCE', options.audience]] as const) {
      if (value !== undefined) problems.push(`${name} is set but neither AUTH_JWT_SECRET nor AUTH_JWKS_URL is`);
    }
    if (options.readsRequired === true) problems.push('AUTH_READS=required needs AUTH_JWT_SECRET or AUTH_JWKS_URL');
    return problems;
  }
  if (hasSecret && Buffer.byteLength(options.jwtSecret ?? '', 'utf8') < MIN_SECRET_BYTES) {
    problems.push(`AUTH_JWT_SECRET must be at least ${MIN_SECRET_BYTES} bytes, got ${Buffer.byteLength(options.jwtSecret ?? '', 'utf8')}`);
  }
  if (hasJwks && !isJwksUrl(options.jwksUrl ?? '')) {
    problems.push(`AUTH_JWKS_URL must be an https URL (http only on localhost), got "${options.jwksUrl}"`);
  }
  const key = hasSecret ? 'AUTH_JWT_SECRET' : 'AUTH_JWKS_URL';
  if (options.issuer === undefined || options.issuer === '') problems.push(`AUTH_ISSUER is required with ${key}`);
  if (options.audience === undefined || options.audience === '') problems.push(`AUTH_AUDIENCE is required with ${key}`);
  if (options.rolesClaim !== undefined && options.rolesClaim.trim() === '') problems.push('AUTH_ROLES_CLAIM must not be empty');
  return problems;
}

/** Keys fetched over plain http could be swapped on the way; only a local JWKS (tests, sidecars) may use it. */
function isJwksUrl(text: string): boolean {
  try {
    const url = new URL(text);
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}
