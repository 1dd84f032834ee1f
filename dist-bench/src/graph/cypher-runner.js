"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CypherRunner = void 0;
const neo4j_driver_1 = __importDefault(require("neo4j-driver"));
const neo4j_errors_1 = require("./neo4j-errors");
/**
 * The one place that talks to Neo4j: managed transactions (retried on transient errors, routed to
 * readers in a cluster), a server-side timeout on every query, sessions closed in `finally`, and Neo4j
 * errors mapped to the API's coded errors.
 */
class CypherRunner {
    driver;
    options;
    queryTimeoutMs;
    constructor(driver, options = {}) {
        this.driver = driver;
        this.options = options;
        this.queryTimeoutMs = options.queryTimeoutMs ?? 10_000;
    }
    /** A runner that also reports to `observer`, sharing the driver: used for per-request counting. */
    withObserver(observer) {
        return new CypherRunner(this.driver, {
            ...this.options,
            observers: [...(this.options.observers ?? []), observer],
        });
    }
    read(query) {
        return this.run('read', query);
    }
    write(query) {
        return this.run('write', query);
    }
    async run(mode, query) {
        const session = this.driver.session({
            database: this.options.database,
            defaultAccessMode: mode === 'read' ? neo4j_driver_1.default.session.READ : neo4j_driver_1.default.session.WRITE,
        });
        const started = performance.now();
        let ok = false;
        try {
            const config = { timeout: this.queryTimeoutMs, metadata: { app: 'knowledge-graph-api', query: query.name } };
            const work = (tx) => tx.run(query.cypher, query.params);
            const result = mode === 'read' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
            ok = true;
            return result;
        }
        catch (error) {
            throw (0, neo4j_errors_1.mapNeo4jError)(error, this.queryTimeoutMs);
        }
        finally {
            await session.close().catch(() => undefined);
            const durationMs = performance.now() - started;
            for (const observer of this.options.observers ?? [])
                observer.onQuery({ name: query.name, mode, durationMs, ok });
        }
    }
}
exports.CypherRunner = CypherRunner;
