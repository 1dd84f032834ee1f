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
Object.defineProperty(exports, "__esModule", { value: true });
exports.Entity = void 0;
const type_graphql_1 = require("type-graphql");
const enums_1 = require("./enums");
/** GraphQL type name of each entity kind: the concrete type comes from the Neo4j label, never a class name. */
const TYPE_NAME = {
    [enums_1.EntityType.PERSON]: 'Person',
    [enums_1.EntityType.ORGANIZATION]: 'Organization',
    [enums_1.EntityType.COUNTRY]: 'Country',
    [enums_1.EntityType.EVENT]: 'Event',
    [enums_1.EntityType.PRODUCT]: 'Product',
    [enums_1.EntityType.TOPIC]: 'Topic',
    [enums_1.EntityType.SOURCE]: 'Source',
};
let Entity = class Entity {
    id;
    type;
    name;
    aliases;
    description;
    /** Ids of the sources the entity's facts come from; resolved to `Source` entities by a loader. */
    sourceIds;
};
exports.Entity = Entity;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { description: 'Stable kebab-case id, e.g. "sam-altman". Part of the public API.' }),
    __metadata("design:type", String)
], Entity.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.EntityType, { description: 'The kind of entity.' }),
    __metadata("design:type", String)
], Entity.prototype, "type", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'The usual name, in Latin script.' }),
    __metadata("design:type", String)
], Entity.prototype, "name", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [String], { description: 'Other names and spellings, Japanese ones included.' }),
    __metadata("design:type", Array)
], Entity.prototype, "aliases", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'A short description in our own words.' }),
    __metadata("design:type", Object)
], Entity.prototype, "description", void 0);
exports.Entity = Entity = __decorate([
    (0, type_graphql_1.InterfaceType)('Entity', {
        description: 'Anything in the graph: a person, institution, country or region, event, product, topic or source.',
        resolveType: (entity) => TYPE_NAME[entity.type],
    })
], Entity);
