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
exports.RelationshipResolver = void 0;
const type_graphql_1 = require("type-graphql");
const entity_interface_1 = require("../schema/entity.interface");
const entity_kinds_type_1 = require("../schema/entity-kinds.type");
const relationship_type_1 = require("../schema/relationship.type");
const load_entities_1 = require("./load-entities");
/** The ends and sources of a relationship, each through the request's entity loader. */
let RelationshipResolver = class RelationshipResolver {
    from(relationship, context) {
        return (0, load_entities_1.loadEntity)(context, relationship.fromId);
    }
    to(relationship, context) {
        return (0, load_entities_1.loadEntity)(context, relationship.toId);
    }
    sources(relationship, context) {
        return (0, load_entities_1.loadEntities)(context, relationship.sourceIds);
    }
};
exports.RelationshipResolver = RelationshipResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => entity_interface_1.Entity, { description: 'Where the relationship starts.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], RelationshipResolver.prototype, "from", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => entity_interface_1.Entity, { description: 'Where the relationship ends.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], RelationshipResolver.prototype, "to", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_kinds_type_1.Source], { description: 'Where this fact comes from: the evidence for it.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], RelationshipResolver.prototype, "sources", null);
exports.RelationshipResolver = RelationshipResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => relationship_type_1.Relationship)
], RelationshipResolver);
