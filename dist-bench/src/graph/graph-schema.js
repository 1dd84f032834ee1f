"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.schemaStatements = schemaStatements;
exports.schemaFiles = schemaFiles;
exports.applyGraphSchema = applyGraphSchema;
const node_fs_1 = require("node:fs");
const node_path_1 = __importDefault(require("node:path"));
const paths_1 = require("../paths");
/**
 * The database schema (constraints, indexes, the full-text index) lives as plain `.cypher` files in
 * `schema/`, so an operator can read or apply them by hand; this module applies them from code at
 * start-up and before a seed load. Every statement says IF NOT EXISTS, so applying is idempotent.
 */
/** How long start-up waits for new indexes to come online, in seconds. */
const AWAIT_INDEXES_SECONDS = 120;
/** The statements of one schema file: `//` comment lines dropped, split on `;`, blanks skipped. */
function schemaStatements(text) {
    const code = text
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n');
    return code
        .split(';')
        .map((statement) => statement.trim())
        .filter((statement) => statement !== '');
}
/** Every `*.cypher` of `folder`, in name order (files are numbered so constraints come first). */
function schemaFiles(folder = (0, paths_1.schemaDir)()) {
    return (0, node_fs_1.readdirSync)(folder, { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.cypher'))
        .map((entry) => node_path_1.default.join(folder, entry.name))
        .sort();
}
/**
 * Applies every schema statement of `folder` (default `schema/`), then waits until every index is
 * online so that the first queries and the seed's MERGEs use them.
 */
async function applyGraphSchema(runner, folder = (0, paths_1.schemaDir)()) {
    for (const file of schemaFiles(folder)) {
        const name = node_path_1.default.basename(file, '.cypher');
        const statements = schemaStatements((0, node_fs_1.readFileSync)(file, 'utf8'));
        // One schema command per transaction: Neo4j refuses schema and data writes in one transaction,
        // and a failure then names the one statement at fault.
        for (const [index, cypher] of statements.entries()) {
            await runner.write({ name: `schema.${name}.${index + 1}`, cypher, params: {} });
        }
    }
    await runner.write({
        name: 'schema.awaitIndexes',
        // A literal, not a parameter: JS numbers arrive as floats and the procedure takes an INTEGER.
        cypher: `CALL db.awaitIndexes(${AWAIT_INDEXES_SECONDS})`,
        params: {},
    });
}
