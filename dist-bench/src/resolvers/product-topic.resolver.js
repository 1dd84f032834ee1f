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
exports.TopicResolver = exports.ProductResolver = void 0;
const type_graphql_1 = require("type-graphql");
const entity_kinds_type_1 = require("../schema/entity-kinds.type");
const enums_1 = require("../schema/enums");
const related_1 = require("./related");
let ProductResolver = class ProductResolver {
    developer(product, context) {
        return (0, related_1.relatedEntity)(context, product.id, { types: [enums_1.RelationshipType.DEVELOPS], direction: enums_1.Direction.INCOMING });
    }
    events(product, context) {
        const types = [enums_1.RelationshipType.CONCERNS, enums_1.RelationshipType.TARGETS, enums_1.RelationshipType.AFFECTED];
        return (0, related_1.relatedEntities)(context, product.id, { types, direction: enums_1.Direction.INCOMING }, [enums_1.EntityType.EVENT]);
    }
};
exports.ProductResolver = ProductResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => entity_kinds_type_1.Organization, { nullable: true, description: 'Who develops it (DEVELOPS).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], ProductResolver.prototype, "developer", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_kinds_type_1.Event], { description: 'Events that concern, target or affected it, oldest first.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], ProductResolver.prototype, "events", null);
exports.ProductResolver = ProductResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => entity_kinds_type_1.Product)
], ProductResolver);
let TopicResolver = class TopicResolver {
    events(topic, context) {
        return (0, related_1.relatedEntities)(context, topic.id, { types: [enums_1.RelationshipType.CONCERNS], direction: enums_1.Direction.INCOMING }, [enums_1.EntityType.EVENT]);
    }
};
exports.TopicResolver = TopicResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_kinds_type_1.Event], { description: 'Events that concern this topic (CONCERNS), oldest first.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], TopicResolver.prototype, "events", null);
exports.TopicResolver = TopicResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => entity_kinds_type_1.Topic)
], TopicResolver);
