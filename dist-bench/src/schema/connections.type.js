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
exports.RelationshipConnection = exports.RelationshipEdge = exports.EntityConnection = exports.EntityEdge = exports.PageInfo = void 0;
const type_graphql_1 = require("type-graphql");
const entity_interface_1 = require("./entity.interface");
const relationship_type_1 = require("./relationship.type");
/* Relay cursor connections (https://relay.dev/graphql/connections.htm). */
let PageInfo = class PageInfo {
    hasNextPage;
    hasPreviousPage;
    startCursor;
    endCursor;
};
exports.PageInfo = PageInfo;
__decorate([
    (0, type_graphql_1.Field)({ description: 'True when more items follow this page.' }),
    __metadata("design:type", Boolean)
], PageInfo.prototype, "hasNextPage", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'True when items come before this page.' }),
    __metadata("design:type", Boolean)
], PageInfo.prototype, "hasPreviousPage", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Cursor of the first edge of the page.' }),
    __metadata("design:type", Object)
], PageInfo.prototype, "startCursor", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page.' }),
    __metadata("design:type", Object)
], PageInfo.prototype, "endCursor", void 0);
exports.PageInfo = PageInfo = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'Where a page sits in the whole list.' })
], PageInfo);
let EntityEdge = class EntityEdge {
    cursor;
    node;
};
exports.EntityEdge = EntityEdge;
__decorate([
    (0, type_graphql_1.Field)({ description: 'Opaque position of this edge.' }),
    __metadata("design:type", String)
], EntityEdge.prototype, "cursor", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => entity_interface_1.Entity, { description: 'The entity.' }),
    __metadata("design:type", entity_interface_1.Entity)
], EntityEdge.prototype, "node", void 0);
exports.EntityEdge = EntityEdge = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'An entity in a page of entities.' })
], EntityEdge);
let EntityConnection = class EntityConnection {
    edges;
    pageInfo;
    totalCount;
};
exports.EntityConnection = EntityConnection;
__decorate([
    (0, type_graphql_1.Field)(() => [EntityEdge], { description: 'The entities of this page.' }),
    __metadata("design:type", Array)
], EntityConnection.prototype, "edges", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => PageInfo, { description: 'Paging information.' }),
    __metadata("design:type", PageInfo)
], EntityConnection.prototype, "pageInfo", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'How many entities match, across all pages.' }),
    __metadata("design:type", Number)
], EntityConnection.prototype, "totalCount", void 0);
exports.EntityConnection = EntityConnection = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A page of entities.' })
], EntityConnection);
let RelationshipEdge = class RelationshipEdge {
    cursor;
    node;
    /** Id of the other end, resolved by a loader. */
    otherId;
};
exports.RelationshipEdge = RelationshipEdge;
__decorate([
    (0, type_graphql_1.Field)({ description: 'Opaque position of this edge.' }),
    __metadata("design:type", String)
], RelationshipEdge.prototype, "cursor", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => relationship_type_1.Relationship, { description: 'The relationship.' }),
    __metadata("design:type", relationship_type_1.Relationship)
], RelationshipEdge.prototype, "node", void 0);
exports.RelationshipEdge = RelationshipEdge = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A relationship in a page of relationships.' })
], RelationshipEdge);
let RelationshipConnection = class RelationshipConnection {
    edges;
    pageInfo;
    totalCount;
};
exports.RelationshipConnection = RelationshipConnection;
__decorate([
    (0, type_graphql_1.Field)(() => [RelationshipEdge], { description: 'The relationships of this page.' }),
    __metadata("design:type", Array)
], RelationshipConnection.prototype, "edges", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => PageInfo, { description: 'Paging information.' }),
    __metadata("design:type", PageInfo)
], RelationshipConnection.prototype, "pageInfo", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'How many relationships match, across all pages.' }),
    __metadata("design:type", Number)
], RelationshipConnection.prototype, "totalCount", void 0);
exports.RelationshipConnection = RelationshipConnection = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A page of relationships of one entity.' })
], RelationshipConnection);
