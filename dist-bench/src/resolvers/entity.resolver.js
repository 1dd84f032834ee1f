"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.EntityResolver = void 0;
const type_graphql_1 = require("type-graphql");
const graphql_scalars_1 = require("graphql-scalars");
const connections_type_1 = require("../schema/connections.type");
const entity_interface_1 = require("../schema/entity.interface");
const entity_kinds_type_1 = require("../schema/entity-kinds.type");
const enums_1 = require("../schema/enums");
const bounds_1 = require("./bounds");
const cursor_1 = require("./cursor");
const load_entities_1 = require("./load-entities");
/** Fields every entity has, whatever its kind. */
let EntityResolver = class EntityResolver {
    sources(entity, context) {
        return (0, load_entities_1.loadEntities)(context, entity.sourceIds);
    }
    async relationships(entity, { loaders }, types, direction, first, after, asOf) {
        const pageSize = (0, bounds_1.withinBounds)('first', first, bounds_1.BOUNDS.first.max);
        const offset = (0, cursor_1.offsetAfter)('relationships', after);
        const args = { types: types ?? null, direction: direction ?? enums_1.Direction.BOTH, asOf: (0, bounds_1.isoDay)(asOf), offset, first: pageSize };
        const page = await loaders.relationshipPage.load({ id: entity.id, args });
        return (0, cursor_1.pageOf)('relationships', page.edges, offset, page.totalCount, (edge, cursor) => ({
            cursor,
            node: edge.relationship,
            otherId: edge.otherId,
        }));
    }
};
exports.EntityResolver = EntityResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_kinds_type_1.Source], { description: 'Where the facts about this entity come from.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], EntityResolver.prototype, "sources", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => connections_type_1.RelationshipConnection, {
        description: 'Relationships of this entity, provenance included, ordered by type and the other end\'s name.',
    }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __param(2, (0, type_graphql_1.Arg)('types', () => [enums_1.RelationshipType], { nullable: true, description: 'Only these types; all when omitted.' })),
    __param(3, (0, type_graphql_1.Arg)('direction', () => enums_1.Direction, { nullable: true, defaultValue: enums_1.Direction.BOTH, description: 'Outgoing, incoming or both.' })),
    __param(4, (0, type_graphql_1.Arg)('first', () => type_graphql_1.Int, { nullable: true, defaultValue: 20, description: `Page size, at most ${bounds_1.BOUNDS.first.max}.` })),
    __param(5, (0, type_graphql_1.Arg)('after', () => String, { nullable: true, description: 'Cursor of the edge to start after.' })),
    __param(6, (0, type_graphql_1.Arg)('asOf', () => graphql_scalars_1.GraphQLDate, { nullable: true, description: 'Only relationships valid on this day.' })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object, Object, Object, Object, Object, Object]),
    __metadata("design:returntype", Promise)
], EntityResolver.prototype, "relationships", null);
exports.EntityResolver = EntityResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => entity_interface_1.Entity)
], EntityResolver);
