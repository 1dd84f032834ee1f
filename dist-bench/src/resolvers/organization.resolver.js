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
exports.OrganizationResolver = void 0;
const type_graphql_1 = require("type-graphql");
const graphql_scalars_1 = require("graphql-scalars");
const entity_interface_1 = require("../schema/entity.interface");
const entity_kinds_type_1 = require("../schema/entity-kinds.type");
const enums_1 = require("../schema/enums");
const typed_fields_type_1 = require("../schema/typed-fields.type");
const bounds_1 = require("./bounds");
const positions_1 = require("./positions");
const related_1 = require("./related");
const { OUTGOING, INCOMING } = enums_1.Direction;
const { EVENT } = enums_1.EntityType;
let OrganizationResolver = class OrganizationResolver {
    people(organization, context, asOf) {
        return (0, positions_1.positionsOf)(context, organization.id, INCOMING, (0, bounds_1.isoDay)(asOf));
    }
    products(organization, context) {
        return (0, related_1.relatedEntities)(context, organization.id, { types: [enums_1.RelationshipType.DEVELOPS], direction: OUTGOING });
    }
    country(organization, context) {
        return (0, related_1.relatedEntity)(context, organization.id, { types: [enums_1.RelationshipType.BASED_IN], direction: OUTGOING }, [enums_1.EntityType.COUNTRY]);
    }
    eventsImposed(organization, context) {
        return (0, related_1.relatedEntities)(context, organization.id, { types: [enums_1.RelationshipType.IMPOSED], direction: OUTGOING }, [EVENT]);
    }
    eventsOrganized(organization, context) {
        const types = [enums_1.RelationshipType.ORGANIZED, enums_1.RelationshipType.HOSTED];
        return (0, related_1.relatedEntities)(context, organization.id, { types, direction: OUTGOING }, [EVENT]);
    }
    eventsAimedAt(organization, context) {
        const types = [enums_1.RelationshipType.TARGETS, enums_1.RelationshipType.ADDRESSED_TO];
        return (0, related_1.relatedEntities)(context, organization.id, { types, direction: INCOMING }, [EVENT]);
    }
    founders(organization, context) {
        return (0, related_1.relatedEntities)(context, organization.id, { types: [enums_1.RelationshipType.CO_FOUNDED], direction: INCOMING });
    }
    members(organization, context) {
        return (0, related_1.relatedEntities)(context, organization.id, { types: [enums_1.RelationshipType.MEMBER_OF], direction: INCOMING });
    }
};
exports.OrganizationResolver = OrganizationResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [typed_fields_type_1.Position], { description: 'People holding positions in it, with title and dates.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __param(2, (0, type_graphql_1.Arg)('asOf', () => graphql_scalars_1.GraphQLDate, { nullable: true, description: 'Only positions held on this day.' })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object, Object]),
    __metadata("design:returntype", Promise)
], OrganizationResolver.prototype, "people", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_kinds_type_1.Product], { description: 'Products it develops (DEVELOPS).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], OrganizationResolver.prototype, "products", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => entity_kinds_type_1.Country, { nullable: true, description: 'Where it is based (BASED_IN); null for bodies based nowhere.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], OrganizationResolver.prototype, "country", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_kinds_type_1.Event], { description: 'Measures it imposed, such as bans (IMPOSED).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], OrganizationResolver.prototype, "eventsImposed", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_kinds_type_1.Event], { description: 'Events it organized or hosted (ORGANIZED, HOSTED).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], OrganizationResolver.prototype, "eventsOrganized", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_kinds_type_1.Event], { description: 'Events aimed at it: measures targeting it, letters addressed to it.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], OrganizationResolver.prototype, "eventsAimedAt", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_kinds_type_1.Person], { description: 'Its co-founders (CO_FOUNDED).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], OrganizationResolver.prototype, "founders", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_interface_1.Entity], { description: 'Its members, such as the countries of the G7 (MEMBER_OF).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], OrganizationResolver.prototype, "members", null);
exports.OrganizationResolver = OrganizationResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => entity_kinds_type_1.Organization)
], OrganizationResolver);
