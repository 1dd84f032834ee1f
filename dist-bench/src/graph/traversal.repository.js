"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TraversalRepository = void 0;
const neighborhood_query_1 = require("./neighborhood-query");
const path_queries_1 = require("./path-queries");
const records_1 = require("./records");
function toPathRecord(raw) {
    const relationships = raw.relationships.map(records_1.toRelationshipRecord);
    return { length: relationships.length, nodes: raw.nodes.map(records_1.toEntityRecord), relationships };
}
/** Neighbourhoods and paths: one round trip each, the existence of the ends checked in the same one. */
class TraversalRepository {
    runner;
    constructor(runner) {
        this.runner = runner;
    }
    /** Null when the centre does not exist. */
    async neighborhood(params) {
        const result = await this.runner.read((0, neighborhood_query_1.neighborhoodQuery)(params));
        const record = result.records[0];
        if (record === undefined)
            return null;
        return {
            nodes: record.get('nodes').map(records_1.toEntityRecord),
            relationships: record.get('relationships').map(records_1.toRelationshipRecord),
            truncated: record.get('truncated') === true,
        };
    }
    async shortestPath(params) {
        return this.search((0, path_queries_1.shortestPathQuery)(params));
    }
    async paths(params) {
        return this.search((0, path_queries_1.pathsQuery)(params));
    }
    async search(query) {
        const result = await this.runner.read(query);
        const record = result.records[0];
        if (record === undefined)
            throw new Error(`${query.name} returned no row`);
        const missing = [];
        if (record.get('fromFound') !== true)
            missing.push('from');
        if (record.get('toFound') !== true)
            missing.push('to');
        return { missing, paths: record.get('paths').map(toPathRecord) };
    }
}
exports.TraversalRepository = TraversalRepository;
