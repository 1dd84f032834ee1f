"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readSeedFolder = exports.SeedValidationError = void 0;
exports.validateSeed = validateSeed;
const seed_fields_1 = require("./seed-fields");
const seed_problems_1 = require("./seed-problems");
const seed_references_1 = require("./seed-references");
const validate_entity_1 = require("./validate-entity");
const validate_relationship_1 = require("./validate-relationship");
var seed_problems_2 = require("./seed-problems");
Object.defineProperty(exports, "SeedValidationError", { enumerable: true, get: function () { return seed_problems_2.SeedValidationError; } });
var read_seed_folder_1 = require("./read-seed-folder");
Object.defineProperty(exports, "readSeedFolder", { enumerable: true, get: function () { return read_seed_folder_1.readSeedFolder; } });
/**
 * Validates a seed graph without a database: every file's records, then the checks across files.
 * All problems are collected and thrown together as one SeedValidationError.
 */
const FILE_KEYS = ['entities', 'relationships'];
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The records under `key`, or [] after reporting why the file's shape is wrong. */
function recordsOf(path, content, key, problems) {
    const value = content[key];
    if (value === undefined)
        return [];
    if (!Array.isArray(value)) {
        problems.add(path, `"${key}" must be an array`);
        return [];
    }
    return value;
}
function collectFile(file, into, problems) {
    const { path, content } = file;
    if (!isRecord(content)) {
        problems.add(path, 'must be a JSON object with "entities" and/or "relationships"');
        return;
    }
    for (const key of Object.keys(content)) {
        if (!FILE_KEYS.includes(key)) {
            problems.add(path, `unknown top-level key "${key}" (expected "entities", "relationships")`);
        }
    }
    recordsOf(path, content, 'entities', problems).forEach((raw, index) => {
        const where = (0, seed_problems_1.entityWhere)(path, index, isRecord(raw) ? raw.id : undefined);
        if (!isRecord(raw))
            return problems.add(where, 'must be an object');
        const check = new seed_fields_1.RecordChecker(raw, where, problems, into.references);
        into.entities.push((0, validate_entity_1.validateEntity)(check, { file: path, index }));
    });
    recordsOf(path, content, 'relationships', problems).forEach((raw, index) => {
        const where = (0, seed_problems_1.relationshipWhere)(path, index, isRecord(raw) ? raw : {});
        if (!isRecord(raw))
            return problems.add(where, 'must be an object');
        const check = new seed_fields_1.RecordChecker(raw, where, problems, into.references);
        into.relationships.push((0, validate_relationship_1.validateRelationship)(check, { file: path, index }));
    });
}
function validateSeed(files, options = {}) {
    const problems = new seed_problems_1.Problems();
    const collected = { entities: [], relationships: [], references: [] };
    for (const file of files)
        collectFile(file, collected, problems);
    const byId = (0, seed_references_1.indexEntities)(collected.entities, problems);
    (0, seed_references_1.checkDuplicateTriples)(collected.relationships, problems);
    const externalRefs = (0, seed_references_1.resolveReferences)(collected.references, byId, options.allowExternalRefs === true, problems);
    problems.throwIfAny();
    return { entities: collected.entities, relationships: collected.relationships, externalRefs };
}
