"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.planGraph = void 0;
exports.generateGraph = generateGraph;
exports.generateAll = generateAll;
const entities_1 = require("./generate/entities");
const plan_1 = require("./generate/plan");
const relationships_1 = require("./generate/relationships");
/**
 * The synthetic graph generator: `scale` entities of every kind, ~5 relationships each with a few hubs
 * and many leaves, dated and sourced, Latin and Japanese names. Deterministic for a (scale, seed) pair.
 * It yields SeedGraph chunks, already in the loader's validated shape, so the project's own loader
 * (`loadSeedGraph`) writes them: entities first, then relationships (which MATCH their ends).
 */
var plan_2 = require("./generate/plan");
Object.defineProperty(exports, "planGraph", { enumerable: true, get: function () { return plan_2.planGraph; } });
/** Every (kind, index) in a stable order. */
function* entityKeys(plan) {
    for (const type of plan_1.KIND_ORDER) {
        for (let index = 0; index < plan.counts[type]; index += 1)
            yield [type, index];
    }
}
/** The whole graph in chunks of about `chunkSize` records; memory stays that of one chunk. */
function* generateGraph(plan, chunkSize = 20_000) {
    let entities = [];
    for (const [type, index] of entityKeys(plan)) {
        entities.push((0, entities_1.generateEntity)(plan, type, index));
        if (entities.length >= chunkSize) {
            yield { phase: 'entities', entities, relationships: [], externalRefs: [] };
            entities = [];
        }
    }
    if (entities.length > 0)
        yield { phase: 'entities', entities, relationships: [], externalRefs: [] };
    let relationships = [];
    for (const [type, index] of entityKeys(plan)) {
        relationships.push(...(0, relationships_1.generateRelationships)(plan, type, index));
        if (relationships.length >= chunkSize) {
            yield { phase: 'relationships', entities: [], relationships, externalRefs: [] };
            relationships = [];
        }
    }
    if (relationships.length > 0)
        yield { phase: 'relationships', entities: [], relationships, externalRefs: [] };
}
/** The whole graph in memory: for tests and small scales only. */
function generateAll(scale, seed) {
    const graph = { entities: [], relationships: [], externalRefs: [] };
    for (const chunk of generateGraph((0, plan_1.planGraph)(scale, seed))) {
        graph.entities.push(...chunk.entities);
        graph.relationships.push(...chunk.relationships);
    }
    return graph;
}
