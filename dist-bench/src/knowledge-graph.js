"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createKnowledgeGraph = createKnowledgeGraph;
const pino_1 = __importDefault(require("pino"));
const context_1 = require("./context");
const cypher_runner_1 = require("./graph/cypher-runner");
const build_schema_1 = require("./schema/build-schema");
/**
 * Creates a knowledge graph over the host's driver. Builds the schema; does not touch the database,
 * listen on a port or read the environment.
 */
async function createKnowledgeGraph(options) {
    const runner = new cypher_runner_1.CypherRunner(options.driver, {
        database: options.database,
        queryTimeoutMs: options.queryTimeoutMs,
    });
    return {
        schema: (0, build_schema_1.buildGraphSchema)(),
        createContext: () => (0, context_1.createGraphContext)(runner),
        plugins: [],
        runner,
        logger: options.logger ?? (0, pino_1.default)({ level: 'silent' }),
    };
}
