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
exports.EventResolver = void 0;
const type_graphql_1 = require("type-graphql");
const entity_interface_1 = require("../schema/entity.interface");
const entity_kinds_type_1 = require("../schema/entity-kinds.type");
const enums_1 = require("../schema/enums");
const typed_fields_type_1 = require("../schema/typed-fields.type");
const related_1 = require("./related");
const { OUTGOING, INCOMING } = enums_1.Direction;
const out = (type) => ({ types: [type], direction: OUTGOING });
const into = (...types) => ({ types, direction: INCOMING });
let EventResolver = class EventResolver {
    async participants(event, context) {
        const edges = await (0, related_1.relatedEdges)(context, event.id, into(enums_1.RelationshipType.PARTICIPATED_IN));
        return edges.map(({ relationship, otherId }) => ({ role: relationship.role, relationship, entityId: otherId }));
    }
    location(event, context) {
        return (0, related_1.relatedEntity)(context, event.id, out(enums_1.RelationshipType.HELD_IN));
    }
    topics(event, context) {
        return (0, related_1.relatedEntities)(context, event.id, out(enums_1.RelationshipType.CONCERNS), [enums_1.EntityType.TOPIC]);
    }
    concerns(event, context) {
        return (0, related_1.relatedEntities)(context, event.id, out(enums_1.RelationshipType.CONCERNS));
    }
    causes(event, context) {
        return (0, related_1.relatedEntities)(context, event.id, into(enums_1.RelationshipType.LED_TO));
    }
    consequences(event, context) {
        return (0, related_1.relatedEntities)(context, event.id, out(enums_1.RelationshipType.LED_TO));
    }
    addressedTo(event, context) {
        return (0, related_1.relatedEntities)(context, event.id, out(enums_1.RelationshipType.ADDRESSED_TO));
    }
    targets(event, context) {
        return (0, related_1.relatedEntities)(context, event.id, out(enums_1.RelationshipType.TARGETS));
    }
    affected(event, context) {
        return (0, related_1.relatedEntities)(context, event.id, out(enums_1.RelationshipType.AFFECTED));
    }
    organizer(event, context) {
        return (0, related_1.relatedEntity)(context, event.id, into(enums_1.RelationshipType.ORGANIZED));
    }
    hosts(event, context) {
        return (0, related_1.relatedEntities)(context, event.id, into(enums_1.RelationshipType.HOSTED));
    }
    statedBy(event, context) {
        return (0, related_1.relatedEntities)(context, event.id, into(enums_1.RelationshipType.STATED));
    }
    signedBy(event, context) {
        return (0, related_1.relatedEntities)(context, event.id, into(enums_1.RelationshipType.SIGNED));
    }
    imposedBy(event, context) {
        return (0, related_1.relatedEntities)(context, event.id, into(enums_1.RelationshipType.IMPOSED));
    }
    refersTo(event, context) {
        return (0, related_1.relatedEntities)(context, event.id, out(enums_1.RelationshipType.REFERS_TO));
    }
    referredToBy(event, context) {
        return (0, related_1.relatedEntities)(context, event.id, into(enums_1.RelationshipType.REFERS_TO));
    }
};
exports.EventResolver = EventResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [typed_fields_type_1.Participant], { description: 'Who took part (PARTICIPATED_IN), and in what role.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], EventResolver.prototype, "participants", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => entity_kinds_type_1.Country, { nullable: true, description: 'Where it took place (HELD_IN); null when nowhere in particular.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], EventResolver.prototype, "location", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_kinds_type_1.Topic], { description: 'The topics it concerns (CONCERNS, topics only).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], EventResolver.prototype, "topics", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_interface_1.Entity], { description: 'Everything it concerns: topics, products, organizations (CONCERNS).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], EventResolver.prototype, "concerns", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_kinds_type_1.Event], { description: 'Events that led to this one (LED_TO, incoming).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], EventResolver.prototype, "causes", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_kinds_type_1.Event], { description: 'Events this one led to (LED_TO, outgoing).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], EventResolver.prototype, "consequences", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_interface_1.Entity], { description: 'Whom it was addressed to, such as a regulator (ADDRESSED_TO).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], EventResolver.prototype, "addressedTo", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_interface_1.Entity], { description: 'What it targeted, such as a company or product (TARGETS).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], EventResolver.prototype, "targets", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_interface_1.Entity], { description: 'What it affected, such as a product hit by a breach (AFFECTED).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], EventResolver.prototype, "affected", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => entity_interface_1.Entity, { nullable: true, description: 'Who organized it (ORGANIZED).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], EventResolver.prototype, "organizer", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_interface_1.Entity], { description: 'Who hosted it (HOSTED).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], EventResolver.prototype, "hosts", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_interface_1.Entity], { description: 'Who made this statement or announcement (STATED).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], EventResolver.prototype, "statedBy", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_interface_1.Entity], { description: 'Who signed it, for open letters (SIGNED).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], EventResolver.prototype, "signedBy", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_interface_1.Entity], { description: 'Who imposed it, for bans and measures (IMPOSED).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], EventResolver.prototype, "imposedBy", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_interface_1.Entity], { description: 'What it refers to, such as an earlier event (REFERS_TO).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], EventResolver.prototype, "refersTo", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_interface_1.Entity], { description: 'What refers to it (REFERS_TO, incoming).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], EventResolver.prototype, "referredToBy", null);
exports.EventResolver = EventResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => entity_kinds_type_1.Event)
], EventResolver);
