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
exports.CountryResolver = void 0;
const type_graphql_1 = require("type-graphql");
const entity_interface_1 = require("../schema/entity.interface");
const entity_kinds_type_1 = require("../schema/entity-kinds.type");
const enums_1 = require("../schema/enums");
const related_1 = require("./related");
const { OUTGOING, INCOMING } = enums_1.Direction;
let CountryResolver = class CountryResolver {
    organizations(country, context) {
        return (0, related_1.relatedEntities)(context, country.id, { types: [enums_1.RelationshipType.BASED_IN], direction: INCOMING }, [enums_1.EntityType.ORGANIZATION]);
    }
    async events(country, context, categories) {
        const events = await (0, related_1.relatedEntities)(context, country.id, { types: [enums_1.RelationshipType.HELD_IN], direction: INCOMING }, [enums_1.EntityType.EVENT]);
        return !categories ? events : events.filter((event) => categories.includes(event.category));
    }
    memberOf(country, context) {
        return (0, related_1.relatedEntities)(context, country.id, { types: [enums_1.RelationshipType.MEMBER_OF], direction: OUTGOING });
    }
    partOf(country, context) {
        return (0, related_1.relatedEntities)(context, country.id, { types: [enums_1.RelationshipType.PART_OF], direction: OUTGOING });
    }
    parts(country, context) {
        return (0, related_1.relatedEntities)(context, country.id, { types: [enums_1.RelationshipType.PART_OF], direction: INCOMING });
    }
};
exports.CountryResolver = CountryResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_kinds_type_1.Organization], { description: 'Institutions based in it (BASED_IN).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], CountryResolver.prototype, "organizations", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_kinds_type_1.Event], { description: 'Events held in it (HELD_IN), oldest first.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __param(2, (0, type_graphql_1.Arg)('categories', () => [enums_1.EventCategory], { nullable: true, description: 'Only events of these categories.' })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object, Object]),
    __metadata("design:returntype", Promise)
], CountryResolver.prototype, "events", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_kinds_type_1.Organization], { description: 'Bodies it is a member of, such as the G7 (MEMBER_OF).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], CountryResolver.prototype, "memberOf", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_interface_1.Entity], { description: 'Regions it is part of, such as Europe (PART_OF).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], CountryResolver.prototype, "partOf", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_interface_1.Entity], { description: 'For a region: the countries that are part of it (PART_OF).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], CountryResolver.prototype, "parts", null);
exports.CountryResolver = CountryResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => entity_kinds_type_1.Country)
], CountryResolver);
