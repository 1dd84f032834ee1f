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
exports.Relationship = void 0;
const type_graphql_1 = require("type-graphql");
const graphql_scalars_1 = require("graphql-scalars");
const enums_1 = require("./enums");
let Relationship = class Relationship {
    id;
    type;
    /** Ids of the two ends; `from`, `to` and `sources` are resolved by loaders. */
    fromId;
    toId;
    sourceIds;
    title;
    role;
    since;
    sincePrecision;
    until;
    untilPrecision;
};
exports.Relationship = Relationship;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { description: 'Stable id of the relationship: "<from>:<TYPE>:<to>".' }),
    __metadata("design:type", String)
], Relationship.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.RelationshipType, { description: 'What the relationship says.' }),
    __metadata("design:type", String)
], Relationship.prototype, "type", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'A title held, e.g. "Prime Minister" (HOLDS_POSITION).' }),
    __metadata("design:type", Object)
], Relationship.prototype, "title", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'A role played, e.g. "host" (PARTICIPATED_IN).' }),
    __metadata("design:type", Object)
], Relationship.prototype, "role", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDate, { nullable: true, description: 'Since when it holds (first day of the period).' }),
    __metadata("design:type", Object)
], Relationship.prototype, "since", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.DatePrecision, { nullable: true, description: 'How precisely `since` is known.' }),
    __metadata("design:type", Object)
], Relationship.prototype, "sincePrecision", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDate, { nullable: true, description: 'Until when it held (first day of the period); null while it holds.' }),
    __metadata("design:type", Object)
], Relationship.prototype, "until", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => enums_1.DatePrecision, { nullable: true, description: 'How precisely `until` is known.' }),
    __metadata("design:type", Object)
], Relationship.prototype, "untilPrecision", void 0);
exports.Relationship = Relationship = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A directed, sourced fact linking two entities.' })
], Relationship);
