"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SeedValidationError = exports.RelationshipType = exports.OrganizationCategory = exports.EventCategory = exports.EntityType = exports.Direction = exports.DatePrecision = exports.ErrorCode = exports.createKnowledgeGraph = void 0;
exports.applyGraphSchema = applyGraphSchema;
exports.loadSeed = loadSeed;
/**
 * knowledge-graph-api as a library: what an embedding Node backend imports. Everything not exported
 * here is private and may change without notice.
 *
 * ```ts
 * const kg = await createKnowledgeGraph({ driver });
 * const server = new ApolloServer({ schema: kg.schema, plugins: kg.plugins, formatError: kg.formatError });
 * app.use('/kg', express.json(), expressMiddleware(server, { context: async () => kg.createContext() }));
 * ```
 */
require("reflect-metadata");
const cypher_runner_1 = require("./graph/cypher-runner");
const graph_schema_1 = require("./graph/graph-schema");
const load_seed_1 = require("./graph/seed/load-seed");
const paths_1 = require("./paths");
var knowledge_graph_1 = require("./knowledge-graph");
Object.defineProperty(exports, "createKnowledgeGraph", { enumerable: true, get: function () { return knowledge_graph_1.createKnowledgeGraph; } });
var errors_1 = require("./errors");
Object.defineProperty(exports, "ErrorCode", { enumerable: true, get: function () { return errors_1.ErrorCode; } });
var enums_1 = require("./schema/enums");
Object.defineProperty(exports, "DatePrecision", { enumerable: true, get: function () { return enums_1.DatePrecision; } });
Object.defineProperty(exports, "Direction", { enumerable: true, get: function () { return enums_1.Direction; } });
Object.defineProperty(exports, "EntityType", { enumerable: true, get: function () { return enums_1.EntityType; } });
Object.defineProperty(exports, "EventCategory", { enumerable: true, get: function () { return enums_1.EventCategory; } });
Object.defineProperty(exports, "OrganizationCategory", { enumerable: true, get: function () { return enums_1.OrganizationCategory; } });
Object.defineProperty(exports, "RelationshipType", { enumerable: true, get: function () { return enums_1.RelationshipType; } });
var validate_seed_1 = require("./graph/seed/validate-seed");
Object.defineProperty(exports, "SeedValidationError", { enumerable: true, get: function () { return validate_seed_1.SeedValidationError; } });
/** Schema work waits for index population, so it gets far more time than a request. */
const SETUP_TIMEOUT_MS = 120_000;
/**
 * Creates the constraints and indexes the API relies on (unique ids, lookups, the full-text search
 * indexes) and waits until they are online. Idempotent: safe at every start.
 */
async function applyGraphSchema(driver, target = {}) {
    await (0, graph_schema_1.applyGraphSchema)(new cypher_runner_1.CypherRunner(driver, { database: target.database, queryTimeoutMs: SETUP_TIMEOUT_MS }));
}
/**
 * Validates every `*.json` file of `folder` (see the package's seed/README.md for the format) and, when
 * all of it is sound, merges it into the graph. Nothing is written if any record is invalid
 * ({@link SeedValidationError} lists every problem). Loading the same folder twice changes nothing.
 *
 * @param folder Defaults to the bundled seed graph.
 */
async function loadSeed(driver, folder = (0, paths_1.seedDataDir)(), options = {}) {
    const runner = new cypher_runner_1.CypherRunner(driver, { database: options.database, queryTimeoutMs: SETUP_TIMEOUT_MS });
    return (0, load_seed_1.loadSeed)(runner, folder, { onProgress: options.onProgress });
}
