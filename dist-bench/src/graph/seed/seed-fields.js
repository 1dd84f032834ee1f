"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RecordChecker = exports.ID_PATTERN = void 0;
const seed_dates_1 = require("./seed-dates");
/** Ids are public API (`entity(id: "sam-altman")`), so they are stable kebab-case slugs. */
exports.ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
class RecordChecker {
    raw;
    where;
    problems;
    references;
    constructor(raw, where, problems, references) {
        this.raw = raw;
        this.where = where;
        this.problems = problems;
        this.references = references;
    }
    report(message) {
        this.problems.add(this.where, message);
    }
    /** JSON authors write null for "none"; it counts as absent. */
    has(field) {
        return this.raw[field] !== undefined && this.raw[field] !== null;
    }
    /** Reports fields outside `allowed`; `explain` may say why a known field is misplaced. */
    rejectUnknownFields(allowed, explain) {
        for (const field of Object.keys(this.raw)) {
            if (!allowed.includes(field))
                this.report(explain(field) ?? `unknown field "${field}"`);
        }
    }
    string(field, required) {
        if (!this.has(field)) {
            if (required)
                this.report(`missing required field "${field}"`);
            return null;
        }
        const value = this.raw[field];
        if (typeof value !== 'string' || value.trim() === '') {
            this.report(`"${field}" must be a non-empty string`);
            return null;
        }
        return value;
    }
    id(field) {
        const value = this.string(field, true);
        if (value !== null && !exports.ID_PATTERN.test(value)) {
            this.report(`"${field}" "${value}" is not a kebab-case id (lower-case letters, digits, single hyphens)`);
        }
        return value;
    }
    /** A list of non-empty, distinct strings; `required` also means it may not be empty. */
    stringList(field, required) {
        if (!this.has(field)) {
            if (required)
                this.report(`missing required field "${field}"`);
            return [];
        }
        return this.listAt(field, this.raw[field], required);
    }
    /** A reference to a record that must exist (checked later, across files). */
    reference(field) {
        const id = this.string(field, true);
        if (id !== null)
            this.references.push({ where: this.where, field, id, mustBeSource: false });
        return id;
    }
    /** The `sources` list: required, non-empty, each the id of a SOURCE entity. */
    sources() {
        const ids = this.stringList('sources', true);
        this.referSources('sources', ids);
        return ids;
    }
    date(field, required) {
        const text = this.string(field, required);
        if (text === null)
            return null;
        const problem = (0, seed_dates_1.dateProblem)(text);
        if (problem) {
            this.report(`"${field}": ${problem}`);
            return null;
        }
        return (0, seed_dates_1.parseSeedDate)(text);
    }
    enumValue(field, values, what) {
        const text = this.string(field, true);
        if (text === null)
            return null;
        const found = Object.values(values).find((v) => v === text);
        if (found === undefined)
            this.report(`unknown ${what} "${text}"`);
        return found ?? null;
    }
    nonNegativeInteger(field) {
        if (!this.has(field))
            return null;
        const value = this.raw[field];
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
            this.report(`"${field}" must be a non-negative integer`);
            return null;
        }
        return value;
    }
    /** `propertySources` may only name properties this record actually has. */
    propertySources(describable) {
        if (!this.has('propertySources'))
            return {};
        const value = this.raw.propertySources;
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            this.report('"propertySources" must be an object of property name -> source ids');
            return {};
        }
        const result = {};
        for (const [property, ids] of Object.entries(value)) {
            if (!describable.includes(property) || !this.has(property)) {
                this.report(`"propertySources" names "${property}", which is not a property of this record`);
            }
            const field = `propertySources.${property}`;
            result[property] = this.listAt(field, ids, true);
            this.referSources(field, result[property]);
        }
        return result;
    }
    referSources(field, ids) {
        for (const id of ids)
            this.references.push({ where: this.where, field, id, mustBeSource: true });
    }
    listAt(field, value, nonEmpty) {
        if (!Array.isArray(value)) {
            this.report(`"${field}" must be an array of strings`);
            return [];
        }
        if (nonEmpty && value.length === 0)
            this.report(`"${field}" must not be empty`);
        const result = [];
        value.forEach((item, i) => {
            if (typeof item !== 'string' || item.trim() === '') {
                this.report(`"${field}[${i}]" must be a non-empty string`);
            }
            else if (result.includes(item)) {
                this.report(`"${field}" lists "${item}" twice`);
            }
            else {
                result.push(item);
            }
        });
        return result;
    }
}
exports.RecordChecker = RecordChecker;
