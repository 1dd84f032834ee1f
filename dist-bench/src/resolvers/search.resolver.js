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
exports.SearchResolver = void 0;
const type_graphql_1 = require("type-graphql");
const errors_1 = require("../errors");
const enums_1 = require("../schema/enums");
const graph_shapes_type_1 = require("../schema/graph-shapes.type");
const bounds_1 = require("./bounds");
/** Refuses text that cannot be a search: blank, or longer than the documented bound. */
function searchText(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw (0, errors_1.badUserInput)('text', 'must contain something to search for');
    const length = [...trimmed].length;
    const max = bounds_1.BOUNDS.searchTextLength.max;
    if (length > max)
        throw (0, errors_1.badUserInput)('text', `must be at most ${max} characters, got ${length}`);
    return trimmed;
}
let SearchResolver = class SearchResolver {
    search(text, types, first, { repositories }) {
        const checkedFirst = (0, bounds_1.withinBounds)('first', first, bounds_1.BOUNDS.first.max);
        return repositories.search.search(searchText(text), types ?? null, checkedFirst);
    }
};
exports.SearchResolver = SearchResolver;
__decorate([
    (0, type_graphql_1.Query)(() => [graph_shapes_type_1.SearchHit], {
        description: 'Entities whose name or aliases match the text, in Latin or Japanese script, best first; an exact name or alias match ranks first.',
    }),
    __param(0, (0, type_graphql_1.Arg)('text', () => String, {
        description: `What to look for: a name, part of one or a misspelling, in any case, with or without diacritics, or in Japanese. Taken literally (no query syntax); at most ${bounds_1.BOUNDS.searchTextLength.max} characters.`,
    })),
    __param(1, (0, type_graphql_1.Arg)('types', () => [enums_1.EntityType], { nullable: true, description: 'Only entities of these kinds; all when omitted or empty.' })),
    __param(2, (0, type_graphql_1.Arg)('first', () => type_graphql_1.Int, { nullable: true, defaultValue: 10, description: `How many hits at most, up to ${bounds_1.BOUNDS.first.max}.` })),
    __param(3, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object, Number, Object]),
    __metadata("design:returntype", Promise)
], SearchResolver.prototype, "search", null);
exports.SearchResolver = SearchResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], SearchResolver);
