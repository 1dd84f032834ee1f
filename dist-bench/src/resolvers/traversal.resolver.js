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
exports.TraversalResolver = void 0;
const graphql_scalars_1 = require("graphql-scalars");
const type_graphql_1 = require("type-graphql");
const relationship_filter_1 = require("../graph/relationship-filter");
const errors_1 = require("../errors");
const enums_1 = require("../schema/enums");
const graph_shapes_type_1 = require("../schema/graph-shapes.type");
const bounds_1 = require("./bounds");
const TYPES = 'Relationship types to follow, in either direction. Left out: every type except the provenance edges MENTIONED_IN and AUTHORED.';
const AS_OF = 'Follow only relationships valid on this day (open ends count as valid). Left out: all of them.';
/** An empty list would follow nothing: refused as a mistake rather than answered with the centre alone. */
function checkTypes(types) {
    if (types !== null && types !== undefined && types.length === 0) {
        throw (0, errors_1.badUserInput)('types', 'must name at least one relationship type, or be left out');
    }
    return (0, relationship_filter_1.followedTypes)(types);
}
/** The nodes are already loaded: later `from`/`to`/`sources` fields find them without a round trip. */
function prime({ loaders }, nodes) {
    for (const node of nodes)
        loaders.entity.prime(node.id, node);
}
function endsFound(search, from, to) {
    if (search.missing.includes('from'))
        throw (0, errors_1.notFound)('Entity', from);
    if (search.missing.includes('to'))
        throw (0, errors_1.notFound)('Entity', to);
    return search.paths;
}
/*
 * Arguments as @ArgsType classes rather than @Arg parameters: type-graphql lists @Arg parameters in
 * reverse, and these keep the contract's order in the SDL (id, depth, types, limit, asOf).
 */
let NeighborhoodArgs = class NeighborhoodArgs {
    id;
    depth;
    types;
    limit;
    asOf;
};
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { description: 'The entity at the centre, e.g. "sam-altman".' }),
    __metadata("design:type", String)
], NeighborhoodArgs.prototype, "id", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, defaultValue: 1, description: `How many relationships away to go: 1 to ${bounds_1.BOUNDS.neighborhoodDepth.max}.` }),
    __metadata("design:type", Object)
], NeighborhoodArgs.prototype, "depth", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [enums_1.RelationshipType], { nullable: true, description: TYPES }),
    __metadata("design:type", Object)
], NeighborhoodArgs.prototype, "types", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, defaultValue: 100, description: `Most entities returned, the centre included: 1 to ${bounds_1.BOUNDS.neighborhoodLimit.max}. Nearest first, then by name; \`truncated\` tells when it cut.` }),
    __metadata("design:type", Object)
], NeighborhoodArgs.prototype, "limit", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDate, { nullable: true, description: AS_OF }),
    __metadata("design:type", Object)
], NeighborhoodArgs.prototype, "asOf", void 0);
NeighborhoodArgs = __decorate([
    (0, type_graphql_1.ArgsType)()
], NeighborhoodArgs);
let ShortestPathArgs = class ShortestPathArgs {
    from;
    to;
    maxHops;
    types;
    asOf;
};
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { description: 'Where the path starts.' }),
    __metadata("design:type", String)
], ShortestPathArgs.prototype, "from", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { description: 'Where the path ends; equal to `from` gives a path of length 0.' }),
    __metadata("design:type", String)
], ShortestPathArgs.prototype, "to", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, defaultValue: 6, description: `Most relationships on the path: 1 to ${bounds_1.BOUNDS.shortestPathMaxHops.max}.` }),
    __metadata("design:type", Object)
], ShortestPathArgs.prototype, "maxHops", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [enums_1.RelationshipType], { nullable: true, description: TYPES }),
    __metadata("design:type", Object)
], ShortestPathArgs.prototype, "types", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDate, { nullable: true, description: AS_OF }),
    __metadata("design:type", Object)
], ShortestPathArgs.prototype, "asOf", void 0);
ShortestPathArgs = __decorate([
    (0, type_graphql_1.ArgsType)()
], ShortestPathArgs);
let PathsArgs = class PathsArgs {
    from;
    to;
    maxHops;
    first;
    types;
    asOf;
};
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { description: 'Where the paths start.' }),
    __metadata("design:type", String)
], PathsArgs.prototype, "from", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.ID, { description: 'Where the paths end.' }),
    __metadata("design:type", String)
], PathsArgs.prototype, "to", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, defaultValue: 4, description: `Most relationships on a path: 1 to ${bounds_1.BOUNDS.pathsMaxHops.max}.` }),
    __metadata("design:type", Object)
], PathsArgs.prototype, "maxHops", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => type_graphql_1.Int, { nullable: true, defaultValue: 10, description: `Most paths returned: 1 to ${bounds_1.BOUNDS.first.max}.` }),
    __metadata("design:type", Object)
], PathsArgs.prototype, "first", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => [enums_1.RelationshipType], { nullable: true, description: TYPES }),
    __metadata("design:type", Object)
], PathsArgs.prototype, "types", void 0);
__decorate([
    (0, type_graphql_1.Field)(() => graphql_scalars_1.GraphQLDate, { nullable: true, description: AS_OF }),
    __metadata("design:type", Object)
], PathsArgs.prototype, "asOf", void 0);
PathsArgs = __decorate([
    (0, type_graphql_1.ArgsType)()
], PathsArgs);
/**
 * Neighbourhoods and paths between entities. Bounds are checked here, before any Cypher runs; an
 * explicit null for a sizing argument takes its default, as a client sending `depth: null` expects.
 */
let TraversalResolver = class TraversalResolver {
    async neighborhood({ id, depth, types, limit, asOf }, context) {
        const subgraph = await context.repositories.traversal.neighborhood({
            id,
            depth: (0, bounds_1.withinBounds)('depth', depth ?? 1, bounds_1.BOUNDS.neighborhoodDepth.max),
            limit: (0, bounds_1.withinBounds)('limit', limit ?? 100, bounds_1.BOUNDS.neighborhoodLimit.max),
            types: checkTypes(types),
            asOf: (0, bounds_1.isoDay)(asOf),
        });
        if (subgraph === null)
            throw (0, errors_1.notFound)('Entity', id);
        prime(context, subgraph.nodes);
        return subgraph;
    }
    async shortestPath({ from, to, maxHops, types, asOf }, context) {
        const search = await context.repositories.traversal.shortestPath({
            from,
            to,
            maxHops: (0, bounds_1.withinBounds)('maxHops', maxHops ?? 6, bounds_1.BOUNDS.shortestPathMaxHops.max),
            types: checkTypes(types),
            asOf: (0, bounds_1.isoDay)(asOf),
        });
        const [path] = endsFound(search, from, to);
        if (path === undefined)
            return null;
        prime(context, path.nodes);
        return path;
    }
    async paths({ from, to, maxHops, first, types, asOf }, context) {
        const search = await context.repositories.traversal.paths({
            from,
            to,
            maxHops: (0, bounds_1.withinBounds)('maxHops', maxHops ?? 4, bounds_1.BOUNDS.pathsMaxHops.max),
            first: (0, bounds_1.withinBounds)('first', first ?? 10, bounds_1.BOUNDS.first.max),
            types: checkTypes(types),
            asOf: (0, bounds_1.isoDay)(asOf),
        });
        const paths = endsFound(search, from, to);
        prime(context, paths.flatMap((path) => path.nodes));
        return paths;
    }
};
exports.TraversalResolver = TraversalResolver;
__decorate([
    (0, type_graphql_1.Query)(() => graph_shapes_type_1.Subgraph, { description: 'The entities within `depth` relationships of one entity, and the relationships among them.' }),
    __param(0, (0, type_graphql_1.Args)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [NeighborhoodArgs, Object]),
    __metadata("design:returntype", Promise)
], TraversalResolver.prototype, "neighborhood", null);
__decorate([
    (0, type_graphql_1.Query)(() => graph_shapes_type_1.Path, { nullable: true, description: 'A shortest chain of relationships between two entities, either way along each; null when there is none within `maxHops`.' }),
    __param(0, (0, type_graphql_1.Args)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ShortestPathArgs, Object]),
    __metadata("design:returntype", Promise)
], TraversalResolver.prototype, "shortestPath", null);
__decorate([
    (0, type_graphql_1.Query)(() => [graph_shapes_type_1.Path], { description: 'Distinct paths without repeated entities between two entities, shortest first.' }),
    __param(0, (0, type_graphql_1.Args)()),
    __param(1, (0, type_graphql_1.Ctx)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [PathsArgs, Object]),
    __metadata("design:returntype", Promise)
], TraversalResolver.prototype, "paths", null);
exports.TraversalResolver = TraversalResolver = __decorate([
    (0, type_graphql_1.Resolver)()
], TraversalResolver);
