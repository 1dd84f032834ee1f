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
exports.EntityQueryResolver = void 0;
const type_graphql_1 = require("type-graphql");
const entity_list_repository_1 = require("../graph/entity-list.repository");
const errors_1 = require("../errors");
const connections_type_1 = require("../schema/connections.type");
const entity_interface_1 = require("../schema/entity.interface");
const enums_1 = require("../schema/enums");
const bounds_1 = require("./bounds");
const cursor_1 = require("./cursor");
(0, type_graphql_1.registerEnumType)(entity_list_repository_1.EntityOrder, {
    name: 'EntityOrder',
    description: 'How to sort entities.',
    valuesConfig: {
        NAME: { description: 'By name, then id.' },
        DATE: { description: 'By date: events by start, sources by publication; undated entities last.' },
    },
});
let EntityQueryResolver = class EntityQueryResolver {
    entity(id, { loaders }) {
        return loaders.entity.load(id);
    }
    async entities({ repositories }, after, first, descending, orderBy, namePrefix, organizationCategories, eventCategories, type) {
        (0, bounds_1.withinBounds)('first', first, bounds_1.BOUNDS.first.max);
        // type-graphql passes omitted nullable arguments as undefined.
        const events = eventCategories ?? null;
        const organizations = organizationCategories ?? null;
        const prefix = namePrefix ?? null;
        if (events !== null && organizations !== null) {
            throw (0, errors_1.badUserInput)('eventCategories', 'cannot be combined with organizationCategories: an entity has one kind');
        }
        if (prefix !== null && prefix.length > bounds_1.BOUNDS.searchTextLength.max) {
            throw (0, errors_1.badUserInput)('namePrefix', `must be at most ${bounds_1.BOUNDS.searchTextLength.max} characters`);
        }
        const offset = (0, cursor_1.offsetAfter)('entities', after);
        const kind = type ?? (events !== null ? enums_1.EntityType.EVENT : organizations !== null ? enums_1.EntityType.ORGANIZATION : null);
        const filter = { type: kind, categories: events ?? organizations, namePrefix: prefix };
        const page = await repositories.entityList.page(filter, orderBy, descending, offset, first);
        return (0, cursor_1.pageOf)('entities', page.entities, offset, page.totalCount, (node, cursor) => ({ cursor, node }));
    }
};
exports.EntityQueryResolver = EntityQueryResolver;
__decorate([
    (0, type_graphql_1.Query)(() => entity_interface_1.Entity, { nullable: true, description: 'One entity by its id; null when there is none.' }),
    __param(0, (0, type_graphql_1.Arg)('id', () => type_graphql_1.ID, { description: 'The entity id, e.g. "sam-altman".' })),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], EntityQueryResolver.prototype, "entity", null);
__decorate([
    (0, type_graphql_1.Query)(() => connections_type_1.EntityConnection, { description: 'Entities, filtered and sorted, a page at a time.' }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('after', () => String, { nullable: true, description: 'Cursor of the edge to start after.' })),
    __param(2, (0, type_graphql_1.Arg)('first', () => type_graphql_1.Int, { nullable: true, defaultValue: 20, description: `Page size, at most ${bounds_1.BOUNDS.first.max}.` })),
    __param(3, (0, type_graphql_1.Arg)('descending', { defaultValue: false, description: 'Reverse the order.' })),
    __param(4, (0, type_graphql_1.Arg)('orderBy', () => entity_list_repository_1.EntityOrder, { defaultValue: entity_list_repository_1.EntityOrder.NAME, description: 'Sort key.' })),
    __param(5, (0, type_graphql_1.Arg)('namePrefix', () => String, { nullable: true, description: 'Only names or aliases starting with this, ignoring case.' })),
    __param(6, (0, type_graphql_1.Arg)('organizationCategories', () => [enums_1.OrganizationCategory], { nullable: true, description: 'Only organizations of these categories.' })),
    __param(7, (0, type_graphql_1.Arg)('eventCategories', () => [enums_1.EventCategory], { nullable: true, description: 'Only events of these categories.' })),
    __param(8, (0, type_graphql_1.Arg)('type', () => enums_1.EntityType, { nullable: true, description: 'Only entities of this kind.' })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object, Number, Boolean, String, Object, Object, Object, Object]),
    __metadata("design:returntype", Promise)
], EntityQueryResolver.prototype, "entities", null);
exports.EntityQueryResolver = EntityQueryResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], EntityQueryResolver);
