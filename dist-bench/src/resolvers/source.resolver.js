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
exports.FactResolver = exports.SourceResolver = void 0;
const type_graphql_1 = require("type-graphql");
const entity_interface_1 = require("../schema/entity.interface");
const entity_kinds_type_1 = require("../schema/entity-kinds.type");
const enums_1 = require("../schema/enums");
const fact_type_1 = require("../schema/fact.type");
const bounds_1 = require("./bounds");
const cursor_1 = require("./cursor");
const load_entities_1 = require("./load-entities");
const related_1 = require("./related");
let SourceResolver = class SourceResolver {
    author(source, context) {
        return (0, related_1.relatedEntity)(context, source.id, { types: [enums_1.RelationshipType.AUTHORED], direction: enums_1.Direction.INCOMING });
    }
    async facts(source, { loaders }, exclusive, first, after) {
        (0, bounds_1.withinBounds)('first', first, bounds_1.BOUNDS.first.max);
        const offset = (0, cursor_1.offsetAfter)('facts', after);
        const page = await loaders.facts.load({ id: source.id, args: { exclusive, offset, first } });
        return (0, cursor_1.pageOf)('facts', page.facts, offset, page.totalCount, (fact, cursor) => ({ cursor, node: fact }));
    }
};
exports.SourceResolver = SourceResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => entity_kinds_type_1.Person, { nullable: true, description: 'Who wrote it (AUTHORED); null for background knowledge.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], SourceResolver.prototype, "author", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => fact_type_1.FactConnection, {
        description: 'What rests on this source: entities, relationships, and single properties such as dates.',
    }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __param(2, (0, type_graphql_1.Arg)('exclusive', { defaultValue: false, description: 'Only facts resting on this source alone.' })),
    __param(3, (0, type_graphql_1.Arg)('first', () => type_graphql_1.Int, { nullable: true, defaultValue: 100, description: `Page size, at most ${bounds_1.BOUNDS.first.max}.` })),
    __param(4, (0, type_graphql_1.Arg)('after', () => String, { nullable: true, description: 'Cursor of the edge to start after.' })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object, Boolean, Number, Object]),
    __metadata("design:returntype", Promise)
], SourceResolver.prototype, "facts", null);
exports.SourceResolver = SourceResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => entity_kinds_type_1.Source)
], SourceResolver);
let FactResolver = class FactResolver {
    entity(fact, { loaders }) {
        return fact.entityId === null ? Promise.resolve(null) : loaders.entity.load(fact.entityId);
    }
    sources(fact, context) {
        return (0, load_entities_1.loadEntities)(context, fact.sourceIds);
    }
};
exports.FactResolver = FactResolver;
__decorate([
    (0, type_graphql_1.FieldResolver)(() => entity_interface_1.Entity, { nullable: true, description: 'The entity, for ENTITY and ENTITY_PROPERTY facts.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [fact_type_1.Fact, Object]),
    __metadata("design:returntype", Promise)
], FactResolver.prototype, "entity", null);
__decorate([
    (0, type_graphql_1.FieldResolver)(() => [entity_kinds_type_1.Source], { description: 'Every source of this fact.' }),
    __param(0, (0, type_graphql_1.Root)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [fact_type_1.Fact, Object]),
    __metadata("design:returntype", Promise)
], FactResolver.prototype, "sources", null);
exports.FactResolver = FactResolver = __decorate([
    (0, type_graphql_1.Resolver)(() => fact_type_1.Fact)
], FactResolver);
