"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const node_fs_1 = require("node:fs");
const node_path_1 = __importDefault(require("node:path"));
const cli_progress_1 = require("cli-progress");
const launcher_1 = require("../neo4j/launcher");
const config_1 = require("./config");
const database_1 = require("./database");
const cypher_runner_1 = require("./graph/cypher-runner");
const graph_schema_1 = require("./graph/graph-schema");
const load_seed_1 = require("./graph/seed/load-seed");
const validate_seed_1 = require("./graph/seed/validate-seed");
const paths_1 = require("./paths");
/**
 * `npm run seed [-- folder]`: loads a folder of seed files (default `seed/data/`) into the database
 * of NEO4J_URI, or into the local Neo4j when it is unset, after applying the schema. Loading is
 * idempotent, so running it again is safe.
 */
/** Below this many records a load takes a moment and a bar would only flicker. */
const PROGRESS_BAR_THRESHOLD = 2000;
/** Schema changes wait for index population and large batches take time: far above a request's timeout. */
const SEED_QUERY_TIMEOUT_MS = 120_000;
function seedFolder() {
    // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
    const base = process.env.INIT_CWD ?? process.cwd();
    const folder = node_path_1.default.resolve(base, process.argv[2] ?? (0, paths_1.seedDataDir)());
    if (!(0, node_fs_1.existsSync)(folder) || !(0, node_fs_1.statSync)(folder).isDirectory())
        throw new Error(`no such folder: ${folder}`);
    return folder;
}
/** A bar on stderr for large loads in a terminal; nothing otherwise (logs and CI stay clean). */
function progressReporter() {
    let bar;
    const options = {
        onProgress(done, total) {
            if (bar === undefined) {
                if (!process.stderr.isTTY || total <= PROGRESS_BAR_THRESHOLD)
                    return;
                bar = new cli_progress_1.SingleBar({ format: 'seed [{bar}] {percentage}% | {value}/{total} records', stream: process.stderr }, cli_progress_1.Presets.shades_classic);
                bar.start(total, done);
            }
            else {
                bar.update(done);
            }
        },
    };
    return { options, stop: () => bar?.stop() };
}
async function main() {
    const config = (0, config_1.loadConfig)();
    const folder = seedFolder();
    // Validated before any database is started or touched: a bad file costs no time and writes nothing.
    const files = (0, validate_seed_1.readSeedFolder)(folder);
    const graph = (0, validate_seed_1.validateSeed)(files, { allowExternalRefs: true });
    const cleanup = [];
    try {
        let uri = config.neo4jUri;
        if (uri === undefined) {
            const local = await (0, launcher_1.startLocalNeo4j)({ dir: config.localNeo4jDir, boltPort: config.localNeo4jBoltPort });
            cleanup.unshift(() => local.stop());
            uri = local.uri;
        }
        const driver = (0, database_1.createDriver)(uri, config);
        cleanup.unshift(() => driver.close());
        await (0, database_1.verifyConnection)(driver, uri, config.neo4jDatabase);
        const runner = new cypher_runner_1.CypherRunner(driver, { database: config.neo4jDatabase, queryTimeoutMs: SEED_QUERY_TIMEOUT_MS });
        await (0, graph_schema_1.applyGraphSchema)(runner);
        const progress = progressReporter();
        const summary = await (0, load_seed_1.loadSeedGraph)(runner, graph, progress.options).finally(() => progress.stop());
        const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
        process.stdout.write(`seed: loaded ${summary.entities} entities and ${summary.relationships} relationships from ${plural(files.length, 'file')}\n`);
    }
    finally {
        for (const stop of cleanup)
            await stop().catch(() => undefined);
    }
}
function explain(error) {
    // A validation error lists its problems one per line; anything else is one line, never a stack.
    if (error instanceof validate_seed_1.SeedValidationError)
        return error.message;
    const message = error instanceof Error ? error.message : String(error);
    return message.split('\n')[0];
}
main().then(() => process.exit(0), (error) => {
    process.stderr.write(`seed: ${explain(error)}\n`);
    process.exit(1);
});
