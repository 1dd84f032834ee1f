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
exports.Encounter = exports.Participant = exports.Position = void 0;
const type_graphql_1 = require("type-graphql");
const graphql_scalars_1 = require("graphql-scalars");
const entity_kinds_type_1 = require("./entity-kinds.type");
const relationship_type_1 = require("./relationship.type");
let Position = class Position {
    title;
    since;
    until;
    relationship;
    /** Ends of the relationship; `person` and `organization` are resolved by loaders. */
    personId;
    organizationId;
};
exports.Position = Position;
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'The title, e.g. "Prime Minister".' }),
    __metadata("design:type", Object)
], Position.prototype, "title", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDate, { nullable: true, description: 'Since when (first day of the period).' }),
    __metadata("design:type", Object)
], Position.prototype, "since", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDate, { nullable: true, description: 'Until when; null while held.' }),
    __metadata("design:type", Object)
], Position.prototype, "until", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => relationship_type_1.Relationship, { description: 'The HOLDS_POSITION relationship itself, with its sources and date precision.' }),
    __metadata("design:type", relationship_type_1.Relationship)
], Position.prototype, "relationship", void 0);
exports.Position = Position = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A position a person holds or held in an organization.' })
], Position);
let Participant = class Participant {
    role;
    relationship;
    /** Who took part; `entity` is resolved by a loader. */
    entityId;
};
exports.Participant = Participant;
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'The role, e.g. "host" or "guest".' }),
    __metadata("design:type", Object)
], Participant.prototype, "role", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => relationship_type_1.Relationship, { description: 'The PARTICIPATED_IN relationship itself, with its sources.' }),
    __metadata("design:type", relationship_type_1.Relationship)
], Participant.prototype, "relationship", void 0);
exports.Participant = Participant = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'An entity taking part in an event, and in what role.' })
], Participant);
let Encounter = class Encounter {
    person;
    meetings;
};
exports.Encounter = Encounter;
__decorate([
    (0, type_graphql_1.Field)(() => entity_kinds_type_1.Person, { description: 'The person met.' }),
    __metadata("design:type", entity_kinds_type_1.Person)
], Encounter.prototype, "person", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [entity_kinds_type_1.Event], { description: 'The MEETING events both took part in, oldest first.' }),
    __metadata("design:type", Array)
], Encounter.prototype, "meetings", void 0);
exports.Encounter = Encounter = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'Another person met at one or more meetings.' })
], Encounter);
