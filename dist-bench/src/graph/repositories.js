"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createRepositories = createRepositories;
const entity_list_repository_1 = require("./entity-list.repository");
const entity_repository_1 = require("./entity.repository");
const traversal_repository_1 = require("./traversal.repository");
const timeline_repository_1 = require("./timeline.repository");
const relationship_repository_1 = require("./relationship.repository");
const source_facts_repository_1 = require("./source-facts.repository");
const search_repository_1 = require("./search.repository");
function createRepositories(runner) {
    return {
        entities: new entity_repository_1.EntityRepository(runner),
        traversal: new traversal_repository_1.TraversalRepository(runner),
        entityList: new entity_list_repository_1.EntityListRepository(runner),
        timeline: new timeline_repository_1.TimelineRepository(runner),
        relationships: new relationship_repository_1.RelationshipRepository(runner),
        sourceFacts: new source_facts_repository_1.SourceFactsRepository(runner),
        search: new search_repository_1.SearchRepository(runner),
    };
}
