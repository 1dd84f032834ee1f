"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const launcher_1 = require("../neo4j/launcher");
const config_1 = require("./config");
const database_1 = require("./database");
const cypher_runner_1 = require("./graph/cypher-runner");
const graph_schema_1 = require("./graph/graph-schema");
const load_seed_1 = require("./graph/seed/load-seed");
const server_1 = require("./http/server");
const knowledge_graph_1 = require("./knowledge-graph");
const logger_1 = require("./logger");
const paths_1 = require("./paths");
/** Start-up work waits for index population: far above a request's timeout. */
const SETUP_QUERY_TIMEOUT_MS = 120_000;
/**
 * The standalone server: config, database (the local Neo4j when NEO4J_URI is unset), schema and seed,
 * HTTP. Everything it does is available to embedding hosts through `src/index.ts`.
 */
async function main() {
    const config = (0, config_1.loadConfig)();
    const logger = (0, logger_1.createLogger)(config.logLevel);
    const stack = [];
    const shutdown = async (signal) => {
        logger.info({ signal }, 'shutting down');
        for (const stop of stack.reverse())
            await stop().catch((error) => logger.error({ err: error }, 'stop failed'));
        process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    let uri = config.neo4jUri;
    if (uri === undefined) {
        const local = await (0, launcher_1.startLocalNeo4j)({ dir: config.localNeo4jDir, boltPort: config.localNeo4jBoltPort });
        stack.push(() => local.stop());
        uri = local.uri;
        logger.info({ uri, dir: config.localNeo4jDir }, 'local Neo4j started');
    }
    const driver = (0, database_1.createDriver)(uri, config);
    stack.push(() => driver.close());
    await (0, database_1.verifyConnection)(driver, uri, config.neo4jDatabase);
    const setup = new cypher_runner_1.CypherRunner(driver, { database: config.neo4jDatabase, queryTimeoutMs: SETUP_QUERY_TIMEOUT_MS });
    await (0, graph_schema_1.applyGraphSchema)(setup);
    if (await (0, load_seed_1.isGraphEmpty)(setup)) {
        const seeded = await (0, load_seed_1.loadSeed)(setup, (0, paths_1.seedDataDir)());
        logger.info({ entities: seeded.entities, relationships: seeded.relationships, files: seeded.files.length }, 'empty database seeded');
    }
    const kg = await (0, knowledge_graph_1.createKnowledgeGraph)({ driver, database: config.neo4jDatabase, logger });
    const server = await (0, server_1.startHttpServer)(kg, {
        port: config.port,
        host: config.host,
        production: config.nodeEnv === 'production',
    });
    stack.push(() => server.stop());
    logger.info({ url: server.url }, 'knowledge-graph-api ready');
    process.stdout.write(`knowledge-graph-api: serving ${server.url}${config.nodeEnv === 'production' ? '' : ' (open it for Apollo Sandbox)'}\n`);
}
main().catch((error) => {
    // Start-up failures are the operator's to fix: one line, no stack trace.
    process.stderr.write(`knowledge-graph-api: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
});
