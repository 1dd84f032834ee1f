"use strict";
/**
 * The environment, read once into a typed and validated config. Every problem names the variable and
 * the value it got, so a bad deployment fails at start-up with one readable line.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConfigError = void 0;
exports.loadConfig = loadConfig;
class ConfigError extends Error {
    problems;
    constructor(problems) {
        super(`invalid configuration: ${problems.join('; ')}`);
        this.problems = problems;
        this.name = 'ConfigError';
    }
}
exports.ConfigError = ConfigError;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const NODE_ENVS = ['development', 'production', 'test'];
const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
/** Reads `env` (by default `process.env`) into a {@link Config}; throws {@link ConfigError} listing every problem. */
function loadConfig(env = process.env) {
    const problems = [];
    const read = new EnvReader(env, problems);
    const config = {
        port: read.port('PORT', 4000),
        host: read.nonEmpty('HOST', '127.0.0.1'),
        neo4jUri: read.neo4jUri('NEO4J_URI'),
        neo4jUsername: read.nonEmpty('NEO4J_USERNAME', 'neo4j'),
        neo4jPassword: env.NEO4J_PASSWORD ?? 'neo4j',
        neo4jDatabase: read.optional('NEO4J_DATABASE'),
        localNeo4jDir: read.nonEmpty('LOCAL_NEO4J_DIR', '.neo4j'),
        localNeo4jBoltPort: read.port('LOCAL_NEO4J_BOLT_PORT', 7687),
        logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
        nodeEnv: read.oneOf('NODE_ENV', NODE_ENVS, 'development'),
    };
    if (problems.length > 0)
        throw new ConfigError(problems);
    return config;
}
/** Collects problems instead of throwing at the first, so one start-up reports them all. */
class EnvReader {
    env;
    problems;
    constructor(env, problems) {
        this.env = env;
        this.problems = problems;
    }
    optional(name) {
        const value = this.env[name];
        return value === undefined || value.trim() === '' ? undefined : value.trim();
    }
    nonEmpty(name, fallback) {
        return this.optional(name) ?? fallback;
    }
    port(name, fallback) {
        const raw = this.optional(name);
        if (raw === undefined)
            return fallback;
        const port = Number(raw);
        if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
            this.problems.push(`${name} must be a port number from 1 to 65535, got "${raw}"`);
            return fallback;
        }
        return port;
    }
    oneOf(name, allowed, fallback) {
        const raw = this.optional(name);
        if (raw === undefined)
            return fallback;
        if (!allowed.includes(raw)) {
            this.problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
            return fallback;
        }
        return raw;
    }
    neo4jUri(name) {
        const raw = this.optional(name);
        if (raw === undefined)
            return undefined;
        const scheme = /^([a-z0-9+]+):\/\/[^/]+/i.exec(raw)?.[1]?.toLowerCase();
        if (scheme === undefined || !NEO4J_SCHEMES.includes(scheme)) {
            this.problems.push(`${name} must be a URI such as bolt://host:7687 or neo4j+s://host, got "${raw}"`);
            return undefined;
        }
        return raw;
    }
}
