"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TYPED_FIELD_LIMIT = void 0;
exports.relatedEdges = relatedEdges;
exports.relatedEntities = relatedEntities;
exports.relatedEntity = relatedEntity;
const load_entities_1 = require("./load-entities");
/** Typed fields list at most this many items; `Entity.relationships` pages through any number. */
exports.TYPED_FIELD_LIMIT = 100;
/** The relationships behind a typed field, through the request's batching loader. */
function relatedEdges(context, entityId, query) {
    return context.loaders.related.load({
        id: entityId,
        args: { types: query.types, direction: query.direction, asOf: query.asOf ?? null, limit: exports.TYPED_FIELD_LIMIT },
    });
}
/**
 * The entities at the other end of those relationships, distinct, in the loader's order (dated things
 * first by date), optionally only of some kinds.
 */
async function relatedEntities(context, entityId, query, kinds) {
    const edges = await relatedEdges(context, entityId, query);
    const entities = await (0, load_entities_1.loadEntities)(context, [...new Set(edges.map((edge) => edge.otherId))]);
    return kinds === undefined ? entities : entities.filter((entity) => kinds.includes(entity.type));
}
/** The single entity at the other end, for one-valued fields such as `Product.developer`. */
async function relatedEntity(context, entityId, query, kinds) {
    return (await relatedEntities(context, entityId, query, kinds))[0] ?? null;
}
