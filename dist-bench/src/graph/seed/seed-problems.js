"use strict";
/**
 * Seed problems are collected, not thrown one by one: whoever edits a seed by hand should see every
 * mistake of a run at once, each with the file and record it sits in.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.Problems = exports.SeedValidationError = void 0;
exports.entityWhere = entityWhere;
exports.relationshipWhere = relationshipWhere;
class SeedValidationError extends Error {
    problems;
    constructor(problems) {
        const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
        super(`Invalid seed graph (${count}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        // Keeps `instanceof` working whatever the compile target is.
        Object.setPrototypeOf(this, new.target.prototype);
        this.name = 'SeedValidationError';
        this.problems = problems;
    }
}
exports.SeedValidationError = SeedValidationError;
class Problems {
    list = [];
    add(where, message) {
        this.list.push(`${where}: ${message}`);
    }
    /** Throws every problem collected so far, if there is any. */
    throwIfAny() {
        if (this.list.length > 0)
            throw new SeedValidationError([...this.list]);
    }
}
exports.Problems = Problems;
/** `people.json: entities[2] (id "taro-kono")`: how messages point at an entity. */
function entityWhere(file, index, id) {
    const label = typeof id === 'string' ? ` (id "${id}")` : '';
    return `${file}: entities[${index}]${label}`;
}
/** `relationships.json: relationships[5] (sam-altman HOLDS_POSITION openai)`. */
function relationshipWhere(file, index, triple) {
    const part = (value) => (typeof value === 'string' && value !== '' ? value : '?');
    return `${file}: relationships[${index}] (${part(triple.from)} ${part(triple.type)} ${part(triple.to)})`;
}
