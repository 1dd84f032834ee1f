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
exports.TimelineResolver = void 0;
const type_graphql_1 = require("type-graphql");
const graphql_scalars_1 = require("graphql-scalars");
const errors_1 = require("../errors");
const entity_kinds_type_1 = require("../schema/entity-kinds.type");
const enums_1 = require("../schema/enums");
const bounds_1 = require("./bounds");
let TimelineResolver = class TimelineResolver {
    async timeline({ repositories }, first, categories, to, from, entityId) {
        (0, bounds_1.withinBounds)('first', first, bounds_1.BOUNDS.first.max);
        if (from && to && from > to)
            throw (0, errors_1.badUserInput)('from', 'must not be after `to`');
        const events = await repositories.timeline.events({
            entityId: entityId ?? null,
            from: (0, bounds_1.isoDay)(from),
            to: (0, bounds_1.isoDay)(to),
            categories: categories ?? null,
            first,
        });
        if (events === null)
            throw (0, errors_1.notFound)('Entity', entityId ?? '');
        return events;
    }
};
exports.TimelineResolver = TimelineResolver;
__decorate([
    (0, type_graphql_1.Query)(() => [entity_kinds_type_1.Event], {
        description: 'Events in date order, optionally those linked to one entity, within dates, of some categories.',
    }),
    __param(0, (0, type_graphql_1.Ctx)()),
    __param(1, (0, type_graphql_1.Arg)('first', () => type_graphql_1.Int, { nullable: true, defaultValue: 100, description: `At most this many events, at most ${bounds_1.BOUNDS.first.max}.` })),
    __param(2, (0, type_graphql_1.Arg)('categories', () => [enums_1.EventCategory], { nullable: true, description: 'Only events of these categories.' })),
    __param(3, (0, type_graphql_1.Arg)('to', () => graphql_scalars_1.GraphQLDate, { nullable: true, description: 'Only events that began on or before this day.' })),
    __param(4, (0, type_graphql_1.Arg)('from', () => graphql_scalars_1.GraphQLDate, { nullable: true, description: 'Only events still going on or after this day.' })),
    __param(5, (0, type_graphql_1.Arg)('entityId', () => type_graphql_1.ID, { nullable: true, description: 'Only events linked to this entity, e.g. "japan" or "sam-altman".' })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Number, Object, Object, Object, Object]),
    __metadata("design:returntype", Promise)
], TimelineResolver.prototype, "timeline", null);
exports.TimelineResolver = TimelineResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], TimelineResolver);
