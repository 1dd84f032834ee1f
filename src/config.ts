import { authOptionProblems, type AuthOptions } from './auth/auth-options';
import { loadTrustedDocuments, type TrustedDocuments } from './http/trusted-documents';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from './plugins/limits';
import { DEFAULT_MAX_MENTION_TEXT } from './graph/bounds';

/**
 * The environment, read once into a typed and validated config. Every problem names the variable and
 * the value it got, so a bad deployment fails at start-up with one readable line.
 */

export type NodeEnv = 'development' | 'production' | 'test';
export type Executor = 'compiled' | 'graphql-js';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  /** HTTP port. Defaults to 4000. */
  port: number;
  /** Interface to listen on. Defaults to 127.0.0.1 (the compose file sets 0.0.0.0). */
  host: string;
  /** Bolt or neo4j:// URI of the database; unset means "start the local Neo4j launcher". */
  neo4jUri: string | undefined;
  neo4jUsername: string;
  neo4jPassword: string;
  /** Database name; undefined means the server's default database. */
  neo4jDatabase: string | undefined;
  /** Data folder of the local Neo4j. Defaults to `.neo4j`. */
  localNeo4jDir: string;
  /** Bolt port of the local Neo4j. Defaults to 7687. */
  localNeo4jBoltPort: number;
  /** JVM heap of the local Neo4j (LOCAL_NEO4J_HEAP, e.g. `1g`). Defaults to 1g. */
  localNeo4jHeap: string;
  /** Page cache of the local Neo4j (LOCAL_NEO4J_PAGECACHE, e.g. `2g`): ideally the size of the store. Defaults to 256m. */
  localNeo4jPagecache: string;
  logLevel: LogLevel;
  nodeEnv: NodeEnv;
  /** Server-side timeout of every Cypher query, in ms (QUERY_TIMEOUT_MS). Defaults to 10 000. */
  queryTimeoutMs: number;
  /** Per-operation limits (MAX_DEPTH, MAX_ALIASES, MAX_NODES, MAX_DIRECTIVES, MAX_TOKENS). Defaults in `src/plugins/limits.ts`. */
  limits: OperationLimits;
  /** Introspection (INTROSPECTION=true|false). Defaults to on, except in production. */
  introspection: boolean;
  /** Origins allowed by CORS (CORS_ORIGINS, comma list; `*` allows any). Defaults to any, except in production: none. */
  corsOrigins: string[];
  /**
   * Largest request body (BODY_LIMIT, e.g. `100kb`, `1mb`). Defaults to `1mb`: a `mentions` text of
   * MAX_MENTION_TEXT characters, each escaped in JSON as `\uXXXX` (six bytes), still fits.
   */
  bodyLimit: string;
  /** Longest `mentions` text, in UTF-16 code units (MAX_MENTION_TEXT). Defaults to 100 000. */
  maxMentionText: number;
  /** Subscriptions one WebSocket connection may hold (MAX_SUBSCRIPTIONS_PER_CONNECTION). Defaults to 20. */
  maxSubscriptionsPerConnection: number;
  /** How often the change feed is read for other instances' writes while anyone subscribes, in ms (LIVE_POLL_MS). Defaults to 1000. */
  livePollMs: number;
  /** The explorer page, GraphiQL and the landing page at `/` (EXPLORER=true|false). Defaults to on, except in production. */
  explorer: boolean;
  /**
   * How operations execute (EXECUTOR=compiled|graphql-js): compiled once per document by graphql-jit,
   * or by graphql-js as Apollo does by default. Defaults to compiled; the answers are the same.
   */
  executor: Executor;
  /**
   * Token verification for writes (AUTH_JWT_SECRET or AUTH_JWKS_URL, with AUTH_ISSUER, AUTH_AUDIENCE,
   * AUTH_ROLES_CLAIM, AUTH_READS). Undefined when no key is set: every mutation then answers WRITES_DISABLED.
   */
  auth: AuthOptions | undefined;
  /** Only these documents run (TRUSTED_DOCUMENTS, the path of a JSON manifest of sha256 to document). Undefined: any document. */
  trustedDocuments: TrustedDocuments | undefined;
  /** Per client (token subject, else address): RATE_LIMIT_OPERATIONS_PER_SECOND, RATE_LIMIT_NODES_PER_MINUTE. Off unless set. */
  rateLimits: { operationsPerSecond?: number; nodesPerMinute?: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const NODE_ENVS: readonly NodeEnv[] = ['development', 'production', 'test'];
const EXECUTORS: readonly Executor[] = ['compiled', 'graphql-js'];
const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

type Env = Readonly<Record<string, string | undefined>>;

/** Reads `env` (by default `process.env`) into a {@link Config}; throws {@link ConfigError} listing every problem. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);

  const nodeEnv = read.oneOf('NODE_ENV', NODE_ENVS, 'development');
  const production = nodeEnv === 'production';
  const config: Config = {
    port: read.port('PORT', 4000),
    host: read.nonEmpty('HOST', '127.0.0.1'),
    neo4jUri: read.neo4jUri('NEO4J_URI'),
    neo4jUsername: read.nonEmpty('NEO4J_USERNAME', 'neo4j'),
    neo4jPassword: env.NEO4J_PASSWORD ?? 'neo4j',
    neo4jDatabase: read.optional('NEO4J_DATABASE'),
    localNeo4jDir: read.nonEmpty('LOCAL_NEO4J_DIR', '.neo4j'),
    localNeo4jBoltPort: read.port('LOCAL_NEO4J_BOLT_PORT', 7687),
    localNeo4jHeap: read.memory('LOCAL_NEO4J_HEAP', '1g'),
    localNeo4jPagecache: read.memory('LOCAL_NEO4J_PAGECACHE', '256m'),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    nodeEnv,
    queryTimeoutMs: read.positiveInteger('QUERY_TIMEOUT_MS', 10_000),
    limits: {
      maxDepth: read.positiveInteger('MAX_DEPTH', DEFAULT_OPERATION_LIMITS.maxDepth),
      maxAliases: read.positiveInteger('MAX_ALIASES', DEFAULT_OPERATION_LIMITS.maxAliases),
      maxNodes: read.positiveInteger('MAX_NODES', DEFAULT_OPERATION_LIMITS.maxNodes),
      maxDirectives: read.positiveInteger('MAX_DIRECTIVES', DEFAULT_OPERATION_LIMITS.maxDirectives),
      maxTokens: read.positiveInteger('MAX_TOKENS', DEFAULT_OPERATION_LIMITS.maxTokens),
    },
    introspection: read.boolean('INTROSPECTION', !production),
    corsOrigins: read.origins('CORS_ORIGINS', production ? [] : ['*']),
    bodyLimit: read.size('BODY_LIMIT', '1mb'),
    maxMentionText: read.positiveInteger('MAX_MENTION_TEXT', DEFAULT_MAX_MENTION_TEXT),
    maxSubscriptionsPerConnection: read.positiveInteger('MAX_SUBSCRIPTIONS_PER_CONNECTION', 20),
    livePollMs: read.positiveInteger('LIVE_POLL_MS', 1000),
    explorer: read.boolean('EXPLORER', !production),
    executor: read.oneOf('EXECUTOR', EXECUTORS, 'compiled'),
    auth: read.auth(),
    trustedDocuments: read.trustedDocuments('TRUSTED_DOCUMENTS'),
    rateLimits: {
      operationsPerSecond: read.optionalPositiveInteger('RATE_LIMIT_OPERATIONS_PER_SECOND'),
      nodesPerMinute: read.optionalPositiveInteger('RATE_LIMIT_NODES_PER_MINUTE'),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Collects problems instead of throwing at the first, so one start-up reports them all. */
class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  optional(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  nonEmpty(name: string, fallback: string): string {
    return this.optional(name) ?? fallback;
  }

  port(name: string, fallback: number): number {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const port = Number(raw);
    if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
      this.problems.push(`${name} must be a port number from 1 to 65535, got "${raw}"`);
      return fallback;
    }
    return port;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
      return fallback;
    }
    return raw as T;
  }

  /** A JVM memory size: digits and k, m or g. */
  memory(name: string, fallback: string): string {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (!/^\d{1,6}[kmg]$/i.test(raw)) {
      this.problems.push(`${name} must be a memory size such as 512m or 4g, got "${raw}"`);
      return fallback;
    }
    return raw.toLowerCase();
  }

  positiveInteger(name: string, fallback: number): number {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < 1 || !Number.isSafeInteger(value)) {
      this.problems.push(`${name} must be a positive integer, got "${raw}"`);
      return fallback;
    }
    return value;
  }

  /** A positive integer, or undefined when unset (a feature that is off). */
  optionalPositiveInteger(name: string): number | undefined {
    return this.optional(name) === undefined ? undefined : this.positiveInteger(name, 1);
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.optional(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (raw !== 'true' && raw !== 'false') {
      this.problems.push(`${name} must be true or false, got "${this.env[name]}"`);
      return fallback;
    }
    return raw === 'true';
  }

  /** A comma list of origins (`https://app.example.com`, `http://localhost:3000`) or `*`. */
  origins(name: string, fallback: string[]): string[] {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const origins = raw.split(',').map((origin) => origin.trim()).filter((origin) => origin !== '');
    const bad = origins.find((origin) => origin !== '*' && !/^https?:\/\/[^/\s?#]+$/i.test(origin));
    if (bad !== undefined || origins.length === 0) {
      this.problems.push(`${name} must be * or a comma-separated list of origins such as https://app.example.com, got "${raw}"`);
      return fallback;
    }
    return origins;
  }

  /** A size as Express's body parser reads it: `100kb`, `1mb`, `512b`. */
  size(name: string, fallback: string): string {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (!/^\d+(b|kb|mb)$/i.test(raw) || /^0+[a-z]/i.test(raw)) {
      this.problems.push(`${name} must be a size such as 100kb or 1mb, got "${raw}"`);
      return fallback;
    }
    return raw.toLowerCase();
  }

  /** The AUTH_* variables: none set means writes off; a half-made set is a problem naming the variable. */
  auth(): AuthOptions | undefined {
    const reads = this.oneOf('AUTH_READS', ['open', 'required'] as const, 'open');
    const options: Partial<AuthOptions> = {
      jwtSecret: this.env.AUTH_JWT_SECRET === undefined || this.env.AUTH_JWT_SECRET === '' ? undefined : this.env.AUTH_JWT_SECRET,
      jwksUrl: this.optional('AUTH_JWKS_URL'),
      issuer: this.optional('AUTH_ISSUER'),
      audience: this.optional('AUTH_AUDIENCE'),
      rolesClaim: this.optional('AUTH_ROLES_CLAIM'),
      readsRequired: reads === 'required',
      readRole: this.env.AUTH_READ_ROLE,
    };
    const problems = authOptionProblems(options);
    this.problems.push(...problems);
    if (problems.length > 0 || (options.jwtSecret === undefined && options.jwksUrl === undefined)) return undefined;
    return options as AuthOptions;
  }

  /** A manifest of trusted documents, read and checked now: a bad one stops the start. */
  trustedDocuments(name: string): TrustedDocuments | undefined {
    const path = this.optional(name);
    if (path === undefined) return undefined;
    try {
      return loadTrustedDocuments(path);
    } catch (error) {
      this.problems.push(`${name}: ${(error as Error).message}`);
      return undefined;
    }
  }

  neo4jUri(name: string): string | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return undefined;
    const scheme = /^([a-z0-9+]+):\/\/[^/]+/i.exec(raw)?.[1]?.toLowerCase();
    if (scheme === undefined || !NEO4J_SCHEMES.includes(scheme)) {
      this.problems.push(`${name} must be a URI such as bolt://host:7687 or neo4j+s://host, got "${raw}"`);
      return undefined;
    }
    return raw;
  }
}
