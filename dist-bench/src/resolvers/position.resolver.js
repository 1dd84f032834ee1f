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
exports.ParticipantResolver = exports.PositionResolver = void 0;
const type_graphql_1 = require("type-graphql");
const entity_interface_1 = require("../schema/entity.interface");
const typed_fields_type_1 = require("../schema/typed-fields.type");
const load_entities_1 = require("./load-entities");
let PositionResolver = class PositionResolver {
    organization(position, context) {
        return (0, load_entities_1.loadEntity)(context, position.organizationId);
    }
    person(position, context) {
        return (0, load_entities_1.loadEntity)(context, position.personId);
    }
};
exports.PositionResolver = PositionResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => entity_interface_1.Entity, { description: 'The organization (usually an Organization).' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [typed_fields_type_1.Position, Object]),
    __metadata("design:returntype", Promise)
], PositionResolver.prototype, "organization", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => entity_interface_1.Entity, { description: 'The person holding the position.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [typed_fields_type_1.Position, Object]),
    __metadata("design:returntype", Promise)
], PositionResolver.prototype, "person", null);
exports.PositionResolver = PositionResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => typed_fields_type_1.Position)
], PositionResolver);
let ParticipantResolver = class ParticipantResolver {
    entity(participant, context) {
        return (0, load_entities_1.loadEntity)(context, participant.entityId);
    }
};
exports.ParticipantResolver = ParticipantResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => entity_interface_1.Entity, { description: 'Who or what took part.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [typed_fields_type_1.Participant, Object]),
    __metadata("design:returntype", Promise)
], ParticipantResolver.prototype, "entity", null);
exports.ParticipantResolver = ParticipantResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => typed_fields_type_1.Participant)
], ParticipantResolver);
