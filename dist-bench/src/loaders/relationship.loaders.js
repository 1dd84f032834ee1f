"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createRelationshipPageLoader = createRelationshipPageLoader;
exports.createRelatedLoader = createRelatedLoader;
const grouped_loader_1 = require("./grouped-loader");
/** Pages of `Entity.relationships` for every entity of a response level, one query per argument set. */
function createRelationshipPageLoader(relationships) {
    return (0, grouped_loader_1.createGroupedLoader)((ids, { offset, first, ...selection }) => relationships.pages(ids, selection, offset, first), { edges: [], totalCount: 0 });
}
/** The typed fields' relationships (Person.positions, Event.participants, ...), batched the same way. */
function createRelatedLoader(relationships) {
    return (0, grouped_loader_1.createGroupedLoader)((ids, { limit, ...selection }) => relationships.related(ids, selection, limit), []);
}
