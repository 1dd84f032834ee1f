"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadSeed = loadSeed;
exports.loadSeedGraph = loadSeedGraph;
exports.isGraphEmpty = isGraphEmpty;
const values_1 = require("../values");
const external_refs_1 = require("./external-refs");
const seed_writes_1 = require("./seed-writes");
const validate_seed_1 = require("./validate-seed");
const DEFAULT_BATCH_SIZE = 1000;
/** Reads, validates and loads every `*.json` of `folder`. Throws SeedValidationError before any write. */
async function loadSeed(runner, folder, options = {}) {
    const files = (0, validate_seed_1.readSeedFolder)(folder);
    const graph = (0, validate_seed_1.validateSeed)(files, { allowExternalRefs: true });
    const summary = await loadSeedGraph(runner, graph, options);
    return { ...summary, files: files.map((file) => file.path) };
}
/**
 * Loads a graph already validated by `validateSeed` (with `allowExternalRefs`), e.g. one generated
 * in memory. Its external references are checked against the database before anything is written.
 */
async function loadSeedGraph(runner, graph, options = {}) {
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isInteger(batchSize) || batchSize < 1)
        throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
    await (0, external_refs_1.checkExternalRefs)(runner, graph);
    const total = graph.entities.length + graph.relationships.length;
    let done = 0;
    options.onProgress?.(done, total);
    const write = async (query, expected) => {
        const result = await runner.write(query);
        const written = (0, values_1.toNumber)(result.records[0]?.get('written') ?? 0);
        // Only a relationship whose endpoint vanished since the check can fall out of a MATCH.
        if (written !== expected)
            throw new Error(`${query.name}: wrote ${written} of ${expected} records (an endpoint is missing)`);
        done += expected;
        options.onProgress?.(done, total);
    };
    // Entities first: relationships MATCH their endpoints.
    for (const [type, entities] of groupBy(graph.entities, (e) => e.type)) {
        for (const batch of chunks(entities, batchSize)) {
            await write((0, seed_writes_1.mergeEntitiesQuery)(type, batch.map(seed_writes_1.entityRow)), batch.length);
        }
    }
    for (const [type, relationships] of groupBy(graph.relationships, (r) => r.type)) {
        for (const batch of chunks(relationships, batchSize)) {
            await write((0, seed_writes_1.mergeRelationshipsQuery)(type, batch.map(seed_writes_1.relationshipRow)), batch.length);
        }
    }
    return { entities: graph.entities.length, relationships: graph.relationships.length, files: [] };
}
/** True when the database holds no entity: `npm start` then loads the shipped seed. */
async function isGraphEmpty(runner) {
    const result = await runner.read((0, seed_writes_1.graphIsEmptyQuery)());
    return result.records[0]?.get('empty') === true;
}
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const k = key(item);
        const group = groups.get(k);
        if (group)
            group.push(item);
        else
            groups.set(k, [item]);
    }
    return groups;
}
function chunks(items, size) {
    const result = [];
    for (let i = 0; i < items.length; i += size)
        result.push(items.slice(i, i + size));
    return result;
}
