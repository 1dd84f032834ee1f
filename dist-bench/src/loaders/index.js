"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createLoaders = createLoaders;
const entity_loader_1 = require("./entity.loader");
const grouped_loader_1 = require("./grouped-loader");
const relationship_loaders_1 = require("./relationship.loaders");
function createLoaders(repositories) {
    return {
        entity: (0, entity_loader_1.createEntityLoader)(repositories.entities),
        relationshipPage: (0, relationship_loaders_1.createRelationshipPageLoader)(repositories.relationships),
        related: (0, relationship_loaders_1.createRelatedLoader)(repositories.relationships),
        facts: (0, grouped_loader_1.createGroupedLoader)((ids, args) => repositories.sourceFacts.pages(ids, args), { facts: [], totalCount: 0 }),
    };
}
