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
exports.FactConnection = exports.FactEdge = exports.Fact = exports.FactKind = void 0;
const type_graphql_1 = require("type-graphql");
const connections_type_1 = require("./connections.type");
const relationship_type_1 = require("./relationship.type");
var FactKind;
(function (FactKind) {
    FactKind["ENTITY"] = "ENTITY";
    FactKind["RELATIONSHIP"] = "RELATIONSHIP";
    FactKind["ENTITY_PROPERTY"] = "ENTITY_PROPERTY";
    FactKind["RELATIONSHIP_PROPERTY"] = "RELATIONSHIP_PROPERTY";
})(FactKind || (exports.FactKind = FactKind = {}));
(0, type_graphql_1.registerEnumType)(FactKind, {
    name: 'FactKind',
    description: 'What a fact is: an entity, a relationship, or one property (such as a date) of either.',
    valuesConfig: {
        ENTITY: { description: 'That the entity exists, with its names and description.' },
        RELATIONSHIP: { description: 'That the relationship holds.' },
        ENTITY_PROPERTY: { description: 'One property of an entity, such as an end date.' },
        RELATIONSHIP_PROPERTY: { description: 'One property of a relationship, such as `since`.' },
    },
});
let Fact = class Fact {
    kind;
    relationship;
    property;
    /** `entity` and `sources` are resolved by loaders from these ids. */
    entityId;
    sourceIds;
};
exports.Fact = Fact;
__decorate([
    (0, type_graphql_1.Field)(() => FactKind, { description: 'What kind of fact it is.' }),
    __metadata("design:type", String)
], Fact.prototype, "kind", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => relationship_type_1.Relationship, { nullable: true, description: 'The relationship, for RELATIONSHIP and RELATIONSHIP_PROPERTY facts.' }),
    __metadata("design:type", Object)
], Fact.prototype, "relationship", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'The property, for *_PROPERTY facts, e.g. "since" or "endDate".' }),
    __metadata("design:type", Object)
], Fact.prototype, "property", void 0);
exports.Fact = Fact = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A fact that rests on a source.' })
], Fact);
let FactEdge = class FactEdge {
    cursor;
    node;
};
exports.FactEdge = FactEdge;
__decorate([
    (0, type_graphql_1.Field)({ description: 'Opaque position of this edge.' }),
    __metadata("design:type", String)
], FactEdge.prototype, "cursor", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => Fact, { description: 'The fact.' }),
    __metadata("design:type", Fact)
], FactEdge.prototype, "node", void 0);
exports.FactEdge = FactEdge = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A fact in a page of facts.' })
], FactEdge);
let FactConnection = class FactConnection {
    edges;
    pageInfo;
    totalCount;
};
exports.FactConnection = FactConnection;
__decorate([
    (0, type_graphql_1.Field)(() => [FactEdge], { description: 'The facts of this page.' }),
    __metadata("design:type", Array)
], FactConnection.prototype, "edges", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => connections_type_1.PageInfo, { description: 'Paging information.' }),
    __metadata("design:type", connections_type_1.PageInfo)
], FactConnection.prototype, "pageInfo", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'How many facts match, across all pages.' }),
    __metadata("design:type", Number)
], FactConnection.prototype, "totalCount", void 0);
exports.FactConnection = FactConnection = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A page of the facts resting on a source.' })
], FactConnection);
