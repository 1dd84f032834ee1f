"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildGraphSchema = buildGraphSchema;
require("reflect-metadata");
const type_graphql_1 = require("type-graphql");
const entity_query_resolver_1 = require("../resolvers/entity-query.resolver");
const entity_resolver_1 = require("../resolvers/entity.resolver");
const relationship_resolver_1 = require("../resolvers/relationship.resolver");
const relationship_edge_resolver_1 = require("../resolvers/relationship-edge.resolver");
const country_resolver_1 = require("../resolvers/country.resolver");
const event_resolver_1 = require("../resolvers/event.resolver");
const organization_resolver_1 = require("../resolvers/organization.resolver");
const person_resolver_1 = require("../resolvers/person.resolver");
const position_resolver_1 = require("../resolvers/position.resolver");
const product_topic_resolver_1 = require("../resolvers/product-topic.resolver");
const source_resolver_1 = require("../resolvers/source.resolver");
const timeline_resolver_1 = require("../resolvers/timeline.resolver");
const search_resolver_1 = require("../resolvers/search.resolver");
const traversal_resolver_1 = require("../resolvers/traversal.resolver");
const entity_kinds_type_1 = require("./entity-kinds.type");
/**
 * The GraphQL schema, built in this one place. The emitted SDL is committed as
 * `schema/schema.graphql` so every change to the API shows in review.
 */
function buildGraphSchema() {
    const schema = (0, type_graphql_1.buildSchemaSync)({
        resolvers: [
            entity_query_resolver_1.EntityQueryResolver,
            entity_resolver_1.EntityResolver,
            relationship_resolver_1.RelationshipResolver,
            relationship_edge_resolver_1.RelationshipEdgeResolver,
            person_resolver_1.PersonResolver,
            position_resolver_1.PositionResolver,
            position_resolver_1.ParticipantResolver,
            organization_resolver_1.OrganizationResolver,
            country_resolver_1.CountryResolver,
            event_resolver_1.EventResolver,
            product_topic_resolver_1.ProductResolver,
            product_topic_resolver_1.TopicResolver,
            source_resolver_1.SourceResolver,
            source_resolver_1.FactResolver,
            timeline_resolver_1.TimelineResolver,
            search_resolver_1.SearchResolver,
            traversal_resolver_1.TraversalResolver,
        ],
        orphanedTypes: [...entity_kinds_type_1.ENTITY_KINDS],
        // Inputs are checked by our own bounds with clear messages; class-validator stays off for speed.
        validate: false,
    });
    const query = schema.getQueryType();
    if (query)
        query.description = 'Questions to the knowledge graph. Every fact returned carries its sources.';
    return schema;
}
