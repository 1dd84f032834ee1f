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
exports.SearchHit = exports.Subgraph = exports.Path = void 0;
const type_graphql_1 = require("type-graphql");
const entity_interface_1 = require("./entity.interface");
const relationship_type_1 = require("./relationship.type");
let Path = class Path {
    length;
    nodes;
    relationships;
};
exports.Path = Path;
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { description: 'Number of relationships on the path.' }),
    __metadata("design:type", Number)
], Path.prototype, "length", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [entity_interface_1.Entity], { description: 'The entities along the path, from start to end.' }),
    __metadata("design:type", Array)
], Path.prototype, "nodes", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [relationship_type_1.Relationship], { description: 'The relationships along the path, in order; each may point either way.' }),
    __metadata("design:type", Array)
], Path.prototype, "relationships", void 0);
exports.Path = Path = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A chain of relationships between two entities, with every fact on it sourced.' })
], Path);
let Subgraph = class Subgraph {
    nodes;
    relationships;
    truncated;
};
exports.Subgraph = Subgraph;
__decorate([
    (0, type_graphql_1.Field)(() => [entity_interface_1.Entity], { description: 'The entities, the centre first.' }),
    __metadata("design:type", Array)
], Subgraph.prototype, "nodes", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [relationship_type_1.Relationship], { description: 'The relationships between those entities.' }),
    __metadata("design:type", Array)
], Subgraph.prototype, "relationships", void 0);
__decorate([
    (0, type_graphql_1.Field)({ description: 'True when `limit` cut the neighbourhood short.' }),
    __metadata("design:type", Boolean)
], Subgraph.prototype, "truncated", void 0);
exports.Subgraph = Subgraph = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'A part of the graph: entities and the relationships among them.' })
], Subgraph);
let SearchHit = class SearchHit {
    entity;
    score;
};
exports.SearchHit = SearchHit;
__decorate([
    (0, type_graphql_1.Field)(() => entity_interface_1.Entity, { description: 'The entity found.' }),
    __metadata("design:type", entity_interface_1.Entity)
], SearchHit.prototype, "entity", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Float, { description: 'Relevance: higher is better; an exact name or alias match ranks first.' }),
    __metadata("design:type", Number)
], SearchHit.prototype, "score", void 0);
exports.SearchHit = SearchHit = __decorate([
    (0, type_graphql_1.ObjectType)({ description: 'One search result.' })
], SearchHit);
