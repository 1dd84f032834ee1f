"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkExternalRefs = checkExternalRefs;
const enums_1 = require("../../schema/enums");
const values_1 = require("../values");
const seed_problems_1 = require("./seed-problems");
const seed_writes_1 = require("./seed-writes");
const TYPE_OF_LABEL = new Map(Object.values(enums_1.EntityType).map((type) => [enums_1.LABEL_OF_TYPE[type], type]));
/** Every place a record of `graph` uses one of `external`, in file order, for messages. */
function usagesOf(graph, external) {
    const usages = [];
    const add = (where, field, ids, mustBeSource) => {
        for (const id of ids)
            if (external.has(id))
                usages.push({ where, field, id, mustBeSource });
    };
    const addSources = (where, record) => {
        add(where, 'sources', record.sources, true);
        for (const [property, ids] of Object.entries(record.propertySources))
            add(where, `propertySources.${property}`, ids, true);
    };
    for (const entity of graph.entities)
        addSources((0, seed_problems_1.entityWhere)(entity.file, entity.index, entity.id), entity);
    for (const rel of graph.relationships) {
        const where = (0, seed_problems_1.relationshipWhere)(rel.file, rel.index, rel);
        add(where, 'from', [rel.from], false);
        add(where, 'to', [rel.to], false);
        addSources(where, rel);
    }
    return usages;
}
/** Throws a SeedValidationError naming every use of an external id the database cannot satisfy. */
async function checkExternalRefs(runner, graph) {
    if (graph.externalRefs.length === 0)
        return;
    const result = await runner.read((0, seed_writes_1.existingEntitiesQuery)(graph.externalRefs));
    const typeOf = new Map();
    for (const record of result.records) {
        const labels = (0, values_1.toStringList)(record.get('labels'));
        typeOf.set(String(record.get('id')), labels.map((label) => TYPE_OF_LABEL.get(label)).find((t) => t !== undefined));
    }
    const problems = [];
    for (const usage of usagesOf(graph, new Set(graph.externalRefs))) {
        const prefix = `${usage.where}: "${usage.field}"`;
        if (!typeOf.has(usage.id)) {
            problems.push(`${prefix} refers to unknown id "${usage.id}" (neither in the seed files nor in the database)`);
        }
        else if (usage.mustBeSource && typeOf.get(usage.id) !== enums_1.EntityType.SOURCE) {
            const type = typeOf.get(usage.id) ?? 'no known kind';
            problems.push(`${prefix} lists "${usage.id}", which is of type ${type} in the database, not SOURCE`);
        }
    }
    if (problems.length > 0)
        throw new seed_problems_1.SeedValidationError(problems);
}
