import { ConfigError, loadConfig } from '../../src/config';

describe('Configuration', () => {
  it('uses the documented defaults when the environment is empty', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      neo4jUri: undefined,
      neo4jUsername: 'neo4j',
      neo4jPassword: 'neo4j',
      neo4jDatabase: undefined,
      localNeo4jDir: '.neo4j',
      localNeo4jHeap: '1g',
      localNeo4jPagecache: '256m',
      localNeo4jBoltPort: 7687,
      logLevel: 'info',
      nodeEnv: 'development',
      queryTimeoutMs: 10_000,
      limits: { maxDepth: 16, maxAliases: 15, maxNodes: 50_000, maxDirectives: 20, maxTokens: 1_000 },
      introspection: true,
      corsOrigins: ['*'],
      bodyLimit: '1mb',
      maxMentionText: 100_000,
      maxSubscriptionsPerConnection: 20,
      livePollMs: 1000,
      explorer: true,
      executor: 'compiled',
      auth: undefined,
      trustedDocuments: undefined,
      rateLimits: { operationsPerSecond: undefined, nodesPerMinute: undefined },
    });
  });

  it('runs operations compiled unless told to use graphql-js, and names a wrong executor', () => {
    expect(loadConfig({ EXECUTOR: 'graphql-js' }).executor).toBe('graphql-js');
    expect(() => loadConfig({ EXECUTOR: 'jit' })).toThrow(/EXECUTOR/);
  });

  describe('auth', () => {
    const SECRET = 'a-secret-of-at-least-thirty-two-bytes!!';
    const problemsOf = (env: Record<string, string>): string[] => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };

    it('takes a secret with issuer and audience, roles from `roles` and open reads by default', () => {
      expect(loadConfig({ AUTH_JWT_SECRET: SECRET, AUTH_ISSUER: 'https://issuer.example', AUTH_AUDIENCE: 'kg' }).auth).toEqual({
        jwtSecret: SECRET,
        jwksUrl: undefined,
        issuer: 'https://issuer.example',
        audience: 'kg',
        rolesClaim: undefined,
        readsRequired: false,
        readRole: undefined,
      });
    });

    it('takes a role reads need, only when reads are required', () => {
      const auth = { AUTH_JWT_SECRET: SECRET, AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' };
      expect(loadConfig({ ...auth, AUTH_READS: 'required', AUTH_READ_ROLE: 'reader' }).auth).toMatchObject({ readsRequired: true, readRole: 'reader' });
      expect(problemsOf({ ...auth, AUTH_READ_ROLE: 'reader' })).toEqual(['AUTH_READ_ROLE is set but AUTH_READS is not "required"']);
      expect(problemsOf({ ...auth, AUTH_READS: 'required', AUTH_READ_ROLE: ' ' })).toEqual(['AUTH_READ_ROLE must not be empty']);
    });

    it('refuses a half-made configuration, naming the variable', () => {
      expect(problemsOf({ AUTH_JWT_SECRET: SECRET, AUTH_AUDIENCE: 'kg' })).toEqual(['AUTH_ISSUER is required with AUTH_JWT_SECRET']);
      expect(problemsOf({ AUTH_JWKS_URL: 'https://issuer.example/jwks', AUTH_ISSUER: 'i' })).toEqual(['AUTH_AUDIENCE is required with AUTH_JWKS_URL']);
      expect(problemsOf({ AUTH_JWT_SECRET: SECRET, AUTH_JWKS_URL: 'https://issuer.example/jwks', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' })).toEqual([
        'AUTH_JWT_SECRET and AUTH_JWKS_URL are both set: set only one',
      ]);
      expect(problemsOf({ AUTH_JWT_SECRET: 'short', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' })).toEqual(['AUTH_JWT_SECRET must be at least 32 bytes, got 5']);
      expect(problemsOf({ AUTH_JWKS_URL: 'http://issuer.example/jwks', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' })).toEqual([
        'AUTH_JWKS_URL must be an https URL (http only on localhost), got "http://issuer.example/jwks"',
      ]);
      expect(problemsOf({ AUTH_ISSUER: 'i' })).toEqual(['AUTH_ISSUER is set but neither AUTH_JWT_SECRET nor AUTH_JWKS_URL is']);
      expect(problemsOf({ AUTH_READS: 'required' })).toEqual(['AUTH_READS=required needs AUTH_JWT_SECRET or AUTH_JWKS_URL']);
    });
  });

  it('turns introspection and CORS off in production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ introspection: false, corsOrigins: [], explorer: false });
    expect(loadConfig({ NODE_ENV: 'production', EXPLORER: 'true' }).explorer).toBe(true);
    expect(loadConfig({ EXPLORER: 'false' }).explorer).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true', CORS_ORIGINS: 'https://app.example.com' })).toMatchObject({
      introspection: true,
      corsOrigins: ['https://app.example.com'],
    });
    expect(loadConfig({ INTROSPECTION: 'FALSE' }).introspection).toBe(false);
  });

  it('reads every variable it documents', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      NEO4J_URI: 'neo4j+s://example.databases.neo4j.io',
      NEO4J_USERNAME: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'kg',
      LOCAL_NEO4J_DIR: '/var/lib/kg',
      LOCAL_NEO4J_BOLT_PORT: '17687',
      LOG_LEVEL: 'debug',
      NODE_ENV: 'production',
      QUERY_TIMEOUT_MS: '2500',
      MAX_DEPTH: '20',
      MAX_ALIASES: '5',
      MAX_NODES: '80000',
      MAX_DIRECTIVES: '3',
      MAX_TOKENS: '4000',
      INTROSPECTION: 'true',
      CORS_ORIGINS: 'https://app.example.com, http://localhost:3000',
      BODY_LIMIT: '1MB',
      MAX_MENTION_TEXT: '5000',
      MAX_SUBSCRIPTIONS_PER_CONNECTION: '5',
      LIVE_POLL_MS: '250',
      EXPLORER: 'true',
      RATE_LIMIT_OPERATIONS_PER_SECOND: '50',
      RATE_LIMIT_NODES_PER_MINUTE: '200000',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      neo4jUri: 'neo4j+s://example.databases.neo4j.io',
      neo4jUsername: 'reader',
      neo4jPassword: 'secret',
      neo4jDatabase: 'kg',
      localNeo4jDir: '/var/lib/kg',
      localNeo4jBoltPort: 17687,
      logLevel: 'debug',
      nodeEnv: 'production',
      queryTimeoutMs: 2500,
      limits: { maxDepth: 20, maxAliases: 5, maxNodes: 80_000, maxDirectives: 3, maxTokens: 4000 },
      introspection: true,
      corsOrigins: ['https://app.example.com', 'http://localhost:3000'],
      bodyLimit: '1mb',
      maxMentionText: 5000,
      maxSubscriptionsPerConnection: 5,
      livePollMs: 250,
      explorer: true,
      rateLimits: { operationsPerSecond: 50, nodesPerMinute: 200_000 },
    });
  });

  it.each([
    ['PORT', 'abc', 'PORT must be a port number from 1 to 65535, got "abc"'],
    ['PORT', '70000', 'PORT must be a port number from 1 to 65535, got "70000"'],
    ['LOCAL_NEO4J_BOLT_PORT', '0', 'LOCAL_NEO4J_BOLT_PORT must be a port number from 1 to 65535, got "0"'],
    ['LOCAL_NEO4J_PAGECACHE', '2 GB', 'LOCAL_NEO4J_PAGECACHE must be a memory size such as 512m or 4g, got "2 GB"'],
    ['LOCAL_NEO4J_HEAP', '-1g', 'LOCAL_NEO4J_HEAP must be a memory size such as 512m or 4g, got "-1g"'],
    ['NEO4J_URI', 'http://localhost:7474', 'NEO4J_URI must be a URI such as bolt://host:7687 or neo4j+s://host, got "http://localhost:7474"'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"'],
    ['NODE_ENV', 'staging', 'NODE_ENV must be one of development, production, test, got "staging"'],
    ['QUERY_TIMEOUT_MS', '0', 'QUERY_TIMEOUT_MS must be a positive integer, got "0"'],
    ['QUERY_TIMEOUT_MS', '10s', 'QUERY_TIMEOUT_MS must be a positive integer, got "10s"'],
    ['MAX_DEPTH', '-1', 'MAX_DEPTH must be a positive integer, got "-1"'],
    ['MAX_ALIASES', '1.5', 'MAX_ALIASES must be a positive integer, got "1.5"'],
    ['RATE_LIMIT_OPERATIONS_PER_SECOND', '0', 'RATE_LIMIT_OPERATIONS_PER_SECOND must be a positive integer, got "0"'],
    ['RATE_LIMIT_NODES_PER_MINUTE', 'lots', 'RATE_LIMIT_NODES_PER_MINUTE must be a positive integer, got "lots"'],
    ['MAX_NODES', 'lots', 'MAX_NODES must be a positive integer, got "lots"'],
    ['MAX_DIRECTIVES', '0', 'MAX_DIRECTIVES must be a positive integer, got "0"'],
    ['MAX_TOKENS', '1e3', 'MAX_TOKENS must be a positive integer, got "1e3"'],
    ['INTROSPECTION', 'yes', 'INTROSPECTION must be true or false, got "yes"'],
    ['EXPLORER', 'on', 'EXPLORER must be true or false, got "on"'],
    ['CORS_ORIGINS', 'app.example.com', 'CORS_ORIGINS must be * or a comma-separated list of origins such as https://app.example.com, got "app.example.com"'],
    ['CORS_ORIGINS', 'https://app.example.com/path', 'CORS_ORIGINS must be * or a comma-separated list of origins such as https://app.example.com, got "https://app.example.com/path"'],
    ['BODY_LIMIT', '100 kilobytes', 'BODY_LIMIT must be a size such as 100kb or 1mb, got "100 kilobytes"'],
    ['BODY_LIMIT', '0kb', 'BODY_LIMIT must be a size such as 100kb or 1mb, got "0kb"'],
  ])('refuses %s=%s with a message naming the variable and its value', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new ConfigError([message]));
  });

  it('reports every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'y' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toHaveLength(2);
    expect((error as ConfigError).message).toMatch(/^invalid configuration: PORT .*; LOG_LEVEL /);
  });
});
