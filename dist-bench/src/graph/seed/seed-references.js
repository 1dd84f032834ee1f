"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.indexEntities = indexEntities;
exports.checkDuplicateTriples = checkDuplicateTriples;
exports.resolveReferences = resolveReferences;
const enums_1 = require("../../schema/enums");
const seed_problems_1 = require("./seed-problems");
/**
 * Checks that need every file at once: ids unique across files, references that resolve, and one
 * relationship per triple. Files are validated as one graph because records refer across them.
 */
const whereOfEntity = (e) => (0, seed_problems_1.entityWhere)(e.file, e.index, e.id);
/** Ids must be unique across all kinds and files, since `entity(id:)` takes no kind. */
function indexEntities(entities, problems) {
    const byId = new Map();
    for (const entity of entities) {
        if (entity.id === '')
            continue;
        const first = byId.get(entity.id);
        if (first) {
            problems.add(whereOfEntity(entity), `duplicate id "${entity.id}", already defined at ${whereOfEntity(first)}`);
        }
        else {
            byId.set(entity.id, entity);
        }
    }
    return byId;
}
function checkDuplicateTriples(relationships, problems) {
    const seen = new Map();
    for (const rel of relationships) {
        const first = seen.get(rel.id);
        if (first) {
            const firstWhere = (0, seed_problems_1.relationshipWhere)(first.file, first.index, first);
            const where = (0, seed_problems_1.relationshipWhere)(rel.file, rel.index, rel);
            problems.add(where, `duplicate relationship, already defined at ${firstWhere}`);
        }
        else {
            seen.set(rel.id, rel);
        }
    }
}
/**
 * Resolves references against the files. Unknown ids are problems unless `allowExternal`, in which
 * case they are returned for the caller (the loader) to look up in the database.
 */
function resolveReferences(references, byId, allowExternal, problems) {
    const external = new Set();
    for (const ref of references) {
        const target = byId.get(ref.id);
        if (!target) {
            if (allowExternal)
                external.add(ref.id);
            else
                problems.add(ref.where, `"${ref.field}" refers to unknown id "${ref.id}" (not defined in any seed file)`);
        }
        else if (ref.mustBeSource && target.type !== enums_1.EntityType.SOURCE) {
            problems.add(ref.where, `"${ref.field}" lists "${ref.id}", which is of type ${target.type}, not SOURCE`);
        }
    }
    return [...external].sort();
}
